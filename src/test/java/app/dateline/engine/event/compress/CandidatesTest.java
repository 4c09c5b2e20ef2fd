package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.SentenceLabeler;
import app.dateline.engine.syntax.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private final SentenceLabeler inputs = new SentenceLabeler(null, null);

    private List<String> spelt(String sentence) {
        CompressionInput in = inputs.compressionInput(sentence);
        return Candidates.of(in).stream().map(c -> KeptTokens.of(in.sentence(), c.keep())).toList();
    }

    @Test
    void anAsideBetweenCommasIsDeleted() {
        assertThat(spelt("Acme, a maker of garden tools, has bought a rival firm in Ohio."))
                .contains("Acme has bought a rival firm");
    }

    @Test
    void theWordsBeforeTheVerbGoButNotTheAdverbThatDeniesIt() {
        // verb-bounds.txt: "The board approved the plan" would say the opposite of the sentence
        List<String> all = spelt("The board, after months of talks, never approved the plan for the harbour.");
        assertThat(all).contains("The board never approved the plan for the harbour");
        assertThat(all).noneMatch(c -> c.contains("board approved"));
    }

    @Test
    void aRelativeClauseAfterTheSubjectIsDeleted() {
        assertThat(spelt("A woman who keeps ten cats in her flat says they are good company."))
                .contains("A woman says they are good company");
    }

    @Test
    void theAdjectivesBeforeANounAreDeleted() {
        assertThat(spelt("The council approved a controversial new plan for the harbour."))
                .contains("The council approved a plan for the harbour");
    }

    @Test
    void aPrepositionsPhraseAfterTheVerbIsDeleted() {
        assertThat(spelt("Firefighters rescued a dog from a frozen lake near the park on the edge of town."))
                .contains("Firefighters rescued a dog near the park");
    }

    @Test
    void theReportedClauseIsACandidateWithoutItsSpeaker() {
        assertThat(spelt("The mayor of the city said that the bridge would reopen next spring."))
                .contains("the bridge would reopen");
    }

    @Test
    void everyCandidateKeepsItsVerbAndReads() {
        for (String sentence : List.of("Acme, a maker of garden tools, has bought a rival firm in Ohio.",
                "A woman who keeps ten cats in her flat says they are good company.",
                "Police in the county (which borders Kent) closed two roads after a lorry overturned, a spokesman said.")) {
            CompressionInput in = inputs.compressionInput(sentence);
            List<Candidate> all = Candidates.of(in);
            assertThat(all).as(sentence).isNotEmpty();
            for (Candidate c : all) {
                String text = KeptTokens.of(in.sentence(), c.keep());
                assertThat(c.keep()[c.verb()]).as("the verb of '%s'", text).isTrue();
                int opened = 0;
                int last = -1;
                for (int i = 0; i < c.keep().length; i++) {
                    if (c.keep()[i]) {
                        String w = in.sentence().tokens().get(i).text();
                        opened += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
                        assertThat(opened).as("brackets paired in '%s'", text).isBetween(0, 1);
                        last = i;
                    }
                }
                assertThat(opened).as("brackets paired in '%s'", text).isZero();
                Token end = in.sentence().tokens().get(last);
                assertThat(end.isPunctuation() || end.tag().matches("CC|IN|TO|DT")).as("ends on '%s': %s", end.text(), text)
                        .isFalse();
            }
        }
    }
}

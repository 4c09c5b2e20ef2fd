package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.SentenceLabeler;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    private final SentenceLabeler inputs = new SentenceLabeler(null, null);

    /** The sentence's tokens up to and with the last one whose text is {@code last}, the date phrase's left out. */
    private static boolean[] upTo(CompressionInput in, String last) {
        boolean[] keep = new boolean[in.size()];
        int end = -1;
        for (int i = 0; i < in.size(); i++) {
            end = in.sentence().tokens().get(i).text().equals(last) ? i : end;
        }
        assertThat(end).as("'%s' in the sentence", last).isGreaterThanOrEqualTo(0);
        for (int i = 0; i <= end; i++) {
            keep[i] = !in.date()[i];
        }
        return keep;
    }

    private boolean waits(String sentence, String last) {
        CompressionInput in = inputs.compressionInput(sentence);
        return Readability.endsWaiting(in, upTo(in, last));
    }

    @Test
    void aVerbWhoseComplementTheSentenceGivesAfterItDoesNotEndALabel() {
        assertThat(waits("A young puffin born at the zoo is doing well in its new burrow.", "doing")).isTrue();
        assertThat(waits("Forecasters expect conditions they say will be as bad as last winter.", "be")).isTrue();
        assertThat(waits("The minister said the plan would go ahead.", "said")).isTrue();
        assertThat(waits("The local team beat the champions at home.", "beat")).isTrue();
    }

    @Test
    void aVerbDoesNotEndALabelBeforeThePrepositionItCannotStandWithout() {
        // sixtieth round, labels/preposition-verbs.txt: "plan on", "rely on" (was finished: a preposition follows)
        assertThat(waits("The bakery chain has said that it plans on removing the additive from its bread.", "plans")).isTrue();
        assertThat(waits("The town was forced to rely on volunteers to clear the roads.", "rely")).isTrue();
        // another verb before the same preposition may end the label
        assertThat(waits("The bakery chain has said that it spent on new ovens.", "spent")).isFalse();
    }

    @Test
    void aVerbMayEndALabelWhereTheSentenceEndsOrAPhraseOfItsOwnFollows() {
        assertThat(waits("A young puffin born at the zoo is doing well in its new burrow.", "burrow")).isFalse();
        assertThat(waits("The man died in hospital after the crash.", "died")).isFalse();
        assertThat(waits("Talks began last September.", "began")).isFalse(); // the date is no complement
        assertThat(waits("The old bridge collapsed.", "collapsed")).isFalse();
    }

    @Test
    void aLabelOverAHundredCharactersIsNotFinished() {
        CompressionInput in = inputs.compressionInput("The regional council of the northern province approved a long and"
                + " detailed plan for new roads, schools, hospitals and parks in every town of the valley.");
        assertThat(Readability.length(in.sentence(), upTo(in, "valley"))).isGreaterThan(Readability.LONGEST);
        assertThat(Readability.isFinished(in, upTo(in, "valley"))).isFalse();
        assertThat(Readability.isFinished(in, upTo(in, "plan"))).isTrue();
    }

    @Test
    void onlyFinishedCandidatesAreChosenFromUnlessNoneIs() {
        CompressionInput in = inputs.compressionInput("A young puffin born at the zoo is doing well in its new burrow.");
        Candidate cut = new Candidate(upTo(in, "doing"), -1, List.of("cut"));
        Candidate whole = new Candidate(upTo(in, "burrow"), -1, List.of("whole"));
        assertThat(Readability.finished(in, List.of(cut, whole))).containsExactly(whole);
        assertThat(Readability.finished(in, List.of(cut))).containsExactly(cut);
    }

    @Test
    void theShippedCompressorDoesNotStopOnAWaitingVerb() {
        CompressionInput in = inputs.compressionInput("A young puffin born at the zoo is doing well in its new burrow.");
        boolean[] keep = DeletionCompressor.shipped().keep(in);
        assertThat(Readability.endsWaiting(in, keep)).as(KeptTokens.of(in.sentence(), keep)).isFalse();
    }
}

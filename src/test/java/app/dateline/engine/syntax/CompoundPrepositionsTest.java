package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundPrepositionsTest {

    private final SentenceParser parser = new SentenceParser();

    @Test
    void theOpeningOfEveryListedPrepositionIsDroppedFromALabelsEnd() {
        // fifty-fifth round: 29 labels of the shared stories ended "in response", "in order", "in line", "in the hope"
        for (String phrase : WordList.load("/dateline/syntax/compound-prepositions.txt")) {
            List<String> words = List.of(phrase.split(" "));
            String opening = String.join(" ", words.subList(0, words.size() - 1));
            String sentence = "Prices have been falling " + phrase + " the news.";
            ParsedSentence s = parser.parse(sentence, 0);
            int last = s.tokenAt(sentence.indexOf(opening) + opening.length() - 1);
            boolean[] keep = new boolean[s.tokens().size()];
            for (int i = 0; i <= last; i++) {
                keep[i] = true;
            }
            assertThat(CompoundPrepositions.openingEndingAt(s.tokens(), keep, last)).as(phrase)
                    .isEqualTo(s.tokenAt(sentence.indexOf(opening)));
        }
    }

    @Test
    void aComplementOfBeAndAWholePhraseStay() {
        // "Gibbs said the administration would be in favor" says what it would be
        ParsedSentence s = parser.parse("The administration would be in favor of a bill.", 0);
        boolean[] keep = new boolean[s.tokens().size()];
        for (int i = 0; i <= 5; i++) {
            keep[i] = true;
        }
        assertThat(s.tokens().get(5).text()).isEqualTo("favor");
        assertThat(CompoundPrepositions.openingEndingAt(s.tokens(), keep, 5)).isEqualTo(-1);
        // "waiting in line." ends no opening: the phrase's next word is not there
        ParsedSentence queue = parser.parse("They were waiting in line.", 0);
        boolean[] all = new boolean[queue.tokens().size()];
        java.util.Arrays.fill(all, 0, 5, true);
        assertThat(CompoundPrepositions.openingEndingAt(queue.tokens(), all, 4)).isEqualTo(-1);
    }
}

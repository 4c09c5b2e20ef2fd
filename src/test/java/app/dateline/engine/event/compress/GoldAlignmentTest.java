package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class GoldAlignmentTest {

    private final SentenceParser parser = new SentenceParser();

    private String kept(String sentence, String compression) {
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] keep = GoldAlignment.keep(s, compression);
        return KeptTokens.of(s, keep);
    }

    @Test
    void aRepeatedWordIsPlacedBesideItsNeighbours() {
        // The compression's "the" belongs to "the bridge", not to "the mayor".
        assertThat(kept("The mayor said the city would close the bridge for repairs.", "The city would close the bridge."))
                .isEqualTo("the city would close the bridge .");
    }

    @Test
    void wordsTheSentenceDoesNotHaveAreLeftOutAndCaseDoesNotMatter() {
        assertThat(kept("Police arrested two men in Leeds on Friday.", "police arrested two men in York"))
                .isEqualTo("Police arrested two men in");
    }
}

package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The adverbs a verb keeps (VerbBounds, syntax/verb-bounds.txt), on parsed sentences. */
class VerbBoundsTest {

    private final SentenceParser parser = new SentenceParser();

    /** The words from the verb's bound to the verb, for the first token spelt {@code verb}. */
    private String boundVerb(String sentence, String verb) {
        ParsedSentence s = parser.parse(sentence, 0);
        List<Token> tokens = s.tokens();
        int at = tokens.stream().map(Token::text).toList().indexOf(verb);
        int start = VerbBounds.start(tokens, at, new boolean[tokens.size()]);
        return s.span(start, at);
    }

    @Test
    void aDenyingOrBoundingAdverbStartsTheVerb() {
        assertThat(boundVerb("The board never approved the deal.", "approved")).isEqualTo("never approved");
        assertThat(boundVerb("The company no longer sells the unit.", "sells")).isEqualTo("no longer sells");
        assertThat(boundVerb("Russia has very rarely voted against it.", "voted")).isEqualTo("very rarely voted");
    }

    @Test
    void anAdverbOfMannerDoesNot() {
        assertThat(boundVerb("The minister quickly resigned.", "resigned")).isEqualTo("resigned");
    }

    @Test
    void aMarkedDateEndsTheRun() {
        ParsedSentence s = parser.parse("They met and never again spoke.", 0);
        boolean[] skip = new boolean[s.tokens().size()];
        skip[4] = true; // "again" taken as a date's word
        assertThat(VerbBounds.start(s.tokens(), 5, skip)).isEqualTo(5);
    }
}

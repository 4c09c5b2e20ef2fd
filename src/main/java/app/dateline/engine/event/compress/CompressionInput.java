package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.ParsedSentence;

/**
 * What the deletion model sees of a sentence: its parse, the words the hand rules keep for its headline and the
 * words of its date phrases.
 *
 * @param rule the tokens the rules' headline keeps (all false when the rules make none)
 * @param date the tokens of the sentence's date phrases (with the preposition that introduces them)
 */
public record CompressionInput(ParsedSentence sentence, boolean[] rule, boolean[] date) {

    public CompressionInput {
        int n = sentence.tokens().size();
        if (rule.length != n || date.length != n) {
            throw new IllegalArgumentException("one rule and date mark per token: " + rule.length + ", " + date.length + " for " + n);
        }
    }

    public int size() {
        return sentence.tokens().size();
    }
}

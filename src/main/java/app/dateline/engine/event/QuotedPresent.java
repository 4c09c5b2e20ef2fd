package app.dateline.engine.event;

import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/**
 * "now" or "today" inside words that the sentence attributes to a speaker after them ({@code ``Right now my
 * evidence is scant,'' he said}; "others now split between Miami and Cuba, said Damien Fernandez") dates the
 * saying: the present of a quotation is the moment it was said. Thread-safe.
 */
final class QuotedPresent {

    private static final Set<String> PRESENT = Set.of("now", "today");
    private static final Set<String> CLOSING = Set.of(",", "''", "\"", "\u201d", "'");
    /** How many words may stand between the closing mark and the reporting verb ("he", "the company's chief"). */
    private static final int SPEAKER = 6;

    private QuotedPresent() {
    }

    /**
     * The reporting verb that attributes the words holding the date {@code ds..de}, or -1 when the date is no
     * quoted present or no attribution follows it.
     */
    static int saying(ParsedSentence s, int ds, int de, Lemmatizer lemmatizer) {
        List<Token> tokens = s.tokens();
        if (!PRESENT.contains(tokens.get(de).lower()) || leansOnVerb(tokens, de)) {
            return -1;
        }
        for (int v = tokens.size() - 1; v > de + 1; v--) {
            Token w = tokens.get(v);
            if (!(w.tag().equals("VBD") || w.tag().equals("VBZ")) || !lemmatizer.lemma(w).equals("say")) {
                continue;
            }
            // the mark that closes the quoted words, at most SPEAKER words before the verb ("'' he said"), or right
            // before it ("... Cuba, said Damien Fernandez")
            for (int k = v - 1; k > de && v - k <= SPEAKER + 1; k--) {
                Token m = tokens.get(k);
                if (CLOSING.contains(m.text())) {
                    return v;
                }
                // "war,'' and said the United States is": a second verb of the same subject, no attribution
                if (m.isVerb() || m.tag().equals("CC")) {
                    break;
                }
            }
            return -1;
        }
        return -1;
    }

    /** "we today accept", "now we are looking": a date right before a verb, or a pronoun and its verb, is the verb's. */
    private static boolean leansOnVerb(List<Token> tokens, int de) {
        int next = de + 1 < tokens.size() && tokens.get(de + 1).tag().equals("PRP") ? de + 2 : de + 1;
        return next < tokens.size() && (tokens.get(next).tag().startsWith("VB") || tokens.get(next).tag().equals("MD"));
    }
}

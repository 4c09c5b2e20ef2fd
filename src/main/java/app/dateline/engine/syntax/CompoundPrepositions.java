package app.dateline.engine.syntax;

import java.util.Comparator;
import java.util.List;

/**
 * Prepositions of several words ("in response to", "on behalf of"; data: compound-prepositions.txt), which a label cut
 * to length cannot end inside: "have stayed indoors in line [with a government order]" reads "have stayed indoors".
 */
public final class CompoundPrepositions {

    /** Each preposition split into its words. */
    private static final List<String[]> PHRASES = WordList.load("/dateline/syntax/compound-prepositions.txt").stream()
            .map(e -> e.split(" ")).sorted(Comparator.comparing((String[] e) -> String.join(" ", e))).toList();

    private CompoundPrepositions() {
    }

    /**
     * The first token of the opening of a preposition of several words that ends at the kept token {@code i} while the
     * phrase's next word, right after it, is left out ("indoors [in line] with"); -1 when there is none, or when the
     * phrase is the complement of "be" before it ("the administration would be in favor [of]" says what it would be).
     */
    public static int openingEndingAt(List<Token> tokens, boolean[] keep, int i) {
        if (i + 1 >= keep.length || keep[i + 1]) {
            return -1;
        }
        for (String[] words : PHRASES) {
            for (int k = 1; k < words.length; k++) {
                int first = i - k + 1;
                if (first < 0 || !tokens.get(i + 1).lower().equals(words[k])) {
                    continue;
                }
                boolean match = true;
                for (int m = 0; m < k && match; m++) {
                    match = keep[first + m] && tokens.get(first + m).lower().equals(words[m]);
                }
                boolean complement = first > 0 && keep[first - 1] && tokens.get(first - 1).isVerb()
                        && Lemmatizer.verb(tokens.get(first - 1).lower()).equals("be");
                if (match && !complement) {
                    return first;
                }
            }
        }
        return -1;
    }
}

package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;

/**
 * The subject of a relative clause opened by "whose": "Madoff, [whose firm] collapsed in December 2008" tells of
 * Madoff's firm, "shares in [the company whose well] blew out" of the company's well. The label names the owner with a
 * possessive ("Madoff's firm collapsed"); it read "Whose firm collapsed" and "Shares blew out".
 */
final class WhosePossessor {

    private WhosePossessor() {
    }

    /**
     * The noun phrase with "whose" right before the verb group at {@code groupStart}, from the owner's first word when
     * the chunker holds the owner in it ("the company whose well"), else from "whose"; null when there is none.
     */
    static int[] subject(ParsedSentence s, int groupStart, boolean[] skip) {
        int j = groupStart - 1;
        while (j >= 0 && skip[j]) {
            j--;
        }
        int w = whoseIn(s, j);
        if (w < 0) {
            return null;
        }
        Chunk np = s.chunks().get(s.chunkOf(j));
        return owner(s, np, w) != null ? new int[] {np.first(), j} : null;
    }

    /** The "whose" inside the noun phrase that ends at token {@code last} ("the man whose wife"), or -1. */
    static int whoseIn(ParsedSentence s, int last) {
        if (last < 1 || !s.chunks().get(s.chunkOf(last)).isNounPhrase()) {
            return -1;
        }
        for (int w = s.chunks().get(s.chunkOf(last)).first(); w < last; w++) {
            if (s.tokens().get(w).tag().equals("WP$")) {
                return w;
            }
        }
        return -1;
    }

    /** The subject {@code subject} (from {@link #subject}) as the owner's possessive and the owned noun. */
    static Headline named(ParsedSentence s, int[] subject, boolean[] skip) {
        Chunk np = s.chunks().get(s.chunkOf(subject[1]));
        int w = whoseIn(s, subject[1]);
        int[] owner = w < 0 ? null : owner(s, np, w);
        if (owner == null || w + 1 > subject[1]) {
            return null;
        }
        Token last = s.tokens().get(owner[1]);
        boolean plural = last.tag().equals("NNS") && last.lower().endsWith("s");
        return Headline.span(s, owner[0], owner[1]).then(plural ? "' " : "'s ", Headline.span(s, w + 1, subject[1]));
    }

    /**
     * The owner "whose" at {@code w} stands for: the words before it in its chunk, or the noun phrase before a comma (the
     * one a place comes from: "a woman from La Mirada, whose death").
     */
    private static int[] owner(ParsedSentence s, Chunk np, int w) {
        List<Token> tokens = s.tokens();
        if (w > np.first()) {
            return tokens.get(w - 1).isNoun() ? new int[] {np.first(), w - 1} : null;
        }
        int before = w - 1;
        if (before >= 0 && tokens.get(before).text().equals(",")) {
            before--;
        }
        if (before < 0 || !tokens.get(before).isNoun()) {
            return null;
        }
        Chunk owner = s.chunks().get(s.chunkOf(before));
        if (!owner.isNounPhrase() || owner.last() != before) {
            return null;
        }
        // "a woman from La Mirada, whose death": the person the place is said of, not the place
        int from = owner.first() - 1;
        if (from >= 1 && tokens.get(from).lower().equals("from") && tokens.get(before).isProperNoun()
                && s.chunks().get(s.chunkOf(from - 1)).isNounPhrase() && tokens.get(from - 1).isCommonNoun()) {
            Chunk person = s.chunks().get(s.chunkOf(from - 1));
            return new int[] {person.first(), from - 1};
        }
        return new int[] {owner.first(), before};
    }
}

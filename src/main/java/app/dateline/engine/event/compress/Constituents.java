package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;

/**
 * Which steps from one token's decision to the next keep a compression readable: a preposition goes with the word
 * after it, a verb group stays whole (its adverbs may go), a noun phrase may lose words from its start but not from
 * its middle or end, and a possessive "'s" goes with its owner.
 */
final class Constituents {

    private final ParsedSentence s;
    private final int[] chunkOf;

    Constituents(ParsedSentence s) {
        this.s = s;
        chunkOf = new int[s.tokens().size()];
        for (int i = 0; i < chunkOf.length; i++) {
            chunkOf[i] = s.chunkOf(i);
        }
    }

    /** May token {@code i} be {@code kept} when token {@code i - 1} is {@code previous}? */
    boolean allowed(int i, boolean previous, boolean kept) {
        if (i == 0 || previous == kept) {
            return true;
        }
        List<Token> tokens = s.tokens();
        Token before = tokens.get(i - 1);
        Token t = tokens.get(i);
        if ((before.tag().equals("IN") || before.tag().equals("TO")) && !t.isPunctuation() && !t.tag().equals("IN")) {
            return false; // "of [sending]", "to [take]": the word after the preposition shares its fate
        }
        if (t.tag().equals("POS")) {
            return false;
        }
        if (chunkOf[i] < 0 || chunkOf[i] != chunkOf[i - 1]) {
            return true;
        }
        Chunk c = s.chunks().get(chunkOf[i]);
        if (c.isVerbGroup()) {
            return t.tag().startsWith("RB") || before.tag().startsWith("RB");
        }
        if (c.isNounPhrase()) {
            return kept; // words may go from the start of a noun phrase only
        }
        return true;
    }
}

package app.dateline.engine.syntax;

import java.util.List;
import java.util.Set;

/**
 * Adverbs that deny or bound the verb they stand before (data: verb-bounds.txt): "never approved" is not "approved",
 * "nearly collapsed" is not "collapsed". Whatever shortens a sentence keeps them with their verb.
 */
public final class VerbBounds {

    private static final Set<String> BOUNDS = WordList.load("/dateline/syntax/verb-bounds.txt");

    private VerbBounds() {
    }

    /**
     * The first of the adverbs right before {@code groupFirst} when one of them is a bound ("has [never] approved",
     * "[nearly always] wins"), else {@code groupFirst}. Tokens marked in {@code skip} (a date) end the run.
     */
    public static int start(List<Token> tokens, int groupFirst, boolean[] skip) {
        int first = groupFirst;
        boolean bound = false;
        while (first > 0 && !skip[first - 1] && tokens.get(first - 1).tag().equals("RB")) {
            first--;
            bound |= BOUNDS.contains(tokens.get(first).lower());
        }
        return bound ? first : groupFirst;
    }
}

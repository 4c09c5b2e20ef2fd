package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Set;

/**
 * Names that "and" joins into one phrase, which a label keeps whole or leaves out whole: one name ("the House Energy and
 * Commerce Committee"), or names that share the noun or the verb after them ("the Mississippi and Alabama coasts",
 * "after Kerry and Lieberman introduced"). A list of names that ends otherwise may lose its last ("Louisiana [and
 * Mississippi]"). Date words are no names ("February and April lab tests").
 */
final class JoinedNames {

    /** Last words of the names "and" runs through (labels/name-heads.txt). */
    private static final Set<String> NAME_HEADS = WordList.load("/dateline/labels/name-heads.txt");

    private JoinedNames() {
    }

    /** Whether the conjunction at {@code t} joins names into one phrase that a cut there would halve. */
    static boolean at(ParsedSentence s, int t, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (t <= 0 || t + 1 >= tokens.size() || !tokens.get(t).tag().equals("CC") || !name(tokens, t - 1, skip)
                || !name(tokens, t + 1, skip)) {
            return false;
        }
        int last = t + 1;
        while (last + 1 < tokens.size() && (name(tokens, last + 1, skip) || last + 2 < tokens.size()
                && ClauseTrimmer.NAME_LINKS.contains(tokens.get(last + 1).text()) && name(tokens, last + 2, skip))) {
            last += name(tokens, last + 1, skip) ? 1 : 2;
        }
        if (NAME_HEADS.contains(tokens.get(last).lower()) || last >= t + 2) {
            // "the House Energy and Commerce Committee"; a name of several words after "and" goes on the name before it
            // ("the National Oceanic and Atmospheric Administration"), where a list of one-word names may lose its last
            return true;
        }
        if (last + 1 >= tokens.size() || skip[last + 1]) {
            return false;
        }
        Token after = tokens.get(last + 1);
        // "the Auger and Brutus platforms": a shared noun; "Kerry and Lieberman introduced": a shared verb
        return after.isNoun() && !after.isProperNoun() || HeadlineWords.FINITE.contains(after.tag());
    }

    /** The first word of the names that the conjunction at {@code t} joins ("House" of "the House Energy and ..."). */
    static int start(ParsedSentence s, int t) {
        List<Token> tokens = s.tokens();
        int first = t - 1;
        while (first > 0 && (tokens.get(first - 1).isProperNoun()
                || first > 1 && ClauseTrimmer.NAME_LINKS.contains(tokens.get(first - 1).text()) && tokens.get(first - 2).isProperNoun())) {
            first--;
        }
        return first;
    }

    /** Whether token {@code i} is a name's word the label has not left out. */
    static boolean name(List<Token> tokens, int i, boolean[] skip) {
        return !skip[i] && tokens.get(i).isProperNoun();
    }
}

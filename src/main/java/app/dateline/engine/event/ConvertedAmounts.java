package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;

/**
 * An amount restated in brackets right after itself ("a record $17bn (£11bn) loss", "a 6in-wide (15cm) tube", "100,000
 * barrels (4.2 million gallons) per day"): the restatement says nothing new, and the noun phrase it splits goes on after
 * it, so a label leaves the bracket out and keeps what follows. Only where the noun phrase goes on: before "of" or "in"
 * the bracket stays a stop, as the subject's walk and the cuts expect.
 */
final class ConvertedAmounts {

    /** How many tokens a restatement holds at most between its brackets. */
    private static final int MOST_TOKENS = 6;

    private ConvertedAmounts() {
    }

    /** Marks in {@code skip} every bracket that restates the amount right before it. */
    static void mark(ParsedSentence s, boolean[] skip) {
        List<Token> tokens = s.tokens();
        for (int open = 1; open < tokens.size(); open++) {
            // the amount or its unit right before: "$17 [bn] (", "100,000 [barrels] ("
            boolean after = amount(tokens.get(open - 1)) || open > 1 && amount(tokens.get(open - 2)) && tokens.get(open - 1).isNoun();
            if (!tokens.get(open).text().equals("(") || !after) {
                continue;
            }
            int close = closing(tokens, open);
            if (close > open && splitsPhrase(s, close + 1)) {
                for (int k = open; k <= close; k++) {
                    skip[k] = true;
                }
                open = close;
            }
        }
    }

    /**
     * Whether the words after the bracket go on with the amount's noun phrase: a common noun ("$17bn (£11bn) [loss]") or
     * a rate ("[per day]"). A preposition after it opens a phrase of its own, which the label's cuts weigh as before.
     */
    private static boolean splitsPhrase(ParsedSentence s, int after) {
        if (after >= s.tokens().size()) {
            return false;
        }
        Token t = s.tokens().get(after);
        return t.isCommonNoun() && t.text().equals(t.lower()) || DateWords.rateWords(s.tokens(), after);
    }

    /** The closing bracket of a restatement opening at {@code open}: a number in it, no verb; or -1. */
    private static int closing(List<Token> tokens, int open) {
        boolean number = false;
        for (int k = open + 1; k < tokens.size() && k <= open + MOST_TOKENS + 1; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(")")) {
                return number ? k : -1;
            }
            if (t.isVerb() || t.text().equals("(")) {
                return -1;
            }
            number |= amount(t);
        }
        return -1;
    }

    /** Whether {@code t} is, or ends, an amount: a number, or a word with a digit in it ("$17bn", "6in-wide"). */
    private static boolean amount(Token t) {
        return t.tag().equals("CD") || t.text().chars().anyMatch(Character::isDigit);
    }
}

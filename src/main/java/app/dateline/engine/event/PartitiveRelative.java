package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;

/**
 * The subject of a relative clause opened by a part "of which" or "of whom": "has ordered vaccine, [some doses of which]
 * could be available by October", "two relief wells, [the first of which] should be finished by mid-August". The label
 * names the part of what the pronoun stands for ("Some doses of vaccine could be available", "The first of two relief
 * wells should be finished"); it read "Could be available" and "Should be finished".
 */
final class PartitiveRelative {

    /** The most words a part may have ("more than 200", "the vast majority"). */
    private static final int LONGEST_PART = 5;

    private PartitiveRelative() {
    }

    /**
     * The part with "of which" or "of whom" right before the verb group at {@code groupStart}, as its first token and
     * the pronoun; null when there is none. The part follows a comma and has no verb.
     */
    static int[] subject(ParsedSentence s, int groupStart, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int w = groupStart - 1;
        while (w >= 0 && skip[w]) {
            w--;
        }
        if (w < 3 || !pronoun(tokens.get(w)) || !tokens.get(w - 1).lower().equals("of") || skip[w - 1] || !partWord(tokens, w - 2, skip)) {
            return null;
        }
        int first = w - 2;
        while (first > 0 && w - 1 - first < LONGEST_PART && !tokens.get(first - 1).text().equals(",")) {
            if (!partWord(tokens, first - 1, skip)) {
                return null;
            }
            first--;
        }
        return first > 0 && tokens.get(first - 1).text().equals(",") ? new int[] {first, w} : null;
    }

    /**
     * The subject {@code subject} (from {@link #subject}) as the part "of" what the pronoun stands for, the noun phrase
     * before the comma with its "of" phrases ("the Gulf of Mexico"); null when that is no plain noun phrase (a date, a
     * list joined by "and": "to Anadarko and Mitsui, both of whom") or, for "whom", no common noun (people: "airline
     * chiefs, more than 200 of whom").
     */
    static Headline named(ParsedSentence s, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int end = subject[0] - 2;
        if (end < 0 || skip[end] || !HeadlineWords.nounPhraseAt(s, end)) {
            return null;
        }
        Chunk whole = s.chunks().get(s.chunkOf(end));
        if (whole.last() != end) {
            return null;
        }
        int start = whole.first();
        while (start >= 2 && tokens.get(start - 1).lower().equals("of") && HeadlineWords.nounPhraseAt(s, start - 2)
                && !skip[start - 2]) {
            start = s.chunks().get(s.chunkOf(start - 2)).first(); // "the Gulf [of Mexico]"
        }
        for (int i = start; i <= end; i++) {
            if (skip[i]) {
                return null;
            }
        }
        if (start > 0 && tokens.get(start - 1).tag().equals("CC")) {
            return null;
        }
        if (tokens.get(subject[1]).lower().equals("whom") && !tokens.get(end).isCommonNoun()) {
            return null; // "met in Kuala Lumpur, more than 200 of whom": people, not the place
        }
        Headline antecedent = Headline.span(s, start, end);
        if (start == 0 && !tokens.get(0).isProperNoun()) {
            antecedent = antecedent.decapitalised(); // "The interview, snippets of which": "snippets of the interview"
        }
        return Headline.span(s, subject[0], subject[1] - 2).then(" of ", antecedent);
    }

    /** Whether token {@code i} may be a word of the part: no verb, no mark, not left out. */
    private static boolean partWord(List<Token> tokens, int i, boolean[] skip) {
        return !skip[i] && !tokens.get(i).isVerb() && !HeadlineWords.STOPS.contains(tokens.get(i).text());
    }

    private static boolean pronoun(Token t) {
        return t.lower().equals("which") || t.lower().equals("whom");
    }
}

package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.regex.Pattern;

/** Which words of a sentence belong to a date phrase, with the preposition and determiner that introduce it. */
final class DateWords {

    private static final Pattern BEFORE_DATE = Pattern.compile("earlier|later|early|late|just|since");
    private static final Pattern BEFORE_WORD = Pattern.compile("earlier|later|as|until|up");

    private DateWords() {
    }

    /**
     * The date's tokens, with the preposition and determiner before it and a possessive after it.
     *
     * @param begin the date's first character (sentence offsets), or -1 for none
     */
    static boolean[] mark(ParsedSentence s, int begin, int end) {
        List<Token> tokens = s.tokens();
        boolean[] skip = new boolean[tokens.size()];
        if (begin < 0) {
            return skip;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > begin && t.begin() < end) {
                skip[i] = true;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return skip;
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).tag().equals("POS")) {
            skip[last + 1] = true; // "to last year's summit": the preposition belongs to the summit
            return skip;
        }
        int i = first - 1;
        while (i >= 0 && (tokens.get(i).tag().equals("DT") || tokens.get(i).tag().startsWith("RB") && i == first - 1
                && BEFORE_DATE.matcher(tokens.get(i).lower()).matches())) {
            skip[i--] = true;
        }
        if (i >= 0 && (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("TO"))
                && !HeadlineWords.SUBORDINATORS.contains(tokens.get(i).lower()) || i >= 0 && tokens.get(i).lower().equals("since")) {
            skip[i] = true;
            if (i > 0 && BEFORE_WORD.matcher(tokens.get(i - 1).lower()).matches()) {
                skip[i - 1] = true;
            }
        }
        return skip;
    }

    /** The sentence's date and its other dates ({begin, end} pairs), all marked. */
    static boolean[] mark(ParsedSentence s, int begin, int end, List<int[]> others) {
        boolean[] skip = mark(s, begin, end);
        for (int[] d : others) {
            boolean[] other = mark(s, d[0], d[1]);
            for (int i = 0; i < skip.length; i++) {
                skip[i] |= other[i];
            }
        }
        return skip;
    }
}

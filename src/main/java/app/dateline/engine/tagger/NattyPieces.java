package app.dateline.engine.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The short pieces of a sentence Natty is given: a few words around each word that made the tagger ask
 * (a month or weekday name, a clock time), cut at white space and never longer than {@value #MAX_CHARS}
 * characters, pieces that touch joined up to twice that. Natty is superlinear in its input, so a bounded
 * piece keeps every call to milliseconds, however long the sentence; a date Natty reads spans a few words
 * around such a word ("5 p.m. EST, Nov. 6", "at noon Thursday"), so nothing it can read is cut off.
 */
final class NattyPieces {

    /** Words kept before and after the trigger. */
    static final int WORDS_BEFORE = 6;
    static final int WORDS_AFTER = 6;
    /** The longest piece around one trigger; joined pieces are at most twice this. */
    static final int MAX_CHARS = 100;

    private NattyPieces() {
    }

    /** A piece: {@code [begin, end)} of the sentence. */
    record Piece(int begin, int end) {
    }

    /** The pieces around the triggers {@code [starts[i], ends[i])}, in order, none overlapping. */
    static List<Piece> around(String sentence, List<int[]> triggers) {
        List<Piece> pieces = new ArrayList<>();
        for (int[] t : triggers) {
            int begin = back(sentence, t[0], WORDS_BEFORE, Math.max(0, t[0] - MAX_CHARS / 3));
            int end = forward(sentence, t[1], WORDS_AFTER, Math.min(sentence.length(), begin + MAX_CHARS));
            end = Math.max(end, t[1]);
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && begin <= last.end() && end - last.begin() <= 2 * MAX_CHARS) {
                pieces.set(pieces.size() - 1, new Piece(last.begin(), Math.max(end, last.end())));
            } else if (last != null && begin < last.end()) {
                pieces.add(new Piece(last.end(), end)); // too long to join: the rest, on its own
            } else {
                pieces.add(new Piece(begin, end));
            }
        }
        return pieces;
    }

    /** The start of the word {@code words} words before {@code at}, not before {@code floor}. */
    private static int back(String s, int at, int words, int floor) {
        int i = at;
        for (int w = 0; w < words && i > floor; w++) {
            int j = i;
            while (j > floor && Character.isWhitespace(s.charAt(j - 1))) {
                j--;
            }
            while (j > floor && !Character.isWhitespace(s.charAt(j - 1))) {
                j--;
            }
            if (j == floor && floor > 0 && !Character.isWhitespace(s.charAt(j - 1))) {
                break; // the word at the floor is cut: leave it out
            }
            i = j;
        }
        return i;
    }

    /** The end of the word {@code words} words after {@code at}, not past {@code ceiling}. */
    private static int forward(String s, int at, int words, int ceiling) {
        int i = at;
        for (int w = 0; w < words && i < ceiling; w++) {
            int j = i;
            while (j < ceiling && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            while (j < ceiling && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j == ceiling && ceiling < s.length() && !Character.isWhitespace(s.charAt(j))) {
                break; // the word at the ceiling is cut: leave it out
            }
            i = j;
        }
        return i;
    }
}

package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.Articles;
import app.dateline.engine.syntax.CompoundPrepositions;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.QuotationMarks;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/**
 * Makes a set of kept tokens read as a label: no quotation marks, no bracket without its partner, no comma next to
 * another mark or at either end, and no word at the end that waits for more ("and", "of", "the", "that", "in
 * response").
 */
public final class Tidy {

    private static final Set<String> QUOTES = QuotationMarks.DOUBLE;
    /** Single quotation marks, which are possessive marks too ("the Joneses' house"). */
    private static final Set<String> SINGLE_QUOTES = Set.of("'", "\u2018", "\u2019");
    private static final Set<String> HANGING_TAGS = Set.of("CC", "IN", "TO", "DT", "WDT", "WP", "WP$", "WRB", "PRP$", "POS", "MD");
    private static final String PAIRS = "()[]{}";

    private Tidy() {
    }

    public static void apply(ParsedSentence s, boolean[] keep) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < keep.length; i++) {
            if (QUOTES.contains(tokens.get(i).text()) || SINGLE_QUOTES.contains(tokens.get(i).text()) && !tokens.get(i).tag().equals("POS")) {
                keep[i] = false; // but "the Joneses' house" keeps its possessive mark
            }
        }
        brackets(tokens, keep);
        articles(tokens, keep);
        boolean changed = true;
        while (changed) {
            changed = false;
            int first = next(keep, 0);
            if (first >= 0 && (tokens.get(first).isPunctuation() || tokens.get(first).tag().equals("CC"))) {
                keep[first] = false;
                changed = true;
                continue;
            }
            int last = previous(keep, keep.length - 1);
            if (last >= 0 && (tokens.get(last).isPunctuation() || HANGING_TAGS.contains(tokens.get(last).tag())
                    || tokens.get(last).lower().equals("that"))) {
                keep[last] = false;
                changed = true;
                continue;
            }
            int compound = last < 0 ? -1 : CompoundPrepositions.openingEndingAt(tokens, keep, last);
            if (compound >= 0) {
                for (int i = compound; i <= last; i++) {
                    keep[i] = false; // "in connection [with ...]"
                }
                changed = true;
                continue;
            }
            for (int i = 0; i < keep.length; i++) {
                int after = next(keep, i + 1);
                if (keep[i] && isMark(tokens.get(i)) && after >= 0 && isMark(tokens.get(after))) {
                    keep[i] = false;
                    changed = true;
                }
            }
        }
    }

    /**
     * "a five-mile long oil slick" may lose its modifiers, but not to read "a oil slick": the words between an article
     * and the next word kept come back when that word would not fit the article ({@link Articles}).
     */
    private static void articles(List<Token> tokens, boolean[] keep) {
        for (int i = 0; i < keep.length; i++) {
            int after = next(keep, i + 1);
            if (keep[i] && Articles.indefinite(tokens.get(i).text()) && after > i + 1
                    && !Articles.fits(tokens.get(i).text(), tokens.get(after).text())) {
                for (int k = i + 1; k < after; k++) {
                    keep[k] = !tokens.get(k).isPunctuation();
                }
            }
        }
    }

    private static boolean isMark(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("\u2013") || w.equals("--")
                || w.equals("-");
    }

    private static void brackets(List<Token> tokens, boolean[] keep) {
        for (int i = 0; i < keep.length; i++) {
            int open = PAIRS.indexOf(tokens.get(i).text());
            if (!keep[i] || open < 0 || open % 2 == 1 || tokens.get(i).text().length() != 1) {
                continue;
            }
            char close = PAIRS.charAt(open + 1);
            int depth = 0;
            int partner = -1;
            for (int j = i + 1; j < keep.length && partner < 0; j++) {
                String w = tokens.get(j).text();
                if (w.equals(tokens.get(i).text())) {
                    depth++;
                } else if (w.length() == 1 && w.charAt(0) == close) {
                    if (depth == 0) {
                        partner = j;
                    }
                    depth--;
                }
            }
            if (partner < 0 || !keep[partner] || next(keep, i + 1) == partner) {
                keep[i] = false;
                if (partner >= 0) {
                    keep[partner] = false;
                }
            }
        }
        for (int i = 0; i < keep.length; i++) { // a closing bracket whose opening one is gone
            int close = PAIRS.indexOf(tokens.get(i).text());
            if (keep[i] && close > 0 && close % 2 == 1 && tokens.get(i).text().length() == 1) {
                int depth = 0;
                boolean open = false;
                for (int j = i - 1; j >= 0 && !open; j--) {
                    String w = tokens.get(j).text();
                    if (w.equals(tokens.get(i).text())) {
                        depth++;
                    } else if (w.length() == 1 && w.charAt(0) == PAIRS.charAt(close - 1)) {
                        if (depth == 0) {
                            open = keep[j];
                            break;
                        }
                        depth--;
                    }
                }
                keep[i] = open;
            }
        }
    }

    private static int next(boolean[] keep, int from) {
        for (int i = from; i < keep.length; i++) {
            if (keep[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int previous(boolean[] keep, int from) {
        for (int i = from; i >= 0; i--) {
            if (keep[i]) {
                return i;
            }
        }
        return -1;
    }
}

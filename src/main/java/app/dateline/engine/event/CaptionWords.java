package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words a page's layout glued to the front of a sentence, which tell nothing of the event: a picture credit
 * ("Photograph: PA Two Britons have now contracted swine flu") and a heading in capitals ("PASSENGERS URGED TO
 * COME FORWARD The Mexican man arrived in Hong Kong"). The credit words and agencies are data
 * ({@code /dateline/labels/photo-credits.txt}).
 */
final class CaptionWords {

    private static final Set<String> LINES = WordList.load("/dateline/labels/photo-credits.txt");
    private static final Set<String> CREDITS = part("credit ");
    private static final Set<String> AGENCIES = part("agency ");
    private static final Set<String> POSITIONS = part("position ");
    /** How many words a caption's pointer to a part of its picture has at most ("second from left"). */
    private static final int POSITION_WORDS = 3;
    /** The wire agencies a dateline names in brackets ("(Reuters) -"), in lower case. */
    private static final Set<String> WIRES = WordList.load("/dateline/labels/wire-agencies.txt");
    /** How far into a sentence a wire story's header may end, in tokens. */
    private static final int HEADER_TOKENS = 120;
    /** How far a credit runs at most, in words, past its colon. */
    private static final int CREDIT_WORDS = 12;

    private CaptionWords() {
    }

    private static Set<String> part(String prefix) {
        return LINES.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Marks in {@code skip} the credit, heading or wire header the sentence opens with, if any. */
    static void mark(ParsedSentence s, boolean[] skip) {
        int end = Math.max(Math.max(creditEnd(s.tokens()), headingEnd(s.tokens())), wireHeaderEnd(s.tokens()));
        for (int i = 0; i <= end; i++) {
            skip[i] = true;
        }
        markPositions(s.tokens(), skip);
    }

    /**
     * Marks a caption's pointer to a part of its picture, set off by commas or brackets: "the blowout preventer, [bottom
     * left], as oil rises" (the tagger read "left" as the clause's verb and the label said "Bottom left"), "Tony Hayward
     * ([right])". With its opening comma or bracket, and its closing bracket.
     */
    static void markPositions(List<Token> tokens, boolean[] skip) {
        for (int open = 0; open + 2 < tokens.size(); open++) {
            String o = tokens.get(open).text();
            if (!o.equals(",") && !o.equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close - open <= POSITION_WORDS && POSITIONS.contains(tokens.get(close).lower())) {
                close++;
            }
            if (close == open + 1 || close - open > POSITION_WORDS + 1 || close >= tokens.size()) {
                continue;
            }
            String c = tokens.get(close).text();
            boolean closes = o.equals("(") ? c.equals(")") : c.equals(",") || c.equals(".");
            if (closes) {
                for (int i = open; i < close; i++) {
                    skip[i] = true;
                }
                skip[close] |= c.equals(")");
            }
        }
    }

    /**
     * The last token of a wire story's header glued to its first sentence: summary bullets, a byline and the
     * dateline up to the agency in brackets and its dash ("* Turkey confirms first case * Virus detected in traveller
     * ISTANBUL, May 16 (Reuters) - Turkey identified its first case"); -1 when none, or when nothing follows it.
     */
    static int wireHeaderEnd(List<Token> tokens) {
        int end = -1;
        for (int i = 2; i + 1 < tokens.size() && i < HEADER_TOKENS; i++) {
            if (tokens.get(i).text().equals(")") && tokens.get(i - 2).text().equals("(")
                    && WIRES.contains(tokens.get(i - 1).lower()) && isDash(tokens.get(i + 1).text())) {
                end = i + 1;
            }
        }
        return end >= 0 && end + 3 < tokens.size() ? end : -1;
    }

    private static boolean isDash(String t) {
        return t.equals("-") || t.equals("--") || t.equals("_") || t.equals("\u2014") || t.equals("\u2013");
    }

    /**
     * The last token of a picture credit the sentence opens with: a credit word, a colon, then capitalised words
     * up to the last agency among them ("Photograph: Mike Clarke/AFP/Getty Images"); -1 when none. A page's
     * heading and caption may stand before the credit ("Wall Street Bull awaits reports Photograph: Michael
     * Nagle/Getty Images US jobless claims fell"): a capitalised credit word within the header's reach counts too,
     * the last one.
     */
    static int creditEnd(List<Token> tokens) {
        int end = -1;
        for (int at = 0; at + 3 < tokens.size() && at < HEADER_TOKENS; at++) {
            String w = tokens.get(at).text();
            if (tokens.get(at + 1).text().equals(":") && CREDITS.contains(tokens.get(at).lower())
                    && (at == 0 || Character.isUpperCase(w.charAt(0)))) {
                end = Math.max(end, creditEnd(tokens, at + 2));
            }
        }
        return end;
    }

    /** The last agency of a credit's run of capitalised words from token {@code from}; -1 when none. */
    private static int creditEnd(List<Token> tokens, int from) {
        int end = -1;
        for (int i = from; i < tokens.size() && i < from + CREDIT_WORDS; i++) {
            String w = tokens.get(i).text();
            if (!w.equals("/") && !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            for (String part : w.split("/")) {
                if (AGENCIES.contains(part.toLowerCase(Locale.ROOT))) {
                    end = i;
                }
            }
        }
        return end < tokens.size() - 1 ? end : -1;
    }

    /**
     * The last token of a heading in capitals glued to the sentence after it: two words or more in capitals (six
     * letters or more together, one word of four), then a capitalised word in lower case ("The"); -1 when none.
     * Acronyms ("BP CEO Tony Hayward", "UNICEF Executive Director") are no heading.
     */
    static int headingEnd(List<Token> tokens) {
        int letters = 0;
        boolean longWord = false;
        int i = 0;
        for (; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            int n = letterCount(w);
            if (n == 0 || !w.equals(w.toUpperCase(Locale.ROOT))) {
                break;
            }
            letters += n;
            longWord |= n >= 4;
        }
        if (i < 2 || i >= tokens.size() || letters < 6 || !longWord) {
            return -1;
        }
        String next = tokens.get(i).text();
        boolean sentenceStart = Character.isUpperCase(next.charAt(0)) && !next.equals(next.toUpperCase(Locale.ROOT));
        return sentenceStart ? i - 1 : -1;
    }

    /** How many of the word's characters are letters (a loop: this runs for the first words of every sentence). */
    private static int letterCount(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}

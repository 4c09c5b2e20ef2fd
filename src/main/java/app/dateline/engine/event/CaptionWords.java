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
    /** How far a credit runs at most, in words, past its colon. */
    private static final int CREDIT_WORDS = 12;

    private CaptionWords() {
    }

    private static Set<String> part(String prefix) {
        return LINES.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Marks in {@code skip} the credit or heading the sentence opens with, if any. */
    static void mark(ParsedSentence s, boolean[] skip) {
        int end = Math.max(creditEnd(s.tokens()), headingEnd(s.tokens()));
        for (int i = 0; i <= end; i++) {
            skip[i] = true;
        }
    }

    /**
     * The last token of a picture credit the sentence opens with: a credit word, a colon, then capitalised words
     * up to the last agency among them ("Photograph: Mike Clarke/AFP/Getty Images"); -1 when none.
     */
    static int creditEnd(List<Token> tokens) {
        if (tokens.size() < 4 || !CREDITS.contains(tokens.get(0).lower()) || !tokens.get(1).text().equals(":")) {
            return -1;
        }
        int end = -1;
        for (int i = 2; i < tokens.size() && i < 2 + CREDIT_WORDS; i++) {
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
            long n = w.chars().filter(Character::isLetter).count();
            if (n == 0 || !w.equals(w.toUpperCase(Locale.ROOT))) {
                break;
            }
            letters += (int) n;
            longWord |= n >= 4;
        }
        if (i < 2 || i >= tokens.size() || letters < 6 || !longWord) {
            return -1;
        }
        String next = tokens.get(i).text();
        boolean sentenceStart = Character.isUpperCase(next.charAt(0)) && !next.equals(next.toUpperCase(Locale.ROOT));
        return sentenceStart ? i - 1 : -1;
    }
}

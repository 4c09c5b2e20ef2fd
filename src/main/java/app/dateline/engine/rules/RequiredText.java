package app.dateline.engine.rules;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every match of a case-insensitive pattern must contain ({@link Prefilter#required}: its literal words, or a
 * digit), for patterns outside the rule table: a text without any of it is not searched, and the answer is the
 * same as the search's. The text is folded as {@link java.util.regex.Pattern#UNICODE_CASE} compares characters
 * (upper case, then lower case: "ſ" is "s", the Kelvin sign is "k"), so a character the pattern takes for one of
 * its letters is that letter here too.
 */
public final class RequiredText {

    /** One of these is in every match; null: nothing can be named, every text may match. */
    private final String[] strings;

    private RequiredText(String[] strings) {
        this.strings = strings;
    }

    /** Escapes whose characters after the letter the reading would take for literals: {@code \x41}, {@code \k<n>}, {@code \1}. */
    private static final Pattern CODED_ESCAPE = Pattern.compile("\\\\[0-9xucNk]");

    /** What every match of {@code regex} (compiled case-insensitive or not) contains. */
    public static RequiredText of(String regex) {
        Set<String> req = CODED_ESCAPE.matcher(regex).find() ? null : Prefilter.required(regex);
        if (req == null || req.isEmpty()) {
            return new RequiredText(null);
        }
        for (String s : req) {
            // the requirement is read off the pattern lower-cased by locale rules; only ASCII folds the same both ways
            if (!s.equals(Prefilter.DIGIT) && !s.chars().allMatch(c -> c < 0x80)) {
                return new RequiredText(null);
            }
        }
        return new RequiredText(req.toArray(String[]::new));
    }

    /** Whether a requirement could be named (if not, {@link #mayMatch} is always true). */
    public boolean filters() {
        return strings != null;
    }

    /** Whether a text, {@link #fold folded}, may hold a match: false only when it holds none of the strings. */
    public boolean mayMatch(String folded) {
        if (strings == null) {
            return true;
        }
        for (String s : strings) {
            if (s.equals(Prefilter.DIGIT) ? hasDigit(folded) : folded.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Each character upper-cased, then lower-cased: how a case-insensitive Unicode pattern compares them. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

package app.dateline.engine.rules;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the text a named group matched into its normalised form. Word groups ({@code {month}},
 * {@code {weekday}}...) are looked up in their table; the few numeric forms are read here. A group name may
 * end in digits to use a form twice in one pattern: {@code {month2}} is normalised as a month.
 */
final class Normalizers {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private final Map<String, WordTable> tables;

    Normalizers(Map<String, WordTable> tables) {
        this.tables = tables;
    }

    /**
     * A group named after a table with this ending ({@code monthanycase}) reads the table's words in any case,
     * with or without their dot: for rules whose context already makes the word sure ("26nov 2015").
     */
    static final String ANY_CASE = "anycase";

    static String base(String group) {
        int end = group.length();
        while (end > 0 && Character.isDigit(group.charAt(end - 1))) {
            end--;
        }
        return group.substring(0, end);
    }

    /** The normalised value, or null when the match is not acceptable ("may" for the month). */
    String normalise(String group, String matched) {
        String base = base(group);
        WordTable table = tables.get(base);
        if (table != null) {
            return table.accepts(matched) ? table.value(matched) : null;
        }
        WordTable anyCase = base.endsWith(ANY_CASE) ? tables.get(base.substring(0, base.length() - ANY_CASE.length())) : null;
        if (anyCase != null) {
            // a word the rule's own context makes sure of ("26nov", "this sun"): any case, the dot optional
            String value = anyCase.value(matched);
            return value != null ? value : anyCase.value(matched.strip() + ".");
        }
        String digits = NON_DIGITS.matcher(matched).replaceAll("");
        return switch (base) {
            case "year" -> digits.length() == 4 ? digits : null;
            case "yeartwo" -> digits.length() == 2 ? (Integer.parseInt(digits) < 50 ? "20" : "19") + digits : null;
            case "monthnum", "day" -> digits.isEmpty() || digits.length() > 2 || Integer.parseInt(digits) == 0
                    ? null : String.format(Locale.ROOT, "%02d", Integer.parseInt(digits));
            case "bcyear" -> digits.isEmpty() || digits.length() > 4 ? null : String.format(Locale.ROOT, "%04d", Integer.parseInt(digits));
            case "num" -> digits.isEmpty() || digits.length() > 6 ? null : String.valueOf(Integer.parseInt(digits));
            case "decade" -> decade(digits);
            case "spelledyear" -> SpelledNumbers.year(matched);
            case "century" -> digits.isEmpty() ? null : String.format(Locale.ROOT, "%02d", Integer.parseInt(digits) - 1);
            case "hour" -> digits.isEmpty() ? null : String.format(Locale.ROOT, "%02d", Integer.parseInt(digits));
            case "amhour", "pmhour" -> clockHour(digits, base.equals("pmhour"));
            case "minute" -> digits.length() != 2 ? null : digits;
            default -> matched.strip();
        };
    }

    /** An hour read with a.m. or p.m.: 12 a.m. is 00, 4 p.m. is 16; null past 12. */
    private static String clockHour(String digits, boolean pm) {
        if (digits.isEmpty() || digits.length() > 2) {
            return null;
        }
        int h = Integer.parseInt(digits);
        if (h < 1 || h > 12) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d", h % 12 + (pm ? 12 : 0));
    }

    /**
     * "1990s" → 199, "'90s" and "90s" → 199 (the twentieth century is meant), "2000s" → 200; "'20s", "10s", "00s"
     * are the 1920s or the 2020s by the article date ({@code UNDEF-short-decade-2}, which the resolver reads). "The
     * 1800s" is the century (18), as writers mean it ("the late 1800s", "up until the 1600s"); "the 2000s" stays the
     * decade, the one it is mostly written for.
     */
    private static String decade(String digits) {
        if (digits.length() == 4 && digits.endsWith("00") && !digits.startsWith("20")) {
            return digits.substring(0, 2);
        }
        if (digits.length() == 4 && digits.endsWith("0")) {
            return digits.substring(0, 3);
        }
        if (digits.length() == 2 && digits.endsWith("0")) {
            return digits.charAt(0) >= '3' ? "19" + digits.charAt(0) : "UNDEF-short-decade-" + digits.charAt(0);
        }
        return null;
    }
}

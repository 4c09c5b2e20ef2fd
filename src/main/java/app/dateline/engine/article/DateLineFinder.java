package app.dateline.engine.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's own date in its text when it has no front matter: a line that starts with
 * "Published", "Updated", "Update", "Posted" or "Date" followed by a date ("Published: April 11, 2023",
 * "Update 08/16/22, 5:04 p.m. ET"). A "Published" line wins over an "Update" line.
 */
public final class DateLineFinder {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(published|first published|posted|date|updated?|last updated)\\b[ \\t:,-]*(?:on[ \\t]+)?(.{6,40})",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^(?:\\w+day,?\\s+)?" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(?:\\w+day,?\\s+)?(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern US_NUMERIC = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");

    private DateLineFinder() {
    }

    /** The date of the best date line in the body, if there is one. */
    public static Optional<LocalDate> find(String body) {
        Matcher line = LINE.matcher(body);
        LocalDate update = null;
        while (line.find()) {
            LocalDate date = parse(line.group(2));
            if (date == null) {
                continue;
            }
            if (!line.group(1).toLowerCase(Locale.ROOT).contains("update")) {
                return Optional.of(date);
            }
            if (update == null) {
                update = date;
            }
        }
        return Optional.ofNullable(update);
    }

    /**
     * True when {@code offset} falls on the date of a date line at the start of {@code paragraph}
     * ("Published: April 11, 2023", "Update 08/16/22, 5:04 p.m. ET: ..."): the article's own date, not an event.
     */
    public static boolean isDateLine(String paragraph, int offset) {
        Matcher line = LINE.matcher(paragraph);
        return line.lookingAt() && offset >= line.start(2) && offset < line.end(2) && parse(line.group(2)) != null;
    }

    /** A date written out at the start of {@code text}, or null. */
    static LocalDate parse(String text) {
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = US_NUMERIC.matcher(text);
            if (m.find()) {
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    year += year < 70 ? 2000 : 1900;
                }
                return LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException impossible) {
            return null;
        }
        return null;
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }
}

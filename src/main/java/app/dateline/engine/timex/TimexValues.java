package app.dateline.engine.timex;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads TIMEX3 date values: the span of days they cover and their granularity. */
public final class TimexValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    /** A month, or a day of it the text does not give ("that same day" after "last October": 1998-10-XX). */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:-XX)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    private TimexValues() {
    }

    /** The granularity a value names, or NONE for values that are not calendar dates. */
    public static Granularity granularity(String value) {
        if (value == null) {
            return Granularity.NONE;
        }
        Matcher d = DAY.matcher(value);
        if (d.matches()) {
            return d.group(4) != null ? Granularity.TIME : Granularity.DAY;
        }
        if (MONTH.matcher(value).matches()) {
            return Granularity.MONTH;
        }
        if (WEEK.matcher(value).matches()) {
            return Granularity.WEEK;
        }
        if (SEASON.matcher(value).matches()) {
            return Granularity.SEASON;
        }
        if (QUARTER.matcher(value).matches()) {
            return Granularity.QUARTER;
        }
        if (HALF.matcher(value).matches()) {
            return Granularity.HALF_YEAR;
        }
        if (YEAR.matcher(value).matches()) {
            return Granularity.YEAR;
        }
        if (DECADE.matcher(value).matches()) {
            return Granularity.DECADE;
        }
        if (CENTURY.matcher(value).matches()) {
            return Granularity.CENTURY;
        }
        return Granularity.NONE;
    }

    /** The days a value covers, narrowed by START/MID/END, or null when it is not a calendar date. */
    public static TimexSpan span(String value, TimexMod mod) {
        TimexSpan whole = span(value);
        if (whole == null || mod == null) {
            return whole;
        }
        long days = whole.to().toEpochDay() - whole.from().toEpochDay() + 1;
        if (days < 3) {
            return whole;
        }
        long third = days / 3;
        return switch (mod) {
            case START -> new TimexSpan(whole.from(), whole.from().plusDays(third - 1));
            case MID -> new TimexSpan(whole.from().plusDays(third), whole.to().minusDays(third));
            case END -> new TimexSpan(whole.to().minusDays(third - 1), whole.to());
            default -> whole;
        };
    }

    /** The days a value covers, or null when it is not a calendar date. */
    public static TimexSpan span(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new TimexSpan(d, d);
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new TimexSpan(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                int year = year(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
                    return null;
                }
                return m.group(3) != null
                        ? new TimexSpan(monday.plusDays(5), monday.plusDays(6))
                        : new TimexSpan(monday, monday.plusDays(6));
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                return season(year(m.group(1)), m.group(2));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(year(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
                return new TimexSpan(first, first.plusMonths(3).minusDays(1));
            }
            m = HALF.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(year(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
                return new TimexSpan(first, first.plusMonths(6).minusDays(1));
            }
            if (YEAR.matcher(value).matches()) {
                int y = year(value.substring(0, 4));
                return new TimexSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (DECADE.matcher(value).matches()) {
                int y = Integer.parseInt(value) * 10;
                return y == 0 ? null : new TimexSpan(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
            }
            if (CENTURY.matcher(value).matches()) {
                int y = Integer.parseInt(value) * 100;
                return y == 0 ? null : new TimexSpan(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
            }
        } catch (DateTimeException | NumberFormatException impossible) {
            return null;
        }
        return null;
    }

    /** Meteorological seasons of the northern hemisphere; winter runs into the next year. */
    private static TimexSpan season(int year, String code) {
        return switch (code) {
            case "SP" -> new TimexSpan(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
            case "SU" -> new TimexSpan(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
            case "FA" -> new TimexSpan(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
            default -> new TimexSpan(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 3, 1).minusDays(1));
        };
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < 1) {
            throw new DateTimeException("year 0 is not a calendar year");
        }
        return y;
    }
    /**
     * A century value in words, "the 19th century" for 18: "the 1800s" would do, but "the 2000s" (20) reads as the
     * decade 200, which is written the same way.
     */
    public static String centuryWords(String value) {
        int n = Integer.parseInt(value) + 1;
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return "the " + n + suffix + " century";
    }
}

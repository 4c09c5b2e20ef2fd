package app.dateline.app.format;

import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import app.dateline.engine.timex.TimexValues;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a reader would say them: "Thursday, September 23, 2021", "late January 2024", "the summer of 2021",
 * "the 1990s". Pure Java, so the window, the PNG and any later export say the same thing.
 */
public final class DateWords {

    private static final Pattern TIME = Pattern.compile(".*T(\\d{2})(?::(\\d{2}))?.*");
    private static final Pattern PART_OF_DAY = Pattern.compile(".*T(MO|AF|EV|NI|DT)$");
    private static final Pattern YEAR_IN = Pattern.compile("^(\\d{4})");

    private DateWords() {
    }

    /** The date in words, as precise as the text was: no more, no less. */
    public static String of(Timex t) {
        if (isRange(t)) {
            return of(rangeStart(t)) + " to " + of(rangeEnd(t));
        }
        if (!t.isAnchoredPoint()) {
            return notOnTheCalendar(t);
        }
        LocalDate from = t.from();
        String part = part(t.mod());
        return switch (t.granularity()) {
            case TIME -> day(from) + timeOfDay(t.value());
            case DAY -> day(from);
            case WEEK -> t.value().endsWith("-WE") ? "the weekend of " + monthDay(from) + ", " + from.getYear()
                    : "the week of " + monthDay(from) + ", " + from.getYear();
            case MONTH -> part + month(whole(t)) + " " + whole(t).getYear();
            case SEASON -> part + season(t.value()) + " " + seasonYear(t);
            case QUARTER -> withPart(t.mod(), "the " + ordinal(quarter(t.value())) + " quarter of " + whole(t).getYear());
            case HALF_YEAR -> withPart(t.mod(), "the " + ordinal(half(t.value())) + " half of " + whole(t).getYear());
            case YEAR -> part + whole(t).getYear();
            case DECADE -> "the " + part + (whole(t).getYear()) + "s";
            case CENTURY -> "the " + part + TimexValues.centuryWords(t.value()).substring("the ".length());
            case NONE -> t.value();
        };
    }

    /** A short form for lists: "Sep 23, 2021", "late Jan 2024", "summer 2021", "1990s". */
    public static String shortOf(Timex t) {
        if (isRange(t)) {
            return shortOf(rangeStart(t)) + " – " + shortOf(rangeEnd(t));
        }
        if (!t.isAnchoredPoint()) {
            return notOnTheCalendar(t);
        }
        LocalDate from = t.from();
        String part = part(t.mod());
        return switch (t.granularity()) {
            case TIME, DAY -> shortMonth(from) + " " + from.getDayOfMonth() + ", " + from.getYear();
            case WEEK -> "week of " + shortMonth(from) + " " + from.getDayOfMonth() + ", " + from.getYear();
            case MONTH -> part + shortMonth(whole(t)) + " " + whole(t).getYear();
            case SEASON -> part + season(t.value()) + " " + seasonYear(t);
            case QUARTER -> part + "Q" + quarter(t.value()) + " " + whole(t).getYear();
            case HALF_YEAR -> part + "H" + half(t.value()) + " " + whole(t).getYear();
            case YEAR -> part + whole(t).getYear();
            case DECADE -> part + whole(t).getYear() + "s";
            case CENTURY -> part + TimexValues.centuryWords(t.value()).substring("the ".length());
            case NONE -> t.value();
        };
    }

    /** A run of days in words at the precision that suits its length: "August 2021 – March 2024". */
    public static String range(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days > 3 * 366) {
            return from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + " – " + to.getYear();
        }
        if (days > 62) {
            return month(from) + " " + from.getYear() + " – " + month(to) + " " + to.getYear();
        }
        if (days == 0) { // one day: "May 15, 2009", not "May 15, 2009 – May 15, 2009"
            return monthDay(from) + ", " + from.getYear();
        }
        return monthDay(from) + ", " + from.getYear() + " – " + monthDay(to) + ", " + to.getYear();
    }

    /** "day", "month", "season"...: the unit the text named. */
    public static String precision(Granularity g) {
        return g == Granularity.TIME ? "time of day" : g.label();
    }

    private static String notOnTheCalendar(Timex t) {
        if (t.type() == TimexType.DURATION) {
            return "a length of time (" + t.value() + "), not a date";
        }
        if (t.type() == TimexType.SET) {
            return "a repetition (" + t.value() + "), not a date";
        }
        if ("PRESENT_REF".equals(t.value())) {
            return "now (the article's present)";
        }
        if ("PAST_REF".equals(t.value())) {
            return "the past";
        }
        if ("FUTURE_REF".equals(t.value())) {
            return "the future";
        }
        return "a date the text does not pin down (" + t.value() + ")";
    }

    /** The whole period of a value, before early/mid/late narrowed it. */
    /** A range of disagreeing sources' dates ("2021-07/2021-08"), as a merged event may carry. */
    private static boolean isRange(Timex t) {
        return t.value().indexOf('/') > 0 && t.type().isPoint();
    }

    private static Timex rangeStart(Timex t) {
        return Timex.of(t.type(), t.value().substring(0, t.value().indexOf('/')), null);
    }

    private static Timex rangeEnd(Timex t) {
        return Timex.of(t.type(), t.value().substring(t.value().indexOf('/') + 1), null);
    }

    /** A merged event's date in words. */
    public static String of(app.dateline.engine.merge.EventDate d) {
        return of(timex(d));
    }

    /** A merged event's date in the short form for lists. */
    public static String shortOf(app.dateline.engine.merge.EventDate d) {
        return shortOf(timex(d));
    }

    /** A merged event's date as a TIMEX3 value with its span. */
    public static Timex timex(app.dateline.engine.merge.EventDate d) {
        return new Timex(d.type(), d.value(), d.mod(), d.from(), d.to(), d.granularity());
    }

    private static LocalDate whole(Timex t) {
        Matcher y = YEAR_IN.matcher(t.value());
        if (t.granularity() == Granularity.MONTH && t.value().length() >= 7) {
            return LocalDate.of(Integer.parseInt(t.value().substring(0, 4)), Integer.parseInt(t.value().substring(5, 7)), 1);
        }
        if (t.granularity() == Granularity.DECADE) {
            return LocalDate.of(Integer.parseInt(t.value()) * 10, 1, 1);
        }
        if (t.granularity() == Granularity.CENTURY) {
            return LocalDate.of(Integer.parseInt(t.value()) * 100, 1, 1);
        }
        if (y.find()) {
            return LocalDate.of(Integer.parseInt(y.group(1)), 1, 1);
        }
        return t.from();
    }

    private static String part(TimexMod mod) {
        if (mod == null) {
            return "";
        }
        return switch (mod) {
            case START -> "early ";
            case MID -> "mid-";
            case END -> "late ";
            case APPROX -> "about ";
            case BEFORE -> "before ";
            case AFTER -> "after ";
            case ON_OR_BEFORE -> "by ";
            case ON_OR_AFTER -> "from ";
            default -> "";
        };
    }

    private static String withPart(TimexMod mod, String period) {
        return switch (mod == null ? TimexMod.EQUAL_OR_MORE : mod) {
            case START -> "early in " + period;
            case MID -> "the middle of " + period.substring(4);
            case END -> "late in " + period;
            default -> part(mod) + period;
        };
    }

    private static String day(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + monthDay(d) + ", " + d.getYear();
    }

    private static String monthDay(LocalDate d) {
        return month(d) + " " + d.getDayOfMonth();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String shortMonth(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String timeOfDay(String value) {
        Matcher p = PART_OF_DAY.matcher(value);
        if (p.matches()) {
            return switch (p.group(1)) {
                case "MO" -> ", in the morning";
                case "AF" -> ", in the afternoon";
                case "EV" -> ", in the evening";
                case "NI" -> ", at night";
                default -> ", during the day";
            };
        }
        Matcher m = TIME.matcher(value);
        if (m.matches()) {
            return ", " + m.group(1) + ":" + (m.group(2) == null ? "00" : m.group(2));
        }
        return "";
    }

    private static String season(String value) {
        return switch (value.substring(value.length() - 2)) {
            case "SP" -> "spring";
            case "SU" -> "summer";
            case "FA" -> "fall";
            default -> "winter";
        };
    }

    /** Winter runs over New Year: "winter 2021–22". */
    private static String seasonYear(Timex t) {
        int y = Integer.parseInt(t.value().substring(0, 4));
        return t.value().endsWith("WI") ? y + "–" + String.format("%02d", (y + 1) % 100) : Integer.toString(y);
    }

    private static int quarter(String value) {
        return value.charAt(value.length() - 1) - '0';
    }

    private static int half(String value) {
        return value.charAt(value.length() - 1) - '0';
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> "fourth";
        };
    }
}

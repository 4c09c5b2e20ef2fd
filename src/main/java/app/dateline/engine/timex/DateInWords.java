package app.dateline.engine.timex;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a reader would say them: "Thursday, September 23, 2021", "late January 2024", "summer 2021",
 * "the 1990s". The one writer of dates in words: the window, the pictures, the exports' {@code words} and
 * TimelineJS's display dates all say a date the same way.
 */
public final class DateInWords {

    private static final Pattern TIME = Pattern.compile(".*T(\\d{2})(?::(\\d{2}))?.*");
    private static final Pattern PART_OF_DAY = Pattern.compile(".*T(MO|AF|EV|NI|DT)$");
    private static final Pattern YEAR_IN = Pattern.compile("^(\\d{4})");

    private DateInWords() {
    }

    /** The date in words, as precise as the text was: no more, no less. */
    public static String of(Timex t) {
        if (isRange(t)) {
            return rangeOf(rangeStart(t), rangeEnd(t));
        }
        if (!t.isAnchoredPoint()) {
            return notOnTheCalendar(t);
        }
        LocalDate from = t.from();
        String part = part(t.mod());
        return switch (t.granularity()) {
            case TIME -> onTheDay(t.mod()) + day(from) + timeOfDay(t.value());
            case DAY -> onTheDay(t.mod()) + day(from);
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

    /** A range of disagreeing sources' dates ("2021-07/2021-08"), as a merged event may carry. */
    private static boolean isRange(Timex t) {
        return t.value().indexOf('/') > 0 && t.type().isPoint();
    }

    /**
     * Disagreeing sources' dates, from the earliest to the latest: days without their weekdays and times, and
     * what two days share said once ("April 19 to 20, 2010"), so that the range reads as one date.
     */
    private static String rangeOf(Timex first, Timex last) {
        if (onADay(first) && onADay(last)) {
            LocalDate a = first.from();
            LocalDate b = last.from();
            if (a.getYear() != b.getYear()) {
                return monthDay(a) + ", " + a.getYear() + " to " + monthDay(b) + ", " + b.getYear();
            }
            return (a.getMonth() == b.getMonth() ? monthDay(a) + " to " + b.getDayOfMonth() : monthDay(a) + " to " + monthDay(b))
                    + ", " + b.getYear();
        }
        return dayPlainly(first) + " to " + dayPlainly(last);
    }

    private static boolean onADay(Timex t) {
        return t.isAnchoredPoint() && (t.granularity() == Granularity.DAY || t.granularity() == Granularity.TIME);
    }

    /** A day without its weekday or time ("May 14, 2010"), anything else in its words. */
    private static String dayPlainly(Timex t) {
        return onADay(t) ? monthDay(t.from()) + ", " + t.from().getYear() : of(t);
    }

    private static Timex rangeStart(Timex t) {
        return Timex.of(t.type(), t.value().substring(0, t.value().indexOf('/')), null);
    }

    private static Timex rangeEnd(Timex t) {
        return Timex.of(t.type(), t.value().substring(t.value().indexOf('/') + 1), null);
    }

    /** The first day of a value's whole period, before early/mid/late narrowed it. */
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

    /** A day's mod: "about", "before", "by", "late on"...; "mid-" says nothing of a day. */
    private static String onTheDay(TimexMod mod) {
        if (mod == TimexMod.START || mod == TimexMod.END) {
            return part(mod) + "on ";
        }
        return mod == TimexMod.MID ? "" : part(mod);
    }

    /** A quarter or a half with its mod: "early in the first quarter of 2021". */
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

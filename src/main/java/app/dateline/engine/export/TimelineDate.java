package app.dateline.engine.export;

import app.dateline.engine.merge.EventDate;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexSpan;
import app.dateline.engine.timex.TimexValues;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's date as TimelineJS reads it: a start and maybe an end, each with only the parts the date knows
 * (a month event has no day, a year event only a year), and a display date where TimelineJS's own formatting
 * would say too much or too little ("Late January 2024", "Summer 2021", "The 1990s", a disagreement).
 *
 * <p>Precision: a date of one unit (a day, a month, a year) is a start alone; a date that names a span of
 * several units of what TimelineJS can write (a week of days, a season or quarter of months, a decade of
 * years) has an end too, so TimelineJS draws the span. Early, mid and late narrow the span, which is then
 * written one unit finer and said in words: "late 2021" runs from September to December 2021 and shows as
 * "Late 2021"; "late January 2024" runs from the 22nd to the 31st and shows as "Late January 2024".
 */
public record TimelineDate(Parts start, Parts end, String display) {

    /** Year, and month, day, hour and minute when known (null when not). */
    public record Parts(int year, Integer month, Integer day, Integer hour, Integer minute) {

        static Parts year(int y) {
            return new Parts(y, null, null, null, null);
        }

        static Parts month(LocalDate d) {
            return new Parts(d.getYear(), d.getMonthValue(), null, null, null);
        }

        static Parts day(LocalDate d) {
            return new Parts(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, null);
        }

        /** "14:30" for the spreadsheet's Time column, or empty. */
        public String time() {
            return hour == null ? "" : String.format(Locale.ROOT, "%02d:%02d", hour, minute == null ? 0 : minute);
        }
    }

    private static final Pattern CLOCK = Pattern.compile("T(\\d{2}):?(\\d{2})?");

    public static TimelineDate of(EventDate date) {
        if (date.isRange()) {
            Made first = single(date.startValue(), null);
            Made last = single(date.endValue(), null);
            return new TimelineDate(first.start(), last.end() != null ? last.end() : last.start(),
                    first.words() + " \u2013 " + last.words() + " (sources disagree)");
        }
        Made d = single(date.value(), date.mod());
        return new TimelineDate(d.start(), d.end(), d.needsDisplay() ? d.words() : null);
    }

    /** The date in words, as a reader says it: "Late January 2024", "Summer 2021", "July 2021 \u2013 August 2021". */
    public static String words(EventDate date) {
        if (!date.isPlottable()) {
            return date.value();
        }
        if (date.isRange()) {
            return single(date.startValue(), null).words() + " \u2013 " + single(date.endValue(), null).words();
        }
        return single(date.value(), date.mod()).words();
    }

    /** Parts, the date in words, and whether TimelineJS needs those words to show it right. */
    private record Made(Parts start, Parts end, String words, boolean needsDisplay) {
    }

    /** A plain TIMEX3 value at its own precision. */
    private static Made single(String value, TimexMod mod) {
        Granularity g = TimexValues.granularity(value);
        TimexSpan span = TimexValues.span(value);
        if (span == null) {
            throw new IllegalArgumentException("not a calendar date: " + value);
        }
        LocalDate from = span.from();
        LocalDate to = span.to();
        String part = part(mod);
        boolean modded = !part.isEmpty();
        TimexSpan narrowed = TimexValues.span(value, mod);
        if (narrowed != null && !narrowed.equals(span)) {
            String words = single(value, null).words();
            String said;
            if (g == Granularity.YEAR && mod == TimexMod.MID) {
                said = "Mid-" + words;
            } else if (g == Granularity.DECADE || g == Granularity.CENTURY) {
                said = "The " + part + words.substring("The ".length());
            } else {
                said = cap(part + (words.matches("^(Spring|Summer|Autumn|Winter|Week|First|Second|Third|Fourth) .*")
                        ? words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1) : words));
            }
            return finer(g, narrowed, said);
        }
        return switch (g) {
            case TIME -> time(value, from);
            case DAY -> new Made(Parts.day(from), null, cap(part + dayName(from)), modded);
            case WEEK -> new Made(Parts.day(from), Parts.day(to), cap(part + "week of " + dayName(from)), true);
            case MONTH -> new Made(Parts.month(from), null, cap(part + monthName(from) + " " + from.getYear()), modded);
            case SEASON -> new Made(Parts.month(from), Parts.month(to), cap(part + season(value) + " " + from.getYear()), true);
            case QUARTER -> new Made(Parts.month(from), Parts.month(to),
                    cap(part + ordinal(value.charAt(value.length() - 1)) + " quarter of " + from.getYear()), true);
            case HALF_YEAR -> new Made(Parts.month(from), Parts.month(to),
                    cap(part + (value.endsWith("1") ? "first" : "second") + " half of " + from.getYear()), true);
            case YEAR -> new Made(Parts.year(from.getYear()), null,
                    modded ? cap(part.strip() + (mod == TimexMod.MID ? "-" : " ") + from.getYear()) : String.valueOf(from.getYear()), modded);
            case DECADE -> new Made(Parts.year(from.getYear()), Parts.year(to.getYear()), cap(part + "the " + from.getYear() + "s"), true);
            case CENTURY -> new Made(Parts.year(from.getYear()), Parts.year(to.getYear()), cap(part + TimexValues.centuryWords(value)), true);
            case NONE -> throw new IllegalArgumentException("not a calendar date: " + value);
        };
    }

    /** An early/mid/late date: its narrowed span one unit finer than its value, with its words. */
    private static Made finer(Granularity g, TimexSpan span, String words) {
        return switch (g) {
            case MONTH, WEEK, DAY, TIME -> new Made(Parts.day(span.from()), Parts.day(span.to()), words, true);
            case DECADE, CENTURY -> new Made(Parts.year(span.from().getYear()), Parts.year(span.to().getYear()), words, true);
            default -> new Made(Parts.month(span.from()), Parts.month(span.to()), words, true);
        };
    }

    private static Made time(String value, LocalDate day) {
        Matcher m = CLOCK.matcher(value.substring(10));
        if (m.lookingAt()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return new Made(new Parts(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), h, min), null,
                    dayName(day) + String.format(Locale.ROOT, ", %02d:%02d", h, min), false);
        }
        String when = switch (value.substring(value.indexOf('T') + 1)) {
            case "MO" -> "morning";
            case "AF" -> "afternoon";
            case "EV" -> "evening";
            case "NI" -> "night";
            default -> "";
        };
        return new Made(Parts.day(day), null, dayName(day) + (when.isEmpty() ? "" : ", " + when), !when.isEmpty());
    }

    private static String part(TimexMod mod) {
        if (mod == null) {
            return "";
        }
        return switch (mod) {
            case START -> "early ";
            case MID -> "mid ";
            case END -> "late ";
            case APPROX -> "about ";
            case BEFORE, ON_OR_BEFORE -> "before ";
            case AFTER, ON_OR_AFTER -> "after ";
            default -> "";
        };
    }

    private static String season(String value) {
        return switch (value.substring(value.length() - 2)) {
            case "SP" -> "spring";
            case "SU" -> "summer";
            case "FA" -> "autumn";
            default -> "winter";
        };
    }

    private static String ordinal(char n) {
        return switch (n) {
            case '1' -> "first";
            case '2' -> "second";
            case '3' -> "third";
            default -> "fourth";
        };
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String dayName(LocalDate d) {
        return d.getDayOfMonth() + " " + monthName(d) + " " + d.getYear();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package app.dateline.engine.export;

import app.dateline.engine.merge.EventDate;
import app.dateline.engine.timex.DateInWords;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexSpan;
import app.dateline.engine.timex.TimexValues;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's date as TimelineJS reads it: a start and maybe an end, each with only the parts the date knows
 * (a month event has no day, a year event only a year), and a display date where TimelineJS's own formatting
 * would say too much or too little ("Late January 2024", "Summer 2021", "The 1990s", a disagreement), in the
 * words of {@link DateInWords}, so the window and the exports say a date alike.
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
                    cap(words(date)) + " (sources disagree)");
        }
        Made d = single(date.value(), date.mod());
        return new TimelineDate(d.start(), d.end(), d.needsDisplay() ? cap(words(date)) : null);
    }

    /** The date in words as the window says it ({@link DateInWords}): "late January 2024", "summer 2021". */
    public static String words(EventDate date) {
        return DateInWords.of(date.timex());
    }

    /** Parts, and whether TimelineJS needs the date's words to show it right. */
    private record Made(Parts start, Parts end, boolean needsDisplay) {
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
        boolean modded = mod != null && mod != TimexMod.EQUAL_OR_LESS && mod != TimexMod.EQUAL_OR_MORE
                && mod != TimexMod.LESS_THAN && mod != TimexMod.MORE_THAN;
        TimexSpan narrowed = TimexValues.span(value, mod);
        if (narrowed != null && !narrowed.equals(span)) {
            return finer(g, narrowed);
        }
        return switch (g) {
            case TIME -> time(value, from);
            case DAY -> new Made(Parts.day(from), null, modded);
            case WEEK -> new Made(Parts.day(from), Parts.day(to), true);
            case MONTH -> new Made(Parts.month(from), null, modded);
            case SEASON, QUARTER, HALF_YEAR -> new Made(Parts.month(from), Parts.month(to), true);
            case YEAR -> new Made(Parts.year(from.getYear()), null, modded);
            case DECADE, CENTURY -> new Made(Parts.year(from.getYear()), Parts.year(to.getYear()), true);
            case NONE -> throw new IllegalArgumentException("not a calendar date: " + value);
        };
    }

    /** An early/mid/late date: its narrowed span one unit finer than its value. */
    private static Made finer(Granularity g, TimexSpan span) {
        return switch (g) {
            case MONTH, WEEK, DAY, TIME -> new Made(Parts.day(span.from()), Parts.day(span.to()), true);
            case DECADE, CENTURY -> new Made(Parts.year(span.from().getYear()), Parts.year(span.to().getYear()), true);
            default -> new Made(Parts.month(span.from()), Parts.month(span.to()), true);
        };
    }

    /** A clock time is a start TimelineJS can write itself; a part of the day needs words. */
    private static Made time(String value, LocalDate day) {
        Matcher m = CLOCK.matcher(value.substring(10));
        if (m.lookingAt()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return new Made(new Parts(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), h, min), null, false);
        }
        return new Made(Parts.day(day), null, true);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

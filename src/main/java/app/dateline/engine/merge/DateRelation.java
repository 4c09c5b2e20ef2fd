package app.dateline.engine.merge;

import app.dateline.engine.timex.Granularity;
import java.time.LocalDate;

/**
 * How two dates stand to each other, from the closest (the same days) to the farthest (cannot be one event).
 * The merger asks for more textual similarity the farther apart two dates are.
 */
public enum DateRelation {
    /** The same days ("August 2021" and "last month" in September 2021). */
    SAME,
    /** One inside the other, the outer no longer than a season ("late January" in "January"). */
    INSIDE,
    /** One inside a longer one: a half-year or a year ("2001" and "September 11, 2001"). */
    INSIDE_COARSE,
    /** Overlapping without either holding the other ("late 2021" and "September 2021"... ends). */
    OVERLAP,
    /** Apart but adjacent: fewer days between them than the shorter one covers ("July 2021" and "August 2021",
     *  "2021" and "2022", but not "July 2021" and "2022"):
     *  one event only if the sentences say the same thing, and then the sources disagree. */
    NEAR,
    /** Cannot be one event: too far apart, two clock times of one day an hour or more apart, too vague to identify an event (decades, centuries, unanchored
     *  values), or one source reports a past event and the other dates it after the first was written. */
    FAR;

    /** Spans longer than a season count as coarse. */
    static final long COARSE_DAYS = 92;

    /**
     * The relation of two sources' dates, knowing when each was written: an article that reports something
     * already under way (its date starts on or before the article's own date) cannot be describing an event
     * another source dates after the article was written. An article of 29 July 2021 that says "earlier in
     * July" is not about an event of August 2021, however alike the words. Forecasts (dates after the
     * article) are not held to this.
     *
     * @param aWritten the date of the article {@code a} comes from, or null when unknown
     */
    public static DateRelation of(EventDate a, LocalDate aWritten, EventDate b, LocalDate bWritten) {
        DateRelation r = of(a, b);
        if (r != FAR && (reportsBefore(a, aWritten, b) || reportsBefore(b, bWritten, a))) {
            return FAR;
        }
        return r;
    }

    private static boolean reportsBefore(EventDate mine, LocalDate written, EventDate other) {
        return written != null && !mine.from().isAfter(written) && other.from().isAfter(written);
    }

    public static DateRelation of(EventDate a, EventDate b) {
        if (!a.isPlottable() || !b.isPlottable() || tooVague(a.granularity()) || tooVague(b.granularity())) {
            return FAR;
        }
        LocalDate af = a.from();
        LocalDate at = a.to();
        LocalDate bf = b.from();
        LocalDate bt = b.to();
        if (af.equals(bf) && at.equals(bt)) {
            return apartOnTheClock(a, b) ? FAR : SAME;
        }
        boolean aInB = !af.isBefore(bf) && !at.isAfter(bt);
        boolean bInA = !bf.isBefore(af) && !bt.isAfter(at);
        if (aInB || bInA) {
            long outer = aInB ? b.days() : a.days();
            return outer > COARSE_DAYS ? INSIDE_COARSE : INSIDE;
        }
        if (!af.isAfter(bt) && !bf.isAfter(at)) {
            return OVERLAP;
        }
        long between = af.isAfter(bt) ? af.toEpochDay() - bt.toEpochDay() - 1 : bf.toEpochDay() - at.toEpochDay() - 1;
        return between < Math.min(a.days(), b.days()) && !reportingPeriodBeside(a, b) ? NEAR : FAR;
    }

    /**
     * Whether one date is a quarter or a half year and the other is not: a quarter is the period a company reports
     * on ("more than doubling of first-quarter net profits", written in April), not a rough date of a happening, so
     * the first quarter beside April is two things, not sources that disagree about one.
     */
    private static boolean reportingPeriodBeside(EventDate a, EventDate b) {
        return period(a.granularity()) != period(b.granularity());
    }

    private static boolean period(Granularity g) {
        return g == Granularity.QUARTER || g == Granularity.HALF_YEAR;
    }

    /** A clock time in a TIME value: "2009-05-29T14:04" (hours and minutes). */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("T(\\d{2}):(\\d{2})");
    /** Two clock times of one day at least this far apart are two moments. */
    static final int CLOCK_MINUTES = 60;

    /**
     * True when both values give a clock time and they are an hour or more apart: "at 2:04 pm" and "at 8:28 pm" of
     * one day are two moments (two comments posted, two statements), whatever their sentences share.
     */
    static boolean apartOnTheClock(EventDate a, EventDate b) {
        if (a.granularity() != Granularity.TIME || b.granularity() != Granularity.TIME) {
            return false;
        }
        java.util.regex.Matcher ma = CLOCK.matcher(a.value());
        java.util.regex.Matcher mb = CLOCK.matcher(b.value());
        if (!ma.find() || !mb.find()) {
            return false;
        }
        int minutesA = Integer.parseInt(ma.group(1)) * 60 + Integer.parseInt(ma.group(2));
        int minutesB = Integer.parseInt(mb.group(1)) * 60 + Integer.parseInt(mb.group(2));
        return Math.abs(minutesA - minutesB) >= CLOCK_MINUTES;
    }

    private static boolean tooVague(Granularity g) {
        return g == Granularity.DECADE || g == Granularity.CENTURY || g == Granularity.NONE;
    }

    /** The farther of two relations. */
    DateRelation worst(DateRelation other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

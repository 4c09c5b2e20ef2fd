package app.dateline.engine.tagger;

import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexSpan;
import app.dateline.engine.timex.TimexValues;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the underspecified values rules produce into TIMEX3 values, against the article date (or the
 * date mentioned before, for {@code REF} forms) and the tense that governs the expression. The forms:
 * <ul>
 *   <li>{@code UNDEF-year-MM}, {@code UNDEF-year-MM-DD}, {@code UNDEF-year-SU}, {@code UNDEF-year-Q3}: the year is
 *       missing ("in April", "the third quarter"). Past tense takes the latest one up to the article date,
 *       future tense the next one; without a tense the past one unless the next is less than half as far.
 *       A day or quarter more than eight months away the tense points to is taken the other way ("payable Dec. 7" in a past-tense sentence of
 *       November; "expects a third-quarter loss" in October): writers add the year to those when far.</li>
 *   <li>{@code UNDEF-latest-year-MM-DD}: the latest one up to the reference, however far: the day a period that is
 *       over ended ("the fiscal year ended Jan. 31"), the day something has gone on since ("since his death on 25
 *       June").</li>
 *   <li>{@code UNDEF-this-UNIT}, {@code UNDEF-this-UNIT-MINUS-2}, {@code -PLUS-1}: the article's day, week, month,
 *       quarter, year, decade or century, shifted ("last week", "two years ago")</li>
 *   <li>{@code UNDEF-ago-year-MINUS-1}: as {@code this}, but when the date under discussion is recent and finer
 *       than a year, that date a year before ("up from $5 a year ago" in a report on the third quarter is the
 *       third quarter of the year before)</li>
 *   <li>{@code UNDEF-last-MM}, {@code UNDEF-next-SU}, {@code UNDEF-this-SP}: the month or season before, after or
 *       of the article date ("last December", "this spring")</li>
 *   <li>{@code UNDEF-weekday-N}, {@code UNDEF-last-weekday-N}, {@code UNDEF-next-weekday-N}: a day of the week,
 *       1 = Monday ("said Friday")</li>
 *   <li>{@code UNDEF-REF-...}: any of the above, against the date mentioned before instead; a year shift of a
 *       finer date keeps its granularity ("a year earlier" after "the third quarter" is that quarter a year
 *       before), unless the form names the whole unit: {@code UNDEF-REF-the-year-PLUS-1} ("the following year"
 *       after "May 22, 1995" is 1996)</li>
 *   <li>{@code UNDEF-REF-quarter}: the quarter under discussion ("the quarter", "the year-ago quarter" with
 *       {@code -MINUS-4}): the quarter mentioned before, else the last quarter that has ended;
 *       {@code UNDEF-REF-latest-quarter} takes the one mentioned before only when it has ended;
 *       {@code UNDEF-REF-quarter-IN-1988} is that quarter in 1988 ("the 1988 period")</li>
 * </ul>
 * A suffix after {@code +} is appended to the result ({@code UNDEF-weekday-3+TEV} is Wednesday evening,
 * {@code UNDEF-this-year-PLUS-1+-Q1} the first quarter of next year). A value ending in {@code =week} is the
 * ISO week that holds the day it names ({@code UNDEF-year-03-06=week}: "the week of March 6"); one ending in
 * {@code =century} is the century that holds the year it names ({@code UNDEF-this-year-MINUS-50=century}: "the
 * past century", the hundred years up to the writer's day, most of which lie in that century).
 * {@code UNDEF-short-decade-2} is "the '20s": the 2020s when they have begun by the article date, else the 1920s.
 * Without a reference date the parts the text does not give stay X ({@code XXXX-04}), anchored to nothing.
 */
public final class Resolver {

    private static final Pattern YEAR_MISSING = Pattern.compile("UNDEF-(REF-)?(?:latest-)?year-(\\d{2}(?:-\\d{2}(?:-D[1-7])?)?|E-?\\d{1,2}|EW|SP|SU|FA|WI|Q[1-4]|H[12])");
    /** A holiday that falls on a weekday: the first weekday D on or after a day ("11-22-D4" is Thanksgiving). */
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ON_OR_AFTER = Pattern.compile("(\\d{2})-(\\d{2})-D([1-7])");
    /**
     * A movable feast: so many days after ({@code E1}) or before ({@code E-2}) Easter Sunday ({@code E0}), or
     * the week that ends on it ({@code EW}, Holy Week).
     */
    private static final Pattern FROM_EASTER = Pattern.compile("E(-?\\d{1,2}|W)");
    private static final Pattern SHIFT = Pattern.compile(
            "UNDEF-(REF|this|ago)-(?:the-|latest-)?(day|week|weekend|month|quarter|half|year|decade|century)(?:-(PLUS|MINUS)-(\\d+|X))?");
    private static final Pattern IN_YEAR = Pattern.compile("(UNDEF-.*)-IN-(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("UNDEF-(REF-)?(last|next|this)-(\\d{2}|SP|SU|FA|WI)");
    private static final Pattern WEEKDAY = Pattern.compile("UNDEF-(REF-)?(?:(last|next|this)-)?weekday-([1-7]|WE)");

    /** The end of a value that asks for the week holding the day ({@code UNDEF-year-03-06=week}). */
    private static final String WEEK_OF = "=week";
    /** The end of a value that asks for the century holding the year ({@code UNDEF-this-year-MINUS-50=century}). */
    private static final String CENTURY_OF = "=century";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A decade of the 1900s or 2000s written with two digits, "the '20s" ({@code UNDEF-short-decade-2}). */
    private static final Pattern SHORT_DECADE = Pattern.compile("UNDEF-short-decade-([0-2])");

    /** A day or quarter the tense points to is taken the other way when it is further than this many days away. */
    private static final int FARTHEST = 240;
    /**
     * A day a past tense names is taken as the one ahead (when the last one is further than {@link #FARTHEST}) only this
     * near, a quarter: "have postponed the shows to July 31" in May; not "the fatal blow-out on 20 April" in January.
     */
    private static final int PAST_TURNS_AHEAD = 91;
    /** In narrative, a month or day at most this many days after the story's time is in the year ahead. */
    private static final int STORY_AHEAD = 62;
    /** A date under discussion older than this is not what "a year ago" or "the quarter" refers to. */
    private static final int RECENT_DAYS = 400;
    /** A date under discussion that ended at least this many days before the article date is already a year back. */
    private static final int YEAR_BACK_MIN_DAYS = 270;
    /** Years after which the leap years repeat: 400 years of the Gregorian calendar, ten times over. */
    private static final int LEAP_CYCLES = 4000;

    /**
     * @param value     the rule's value, filled in
     * @param dct       the article date, or null when unknown
     * @param previous  the last anchored date mentioned before this one (a year or finer), or null
     */
    public ResolvedValue resolve(String value, LocalDate dct, Timex previous, Tense tense) {
        return resolve(value, dct, previous, tense, null);
    }

    /**
     * As {@link #resolve(String, LocalDate, Timex, Tense)}, in narrative: a form that would be read against the
     * article date is read against {@code story}, the date the story is at (the last one given before), and
     * a month or day without a year takes that date's year. "ago" stays with the article date: it counts back
     * from when the text was written.
     *
     * @param story the story time, or null for news (the article date)
     */
    public ResolvedValue resolve(String value, LocalDate dct, Timex previous, Tense tense, Timex story) {
        return resolve(value, dct, previous, tense, story, false);
    }

    /**
     * As {@link #resolve(String, LocalDate, Timex, Tense, Timex)}, saying whether {@code previous} was itself read
     * against the article date or the date before it ("last year", "a year ago", "the year-ago quarter") rather
     * than written out. A year comparison right after such a date, when it already lies a year before the
     * article, is that date: "Last year losses totaled $5 million. The year-earlier results were restated."
     *
     * @param previousRelative whether {@code previous} was read relative to another date
     */
    public ResolvedValue resolve(String value, LocalDate dct, Timex previous, Tense tense, Timex story, boolean previousRelative) {
        if (value.endsWith(WEEK_OF)) {
            // "the week of March 6": the week that holds the day
            ResolvedValue day = resolve(value.substring(0, value.length() - WEEK_OF.length()), dct, previous, tense, story, previousRelative);
            Matcher d = ISO_DAY.matcher(day.value());
            return d.matches() ? new ResolvedValue(week(LocalDate.parse(day.value())), new Anchor(day.anchor().kind(),
                    day.anchor().reference(), "the week that holds " + day.value() + "; " + day.anchor().explanation())) : day;
        }
        Matcher shortDecade = SHORT_DECADE.matcher(value);
        if (shortDecade.matches()) {
            // "the '20s": the 2020s once they have begun by the writer's day, else the 1920s (a writer of 1989)
            int d = Integer.parseInt(shortDecade.group(1));
            if (dct == null) {
                return new ResolvedValue("20" + d, Anchor.explicit());
            }
            boolean begun = 2000 + 10 * d <= dct.getYear();
            String note = begun ? "the " + (2000 + 10 * d) + "s, begun by the article date " + dct
                    : "the " + (1900 + 10 * d) + "s: the " + (2000 + 10 * d) + "s had not begun by the article date " + dct;
            return new ResolvedValue((begun ? "20" : "19") + d, new Anchor(AnchorKind.ARTICLE_DATE, dct, note));
        }
        if (value.endsWith(CENTURY_OF)) {
            // "the past century": the century that holds the year (50 years back: most of the hundred years)
            ResolvedValue year = resolve(value.substring(0, value.length() - CENTURY_OF.length()), dct, previous, tense, story, previousRelative);
            return YEAR.matcher(year.value()).matches() ? new ResolvedValue(BcDates.century(Integer.parseInt(year.value()), 0),
                    new Anchor(year.anchor().kind(), year.anchor().reference(), "the century that holds " + year.value() + "; "
                            + year.anchor().explanation())) : year;
        }
        String suffix = "";
        int plus = value.indexOf('+');
        if (plus > 0) {
            suffix = value.substring(plus + 1);
            value = value.substring(0, plus);
        }
        if (!value.startsWith("UNDEF-")) {
            return new ResolvedValue(value + suffix, Anchor.explicit());
        }
        Matcher in = IN_YEAR.matcher(value);
        if (in.matches()) {
            ResolvedValue q = resolve(in.group(1), dct, previous, tense, story, previousRelative);
            String year = in.group(2);
            return q.value().matches("\\d{4}-Q\\d") ? new ResolvedValue(year + q.value().substring(4) + suffix,
                    new Anchor(q.anchor().kind(), q.anchor().reference(), q.anchor().explanation() + ", in " + year))
                    : new ResolvedValue(year + suffix, Anchor.explicit());
        }
        Matcher m = SHIFT.matcher(value);
        boolean shift = m.matches();
        String unit = shift ? m.group(2) : null;
        boolean fromPrevious = value.startsWith("UNDEF-REF-") && usable(previous, unit);
        LocalDate ref = fromPrevious ? previous.from() : dct;
        if ("quarter".equals(unit) && value.startsWith("UNDEF-REF-")) {
            // a forecast ("the third quarter of 1990") is not the quarter a report discusses
            // and "the latest quarter" has ended by the article date (UNDEF-REF-latest-quarter)
            boolean ended = !value.contains("-latest-") || dct == null || previous == null || previous.to() == null
                    || previous.to().isBefore(dct);
            Timex discussed = recent(previous, dct) && (dct == null || !previous.from().isAfter(dct)) && ended ? previous : null;
            fromPrevious = discussed != null && discussed.granularity() == Granularity.QUARTER;
            ref = fromPrevious ? discussed.from() : dct == null ? null : dct.minusMonths(3);
        }
        boolean told = story != null && story.from() != null && !fromPrevious && !value.startsWith("UNDEF-ago-");
        if (told) {
            ref = story.from();
        }
        AnchorKind kind = told ? AnchorKind.STORY_TIME : fromPrevious ? AnchorKind.PREVIOUS_DATE : AnchorKind.ARTICLE_DATE;
        String refWords = told ? "the time the story is at, " + story.value() + " (the date last given in the text)"
                : kind == AnchorKind.PREVIOUS_DATE ? "the date mentioned before, " + previous.value()
                : "quarter".equals(unit) && value.startsWith("UNDEF-REF-") ? "the last quarter ended by the article date " + dct
                : "the article date " + ref;
        ResolvedValue r;
        if (shift && "X".equals(m.group(4))) {
            // "several years ago", "in the coming days": a direction without a distance
            r = new ResolvedValue(m.group(3).equals("MINUS") ? "PAST_REF" : "FUTURE_REF",
                    new Anchor(kind, ref, "some time " + (m.group(3).equals("MINUS") ? "before " : "after ") + refWords));
        } else if (shift) {
            int n = m.group(3) == null ? 0 : Integer.parseInt(m.group(4)) * (m.group(3).equals("PLUS") ? 1 : -1);
            // "a year ago/earlier" compares with the date under discussion; "50 years ago" is just a year
            // ... but "the following year" names a year: UNDEF-REF-the-year-PLUS-1
            boolean oneYear = unit.equals("year") && Math.abs(n) == 1 && finerThanYear(previous) && !value.contains("-the-");
            boolean ago = m.group(1).equals("ago") && oneYear && recent(previous, dct);
            if (previousRelative && fromPrevious && n == -1 && unit.equals("year") && !value.contains("-the-") && story == null
                    && alreadyAYearBack(previous, dct)) {
                // "The year-ago results" right after "the year-ago quarter": the comparison is the date under
                // discussion itself, which already lies a year before the article
                r = new ResolvedValue(previous.value(), new Anchor(AnchorKind.PREVIOUS_DATE, previous.from(),
                        "the date under discussion, " + previous.value() + ", which is already a year before the article date " + dct));
            } else if (ago || fromPrevious && oneYear) {
                r = new ResolvedValue(shiftYears(previous.value(), n), new Anchor(AnchorKind.PREVIOUS_DATE, previous.from(),
                        Math.abs(n) + " year" + (Math.abs(n) == 1 ? "" : "s") + (n < 0 ? " before " : " after ")
                                + "the date under discussion, " + previous.value()));
            } else if (fromPrevious && n == 0 && unit.equals("day") && previous.granularity() == Granularity.MONTH) {
                // "last October when he was shot ... crossed out that same day": a day of that month, not its first
                r = new ResolvedValue(previous.value() + "-XX", new Anchor(kind, ref,
                        "the same day as " + refWords + ", a day of that month the text does not give"));
            } else {
                r = shift(unit, n, ref, kind, refWords);
            }
        } else if ((m = YEAR_MISSING.matcher(value)).matches()) {
            boolean over = value.contains("-latest-"); // "the year ended Jan. 31", "since 25 June": the latest one, however far
            r = told ? storyYear(m.group(2), ref, kind, refWords)
                    : yearMissing(m.group(2), ref, over ? Tense.PAST : tense, !over, kind, refWords);
        } else if ((m = NAMED.matcher(value)).matches()) {
            r = named(m.group(2), m.group(3), ref, kind, refWords);
        } else if (told && story.granularity().compareTo(Granularity.WEEK) > 0 && (m = WEEKDAY.matcher(value)).matches()) {
            // "in 1989 ... on Friday": a year or a month holds many Fridays, and counting back from its first day gave
            // the last Friday of the year before (2008-12-26 for a Reuters story of 1 May 2009 that named "2009")
            r = unanchored("XXXX-WXX-" + m.group(3), "a day of the week the text does not place: the time the story is at, "
                    + story.value() + ", holds many");
        } else if ((m = WEEKDAY.matcher(value)).matches()) {
            boolean weekend = m.group(3).equals("WE");
            r = weekday(m.group(2), weekend ? 6 : Integer.parseInt(m.group(3)), ref, tense, kind, refWords);
            if (weekend && ref != null && "this".equals(m.group(2)) && tense != Tense.FUTURE && ref.getDayOfWeek() == DayOfWeek.SUNDAY) {
                // "Great weekend staycation!" written on a Sunday: the weekend it is, not the next one
                r = new ResolvedValue(BcDates.day(ref.minusDays(1)), new Anchor(kind, ref, "the weekend in progress on " + refWords));
            }
            if (weekend) {
                r = ref == null ? unanchored("XXXX-WXX-WE", "a weekend; the article has no date") : weekendOf(r);
            }
        } else {
            throw new IllegalArgumentException("not a value form the resolver knows: " + value);
        }
        return new ResolvedValue(r.value() + suffix, r.anchor());
    }

    /**
     * A count later ({@code UNDEF-REF-decade-PLUS-3}) with no date of the text to count from: its unit, unknown
     * ({@code XXX} for a decade), rather than a time after the article date.
     */
    ResolvedValue uncounted(String value) {
        Matcher m = SHIFT.matcher(value);
        if (!m.matches() || m.group(3) == null) {
            throw new IllegalArgumentException("not a count of units: " + value);
        }
        return unanchored(unknown(m.group(2)), m.group(4) + " " + m.group(2) + "(s) after a date the text does not give"
                + " (counted from the article date or the date before it, it would lie after the article date)");
    }

    /** Whether the date mentioned before can anchor a shift in {@code unit}: days to months need a date of a month or finer. */
    private static boolean usable(Timex previous, String unit) {
        if (previous == null || previous.from() == null) {
            return false;
        }
        boolean small = unit == null || unit.equals("day") || unit.startsWith("week") || unit.equals("month");
        return !small || previous.granularity().compareTo(Granularity.MONTH) <= 0;
    }

    /**
     * Whether {@code t} ended between {@link #YEAR_BACK_MIN_DAYS} days and two years before the article date:
     * a date a report already compares with, not the one it reports on.
     */
    private static boolean alreadyAYearBack(Timex t, LocalDate dct) {
        if (dct == null || t == null || t.to() == null) {
            return false;
        }
        long days = dct.toEpochDay() - t.to().toEpochDay();
        return days >= YEAR_BACK_MIN_DAYS && days <= 2 * 365;
    }

    private static boolean finerThanYear(Timex t) {
        return t != null && t.from() != null && t.granularity().compareTo(Granularity.YEAR) < 0;
    }

    private static boolean recent(Timex t, LocalDate dct) {
        if (t == null || t.from() == null) {
            return false;
        }
        return dct == null || Math.abs(dct.toEpochDay() - t.from().toEpochDay()) <= RECENT_DAYS;
    }

    /** 1989-Q3 shifted by -1 year is 1988-Q3, BC0490 by +1 is BC0489; a time of day is dropped. */
    static String shiftYears(String value, int n) {
        boolean bc = value.startsWith("BC");
        String digits = bc ? value.substring(2) : value;
        int written = Integer.parseInt(digits.substring(0, 4));
        int year = (bc ? 1 - written : written) + n;
        String rest = digits.substring(4);
        int t = rest.indexOf('T');
        if (t >= 0) {
            rest = rest.substring(0, t);
        }
        if (rest.matches("-\\d{2}-\\d{2}") && rest.equals("-02-29")) {
            rest = "-02-28";
        }
        return BcDates.year(year) + rest;
    }

    /** Whether a year-less form is a holiday's rule ("11-22-D4", "E-2") rather than a month, day or season. */
    private static boolean isHoliday(String rest) {
        return ON_OR_AFTER.matcher(rest).matches() || FROM_EASTER.matcher(rest).matches();
    }

    /** The value of a holiday's days: its day, or the ISO week of a feast week. */
    private static String holidayValue(TimexSpan days) {
        return days.from().equals(days.to()) ? BcDates.day(days.from()) : week(days.to());
    }

    private static ResolvedValue yearMissing(String rest, LocalDate ref, Tense tense, boolean mayTurn, AnchorKind kind,
                                             String refWords) {
        boolean holiday = isHoliday(rest);
        String what = holiday ? "the holiday" : rest.length() == 5 ? "month and day" : rest.matches("\\d{2}") ? "month" : "part of the year";
        if (ref == null) {
            return unanchored(holiday ? (rest.equals("EW") ? "XXXX-WXX" : "XXXX-XX-XX") : "XXXX-" + rest, what + " from the text; the article has no date, so the year is unknown");
        }
        int year = ref.getYear();
        int chosen = year;
        String how;
        TimexSpan same = span(year, rest);
        TimexSpan before = span(year - 1, rest);
        if (same != null && !same.from().isAfter(ref) && !same.to().isBefore(ref)) {
            how = "the one that holds ";
        } else {
            // the latest one that has begun by the reference, and the first one after it
            int prev = same != null && !same.from().isAfter(ref) ? year : year - 1;
            int next = same != null && same.from().isAfter(ref) ? year : year + 1;
            TimexSpan p = prev == year ? same : before;
            TimexSpan n = span(next, rest);
            long toPrev = p == null ? Long.MAX_VALUE : ref.toEpochDay() - p.to().toEpochDay();
            long toNext = n == null ? Long.MAX_VALUE : n.from().toEpochDay() - ref.toEpochDay();
            // Days and quarters are written without a year only when they are close; "in March" is not.
            boolean close = mayTurn && (rest.length() == 5 || rest.startsWith("Q") || rest.startsWith("H"));
            if (tense == Tense.PAST) {
                // a past tense names a day ahead only when it is near: "had been set to expire Nov. 6" four days before
                chosen = close && toPrev > FARTHEST && toNext < toPrev && toNext <= PAST_TURNS_AHEAD ? next : prev;
            } else if (tense == Tense.FUTURE) {
                chosen = close && toNext > FARTHEST && toPrev < toNext ? prev : next;
            } else {
                // no tense: news reports the past, so the past one unless the next is much nearer
                chosen = toNext < toPrev / 2 ? next : prev;
            }
            how = chosen == prev ? (tense == Tense.PAST ? "the latest (past tense) up to " : "the nearest to ")
                    : (tense == Tense.FUTURE ? "the next (future tense) after " : "the nearest to ");
        }
        String value = holiday ? holidayValue(span(chosen, rest)) : BcDates.year(chosen) + "-" + rest;
        return new ResolvedValue(value, new Anchor(kind, ref, what + " from the text, year " + how + refWords));
    }

    /**
     * In narrative, a month, day or season without a year is in the year the story is at, or in the next one
     * when the story's year has it behind and the next year's begins within {@value #STORY_AHEAD} days: a
     * story goes forward ("in December 1941 ... in January" is January 1942), but "in March" told in October
     * looks back.
     */
    private static ResolvedValue storyYear(String rest, LocalDate ref, AnchorKind kind, String refWords) {
        boolean holiday = isHoliday(rest);
        String what = holiday ? "the holiday" : rest.length() == 5 ? "month and day" : rest.matches("\\d{2}") ? "month" : "part of the year";
        int year = ref.getYear();
        TimexSpan same = span(year, rest);
        TimexSpan next = span(year + 1, rest);
        String how = "year from ";
        if (same != null && next != null && same.to().isBefore(ref) && next.from().toEpochDay() - ref.toEpochDay() <= STORY_AHEAD) {
            year++;
            how = "the year after that of ";
        }
        TimexSpan chosen = span(year, rest);
        String value = holiday && chosen != null ? holidayValue(chosen) : BcDates.year(year) + "-" + rest;
        return new ResolvedValue(value, new Anchor(kind, ref, what + " from the text, " + how + refWords));
    }

    /**
     * The days {@code rest} covers in {@code year}, or null when there is no such day (February 29). A year
     * before Christ (0 or less, proleptic) is read {@value #LEAP_CYCLES} years later, where the leap years fall
     * the same way.
     */
    private static TimexSpan span(int year, String rest) {
        if (year < 1) {
            TimexSpan later = span(year + LEAP_CYCLES, rest);
            return later == null ? null : new TimexSpan(later.from().minusYears(LEAP_CYCLES), later.to().minusYears(LEAP_CYCLES));
        }
        Matcher e = FROM_EASTER.matcher(rest);
        if (e.matches()) {
            LocalDate sunday = Easter.sunday(year);
            if (e.group(1).equals("W")) {
                return new TimexSpan(sunday.minusDays(6), sunday);
            }
            LocalDate d = sunday.plusDays(Integer.parseInt(e.group(1)));
            return new TimexSpan(d, d);
        }
        Matcher h = ON_OR_AFTER.matcher(rest);
        if (h.matches()) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2)))
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.of(Integer.parseInt(h.group(3)))));
            return new TimexSpan(d, d);
        }
        return TimexValues.span(String.format(Locale.ROOT, "%04d-%s", year, rest));
    }

    private static ResolvedValue shift(String unit, int n, LocalDate ref, AnchorKind kind, String refWords) {
        String words = n == 0 ? "the same " + unit + " as " + refWords
                : Math.abs(n) + " " + unit + (Math.abs(n) == 1 ? "" : "s") + (n < 0 ? " before " : " after ") + refWords;
        if (ref == null) {
            return unanchored(unknown(unit), "relative to the article date, which is unknown");
        }
        String value = switch (unit) {
            case "day" -> BcDates.day(ref.plusDays(n));
            case "week", "weekend" -> week(ref.plusWeeks(n)) + (unit.equals("weekend") ? "-WE" : "");
            case "month" -> BcDates.month(ref.plusMonths(n));
            case "quarter" -> {
                LocalDate d = ref.plusMonths(3L * n);
                yield BcDates.year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            }
            case "half" -> {
                LocalDate d = ref.plusMonths(6L * n);
                yield BcDates.year(d.getYear()) + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
            }
            case "year" -> BcDates.year(ref.getYear() + n);
            case "decade" -> BcDates.decade(ref.getYear(), n);
            default -> BcDates.century(ref.getYear(), n);
        };
        return new ResolvedValue(value, new Anchor(kind, ref, words));
    }

    private static ResolvedValue named(String which, String code, LocalDate ref, AnchorKind kind, String refWords) {
        if (ref == null) {
            return unanchored("XXXX-" + code, "named in the text; the article has no date, so the year is unknown");
        }
        int year = ref.getYear();
        if (which.equals("this")) {
            // the one that holds the reference, else the one of its year ("this spring" in August)
            TimexSpan before = span(year - 1, code);
            if (before != null && !before.to().isBefore(ref)) {
                year--; // this winter, in February
            }
        } else if (which.equals("last")) {
            // the latest one that has ended before the reference
            for (int i = 0; i < 3 && (span(year, code) == null || !span(year, code).to().isBefore(ref)); i++) {
                year--;
            }
        } else {
            // the first one that begins after the reference
            for (int i = 0; i < 3 && (span(year, code) == null || !span(year, code).from().isAfter(ref)); i++) {
                year++;
            }
        }
        String value = BcDates.year(year) + "-" + code;
        String words = (which.equals("this") ? "the one of " : "the " + which + " one from ") + refWords;
        return new ResolvedValue(value, new Anchor(kind, ref, words));
    }

    private static ResolvedValue weekday(String which, int day, LocalDate ref, Tense tense, AnchorKind kind, String refWords) {
        if (ref == null) {
            return unanchored("XXXX-WXX-" + day, "day of the week from the text; the article has no date");
        }
        DayOfWeek dow = DayOfWeek.of(day);
        LocalDate date;
        String how;
        if ("last".equals(which)) {
            date = ref.with(TemporalAdjusters.previous(dow));
            how = "the " + name(dow) + " before ";
        } else if ("next".equals(which)) {
            date = ref.with(TemporalAdjusters.next(dow));
            how = "the " + name(dow) + " after ";
        } else if (tense == Tense.FUTURE) {
            date = ref.with(TemporalAdjusters.nextOrSame(dow));
            how = "the coming " + name(dow) + " (future tense) from ";
        } else if (tense == Tense.PRESENT && "this".equals(which)) {
            date = ref.with(TemporalAdjusters.nextOrSame(dow));
            how = "this " + name(dow) + " from ";
        } else {
            date = ref.with(TemporalAdjusters.previousOrSame(dow));
            how = "the latest " + name(dow) + " (past tense, as news reports) up to ";
        }
        return new ResolvedValue(BcDates.day(date), new Anchor(kind, ref, how + refWords));
    }

    private static String name(DayOfWeek dow) {
        String n = dow.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * The weekend of a resolved Saturday. A Saturday outside the years 1-9999 (an article dated 9999-12-31 or
     * 0001-01-01) is written "10000-01-01" or "BC0001-12-30", which has no ISO week: its weekend is left unknown.
     */
    private static ResolvedValue weekendOf(ResolvedValue saturday) {
        if (!ISO_DAY.matcher(saturday.value()).matches()) {
            return new ResolvedValue("XXXX-WXX-WE", saturday.anchor());
        }
        return new ResolvedValue(week(LocalDate.parse(saturday.value())) + "-WE", saturday.anchor());
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String unknown(String unit) {
        return switch (unit) {
            case "day" -> "XXXX-XX-XX";
            case "week" -> "XXXX-WXX";
            case "weekend" -> "XXXX-WXX-WE";
            case "month" -> "XXXX-XX";
            case "quarter" -> "XXXX-QX";
            case "half" -> "XXXX-HX";
            case "year" -> "XXXX";
            case "decade" -> "XXX";
            default -> "XX";
        };
    }

    private static ResolvedValue unanchored(String value, String why) {
        return new ResolvedValue(value, new Anchor(AnchorKind.UNANCHORED, null, why));
    }
}

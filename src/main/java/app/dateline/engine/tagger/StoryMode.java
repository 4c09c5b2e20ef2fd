package app.dateline.engine.tagger;

import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.rules.WordTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an article, and each of its paragraphs, tells the news of its day or a story of another time.
 * In news, a date without a year ("on 20 August", "Friday") belongs near the article date; in narrative (a
 * history, a background paragraph) it belongs to the time the text is talking about, the last date given in
 * full before it. Decided from the dates the text writes out in full, before any is resolved:
 * <ul>
 *   <li>an article without a date is narrative;</li>
 *   <li>an article is narrative when it gives many full dates, most of them far (two years or more) from its
 *       own date, and words that point at the article's day ("yesterday", "last week", "Friday") are rare
 *       beside them;</li>
 *   <li>in a news article, a paragraph that opens with a day or month far from the article date is background
 *       ("On Aug. 2, 1988, ..."): a month or day without a year in it is read in the year it opened with;
 *       words that point at the article's day ("Friday", "last week") stay with the article date.</li>
 *   <li>in either, "today" and "this week" are the writer's: never the story's time.</li>
 * </ul>
 */
final class StoryMode {

    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

    /** A full date at least this many years from the article date is far: the text is elsewhere in time. */
    static final int FAR_YEARS = 2;
    /**
     * Far full dates must outnumber the near ones, and the words pointing at the article's day this many times
     * (a news story with a history paragraph has them; a history has next to none).
     */
    private static final int NARRATIVE_RATIO = 5;
    /** And there must be at least this many far full dates. */
    private static final int NARRATIVE_MIN = 8;

    /** A bare year more than this many years from the story's time is an aside in a narrative. */
    static final int ASIDE_YEARS = 10;

    /** A paragraph opens with a date that begins within this many characters of its start ("On Aug. 2, 1988,"). */
    static final int OPENING = 12;

    /** A value a rule gives with the year written out (a year, or finer). */
    private static final Pattern FULL = Pattern.compile("\\d{4}(?:-.*)?");
    /** A value with a year before Christ written out: always far from any article date. */
    private static final Pattern FULL_BC = Pattern.compile("BC\\d{4}(?:-.*)?");
    /** Values that point at the article's own day or week: news deixis. */
    private static final Pattern DEICTIC = Pattern.compile(
            "UNDEF-(?:this-(?:day|week|weekend)(?:-.*)?|(?:(?:last|next|this)-)?weekday-.*|this-day.*)");

    /**
     * Words for the writer's own day even in a story ("today", "this week"): never the story's time. So is the
     * writer's century, "this century", "the last century", "the middle of last century" (read against a story
     * at 1953 it was the 1800s), "the past century"; "the previous century" is the story's (rule previous-century).
     */
    private static final Pattern NOW = Pattern.compile(
            "UNDEF-this-(?:day|week)(?:\\+.*)?|UNDEF-this-day-PLUS-0.*|UNDEF-this-century(?:-(?:PLUS-0|MINUS-\\d+))?"
                    + "|UNDEF-this-year-MINUS-\\d+=century");
    /** A month, day or season without its year. */
    private static final Pattern YEAR_MISSING = Pattern.compile("UNDEF-(?:ended-)?year-.*");

    private final boolean narrative;

    private StoryMode(boolean narrative) {
        this.narrative = narrative;
    }

    /**
     * @param dct    the article date, or null
     * @param values every value the rules and Natty found, before resolution, in text order
     */
    static StoryMode decide(LocalDate dct, List<String> values) {
        if (dct == null) {
            return new StoryMode(true);
        }
        int far = 0;
        int near = 0;
        int deictic = 0;
        for (String v : values) {
            if (FULL_BC.matcher(v).matches()) {
                far++;
            } else if (FULL.matcher(v).matches()) {
                if (far(Integer.parseInt(v.substring(0, 4)), dct)) {
                    far++;
                } else {
                    near++;
                }
            } else if (DEICTIC.matcher(v).matches()) {
                deictic++;
            }
        }
        return new StoryMode(far >= NARRATIVE_MIN && far > near && far >= NARRATIVE_RATIO * deictic);
    }

    static boolean far(int year, LocalDate dct) {
        return Math.abs(year - dct.getYear()) >= FAR_YEARS;
    }

    /** A day, week, month or year before or after the writer's own ("last month", "yesterday"; not "the previous year"). */
    private static final Pattern NEXT_TO_NOW = Pattern.compile("UNDEF-this-(?:day|week|month|year)-(?:MINUS|PLUS)-1");
    private static final Pattern WRITERS_WORDS = Pattern.compile("(?i)last \\w+|yesterday");

    /**
     * Whether an expression names the writer's day, week, month or year before ("last month", "yesterday"), not one
     * counted from the story ("the previous year"; "next year" in a history is the story's): in a narrative article, in a
     * paragraph that gives no date of its own, it is the writer's (a Fox News feature on 1969's Santa Barbara spill read
     * "An AP poll last month found" as December 1968).
     */
    static boolean writersDay(String text, String value) {
        return NEXT_TO_NOW.matcher(value).matches() && WRITERS_WORDS.matcher(text.strip()).matches();
    }

    /** Whether the whole article is read as narrative. */
    boolean narrative() {
        return narrative;
    }

    /**
     * The story time {@code value} is read against, or null to read it against the article date.
     *
     * @param reference        the last date given (a year or finer) before the expression, or null
     * @param backgroundOpened whether the expression's paragraph opened with a date given in full, finer than a
     *                         year and far from the article date, and that date is {@code reference}'s paragraph
     */
    Timex storyTime(String value, LocalDate dct, Timex reference, boolean backgroundOpened) {
        if (reference == null || reference.from() == null || NOW.matcher(value).matches()) {
            return null;
        }
        if (narrative) {
            return reference;
        }
        // news: only a month or day without a year, in a background paragraph
        return backgroundOpened && YEAR_MISSING.matcher(value).matches() && far(reference.from().getYear(), dct) ? reference : null;
    }

    /**
     * Whether a paragraph whose first expression has {@code value} (before resolution) is background in a
     * news article: it opens at a day or month far from the article date ("On Aug. 2, 1988, ...").
     */
    static boolean opensElsewhere(String value, LocalDate dct) {
        return dct != null && MONTH_OR_DAY.matcher(value).matches() && far(Integer.parseInt(value.substring(0, 4)), dct);
    }

    /**
     * Whether a date leaves the story where it was: the far end of a range ("the 1975-1976 dry season" is told
     * from its start), a bare year far from the story's time, an aside ("a 2005 study found") rather than a
     * step of the story, or a bare year in passing, past the opening of its sentence, while the story is told
     * by the month or day.
     *
     * @param t            the mention's date on the calendar (a date before Christ too: {@link BcDates#reference})
     * @param intoSentence where the date begins in its sentence
     */
    static boolean aside(Mention mention, Timex t, Timex story, int intoSentence) {
        if (mention.origin().contains("range-end")) {
            return true;
        }
        if (story == null || story.from() == null || t.granularity() != Granularity.YEAR
                || mention.anchor().kind() != AnchorKind.EXPLICIT) {
            return false;
        }
        boolean far = Math.abs(t.from().getYear() - story.from().getYear()) > ASIDE_YEARS;
        // "In 1976, ..." moves a story told by the day; "a campaign planned for 1976" does not
        boolean inPassing = story.granularity().compareTo(Granularity.YEAR) < 0 && intoSentence > OPENING;
        return far || inPassing;
    }

    /** How many words before a date a span-end word ("until") may stand in its clause. */
    static final int SPAN_END_REACH = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /**
     * Whether the date at {@code begin} of {@code sentence} is where something ended: a word of {@code spanEnds}
     * ("until", "till") stands before it in its clause, at most {@link #SPAN_END_REACH} words back ("a massive
     * assault that lasted until the fall of Budapest in February 1945"). The story does not jump to it.
     */
    static boolean spanEnd(String sentence, int begin, WordTable spanEnds) {
        int clause = Math.max(Math.max(sentence.lastIndexOf(',', begin), sentence.lastIndexOf(';', begin)),
                Math.max(sentence.lastIndexOf(':', begin), sentence.lastIndexOf('(', begin)));
        Matcher m = WORD.matcher(sentence.substring(Math.max(0, clause), begin));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - SPAN_END_REACH); i--) {
            if (spanEnds.value(words.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date read against the story time landed in another year than the story's ("January" after
     * "December 1941", "next year"): it is read so, but the story stays where the text last put it. A guess
     * does not carry the story into a new year, so one wrong guess ("the carnage of November and January",
     * looking back) is not followed by a whole paragraph a year off.
     *
     * @param t the mention's date on the calendar
     */
    static boolean guessedNextYear(Mention mention, Timex t, Timex story) {
        return mention.anchor().kind() == AnchorKind.STORY_TIME && story != null && story.from() != null
                && t.from().getYear() != story.from().getYear();
    }

    /** For tests and notes: the mode in words. */
    @Override
    public String toString() {
        return narrative ? "narrative" : "news";
    }
}

package app.dateline.engine.tagger;

import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Three decades later": so long after a date of the text. With no such date before it, the rules' form falls back
 * on the article date, which put "Three decades later, the 1979 Ixtoc disaster remains ..." in the 2040s. Such a
 * count is read from the year the same sentence names as an event's ("the 1979 Ixtoc disaster"), else left
 * without a value on the calendar: a time after the article's own day is never what "later" in a report of the
 * past or present means.
 */
final class LaterCount {

    /** What the rule units-later gives: so many years, decades or centuries after the date mentioned before. */
    private static final Pattern LATER = Pattern.compile("UNDEF-REF-(year|decade|century)-PLUS-(\\d+)");
    /** A bare year, as a rule gives it. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * What stands before a year that names an event rather than the time of the clause ("the 1979 Ixtoc disaster",
     * "Exxon's 1989 spill"); "later, in 2009, ..." names the time counted to, not from.
     */
    private static final Pattern EVENTS_YEAR = Pattern.compile("(?i)(?:\\b(?:the|a|an|its|his|her|their|that|this)|['’]s)\\s+$");
    /** How far back before a year its determiner is looked for. */
    private static final int LOOK_BACK = 8;

    private LaterCount() {
    }

    /** Whether {@code value} (before resolution) counts so many years, decades or centuries later. */
    static boolean later(String value) {
        return LATER.matcher(value).matches();
    }

    /**
     * Whether a count later ({@code value}), resolved to {@code t} against {@code kind}, must be read again: it was
     * counted from the article date (or the story's time) rather than from a date of the text, or it landed after
     * the article date, in a sentence that does not speak of the future or by decades or centuries (news tells a
     * plan's future "in two decades", not "two decades later": "Two decades later, they agree ..." counted from the
     * article's own day was the 2030s).
     */
    static boolean misread(String value, Timex t, AnchorKind kind, LocalDate dct, Tense tense) {
        if (kind != AnchorKind.PREVIOUS_DATE) {
            return true;
        }
        Matcher m = LATER.matcher(value);
        boolean longCount = m.matches() && !m.group(1).equals("year");
        return dct != null && t.from() != null && t.from().isAfter(dct) && (tense != Tense.FUTURE || longCount);
    }

    /**
     * The year an event is dated by later in the sentence, after the count ({@code value} of a rule at
     * {@code begin}), as a date to count from; null when there is none or it is not before {@code dct}.
     */
    static Timex eventYear(String sentence, int begin, String value, LocalDate dct) {
        if (begin < 0 || !YEAR.matcher(value).matches()) {
            return null;
        }
        Matcher before = EVENTS_YEAR.matcher(sentence.substring(Math.max(0, begin - LOOK_BACK), begin));
        if (!before.find()) {
            return null;
        }
        Timex year = Timex.of(TimexType.DATE, value, null);
        return dct == null || year.to().isBefore(dct) ? year : null;
    }
}

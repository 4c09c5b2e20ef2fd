package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sentences that open with the day they tell, as a photo caption ("June 4: Oil is seen gushing around the cap")
 * or a chronology's entry ("* May 16 - BP succeeds in inserting a tube") does: the date comes first, with at most
 * a short tag before it ("(AP)", "*"), and a colon or a dash right after it. Such a sentence tells its own day;
 * printed under another day (as the first sentence of an article published on it or the day after) it tells the
 * wrong one.
 */
final class DatedOpeners {

    /** At most this many characters before the date, none of them a lower-case letter ("(AP) ", "* "). */
    static final int MAX_TAG = 6;
    private static final Pattern TAG = Pattern.compile("[^\\p{Ll}]{0," + MAX_TAG + "}");
    /** A colon or a dash right after the date ("June 4: ", "May 16 - "). */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?::|-{1,2}|\u2013|\u2014)\\s");

    private final Map<String, LocalDate> days = new HashMap<>();

    /** @param articles the articles whose sentences may open with a day, in a fixed order */
    DatedOpeners(List<ArticleExtraction> articles) {
        for (ArticleExtraction a : articles) {
            for (Event e : a.events()) {
                LocalDate day = DayEvidence.day(e);
                if (day != null && opens(e)) {
                    days.putIfAbsent(e.sentence(), day);
                }
            }
        }
    }

    /** Whether the event's date opens its sentence as a caption's or a chronology entry's does. */
    static boolean opens(Event e) {
        String s = e.sentence();
        int begin = e.mention().begin() - e.sentenceBegin();
        int end = e.mention().end() - e.sentenceBegin();
        if (begin < 0 || end > s.length() || begin > end) {
            return false;
        }
        return TAG.matcher(s.substring(0, begin)).matches() && SEPARATOR.matcher(s.substring(end)).find();
    }

    /** Whether the sentence opens with a day other than this one: it tells that day, not this. */
    boolean tellsAnotherDay(String sentence, LocalDate day) {
        LocalDate own = days.get(sentence);
        return own != null && !own.equals(day);
    }
}

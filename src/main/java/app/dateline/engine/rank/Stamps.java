package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import java.util.regex.Pattern;

/**
 * Dates that stamp a text rather than tell an event: a wire story's time stamp ("HOUSTON | Thu Apr 22, 2010
 * 7:30 pm EDT HOUSTON (Reuters) -", "Saturday 25 April 2009 23.24 BST"), a blog's ("14:44 UK time, 29 April
 * 2009") and a reader's comment ("At 12:19 26th Apr 2009, barriesingleton wrote: ..."). Scraped pages are full
 * of them; they say when something was written.
 */
final class Stamps {

    private static final String ZONE = "(?:EDT|EST|BST|GMT|CET|CEST|PDT|PST|CDT|CST|UTC|ET|UK time)";
    /** A time zone right after the date, with its clock time unless the date phrase holds it. */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^[\\s,]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*)?" + ZONE + "\\b");
    /** "At 12:19" (and "on") or "14:44 UK time," right before the date. */
    private static final Pattern CLOCK_BEFORE = Pattern.compile(
            "(?:\\bAt\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]m)?\\s*(?:on\\s+)?|\\d{1,2}[:.]\\d{2}\\s*" + ZONE + ",?\\s*)$");

    private Stamps() {
    }

    static boolean isStamp(Event e) {
        String s = e.sentence();
        int begin = e.mention().begin() - e.sentenceBegin();
        int end = e.mention().end() - e.sentenceBegin();
        if (begin < 0 || end > s.length() || begin > end) {
            return false;
        }
        return CLOCK_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 40))).find()
                || CLOCK_BEFORE.matcher(s.substring(Math.max(0, begin - 25), begin)).find();
    }
}

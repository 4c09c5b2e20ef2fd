package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import java.util.regex.Pattern;

/**
 * Dates that stamp a text rather than tell an event: a wire story's time stamp ("HOUSTON | Thu Apr 22, 2010
 * 7:30 pm EDT HOUSTON (Reuters) -", "Saturday 25 April 2009 23.24 BST") and a reader's comment ("At 12:19 26th
 * Apr 2009, barriesingleton wrote: ..."). Scraped pages are full of them; they say when something was written.
 */
final class Stamps {

    /** A clock time with a time zone right after the date. */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^[\\s,]*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:EDT|EST|BST|GMT|CET|CEST|PDT|PST|CDT|CST|UTC|ET)\\b");
    /** "At 12:19" (and "on") right before the date. */
    private static final Pattern CLOCK_BEFORE = Pattern.compile("\\bAt\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]m)?\\s*(?:on\\s+)?$");

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

package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline that may hold a byline's tail: scraped pages run the writer's name, their outlet and a caption into the
 * first sentence ("By Andrew Cohen The Atlantic Murray will be sentenced on 29 November, and was held without bail
 * ..."), and a headline whose subject starts among those capitalised words holds them ("The Atlantic Murray will be
 * sentenced"). Another source of the event labels it better. A headline that starts after the run's first lower-case
 * word is the article's own ("By Peter Bowes BBC News, Los Angeles Jackson was due to play 50 UK dates Michael Jackson
 * died from an overdose of sedatives ...": "Michael Jackson died from an overdose of sedatives"). A byline is "By" and
 * two capitalised words, the name: a date ("By Wednesday, workers ...", "By August 15") or a lower-case word ("By
 * September and October") after "By" is none.
 */
final class Byline {

    private static final Pattern OPENS = Pattern.compile("^\\s*By\\s+\\p{Lu}[\\p{Ll}'\u2019-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}'\u2019-]+[\\s,|]");
    /** The first word in lower case: where the capitalised run after the name (outlet, place, caption, subject) ends. */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'\u2019])\\p{Ll}");

    private Byline() {
    }

    /** Whether the event's headline starts inside the capitalised run after a byline its sentence opens with. */
    static boolean holdsLabel(Event e) {
        if (e.sentence() == null || e.labelSources().isEmpty()) {
            return false;
        }
        Matcher byline = OPENS.matcher(e.sentence());
        if (!byline.find()) {
            return false;
        }
        Matcher lower = LOWER_WORD.matcher(e.sentence());
        int runEnd = lower.find(byline.end()) ? lower.start() : e.sentence().length();
        return e.labelSources().get(0).begin() - e.sentenceBegin() < runEnd;
    }
}

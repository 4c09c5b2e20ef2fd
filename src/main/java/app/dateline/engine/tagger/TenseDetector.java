package app.dateline.engine.tagger;

import app.dateline.engine.rules.WordTable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense of the clause around an expression from marker words in the {@code tense} table
 * ("will", "plans" → future; "said", "was" → past) and from past participles ending in "-ed". News
 * reports the past, so a weekday with no marker at all counts as past only when a past marker is seen;
 * otherwise the tense is present.
 */
public final class TenseDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private final WordTable markers;

    public TenseDetector(WordTable markers) {
        this.markers = markers;
    }

    /** The tense of {@code sentence}, looking first at the clause that holds {@code [begin, end)}. */
    public Tense tense(String sentence, int begin, int end) {
        int clauseStart = Math.max(Math.max(sentence.lastIndexOf(';', begin), sentence.lastIndexOf(':', begin)), 0);
        int semi = sentence.indexOf(';', end);
        int clauseEnd = semi < 0 ? sentence.length() : semi;
        Tense clause = scan(sentence.substring(clauseStart, clauseEnd));
        return clause != null ? clause : Tense.PRESENT;
    }

    private Tense scan(String text) {
        boolean past = false;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            String marker = markers.value(w);
            if ("FUTURE".equals(marker)) {
                return Tense.FUTURE;
            }
            if ("PAST".equals(marker) || (w.length() > 4 && w.endsWith("ed") && !"NONE".equals(marker))) {
                past = true;
            }
        }
        return past ? Tense.PAST : null;
    }
}

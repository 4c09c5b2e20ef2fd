package app.dateline.engine.event;

import app.dateline.engine.syntax.SentenceParser;
import java.util.List;

/**
 * The label the timeline gives a written sentence: of the event its date phrase is about, or of its main event
 * when no phrase is given. Shared by the headline tests, which differ only in the sentences they write.
 */
final class WrittenSentenceLabels {

    private final SentenceParser parser = new SentenceParser();
    private final EventBuilder events = new EventBuilder();

    /** The label of {@code sentence} for the first occurrence of {@code date} in it ({@code null}: no date). */
    String label(String sentence, String date) {
        int at = date == null ? -1 : sentence.indexOf(date);
        return events.label(parser.parse(sentence, 0), at, date == null ? -1 : at + date.length(), List.of());
    }

    /** The label of {@code sentence} for {@code date}, with the other date phrases the tagger finds in it. */
    String label(String sentence, String date, String... others) {
        int at = sentence.indexOf(date);
        List<int[]> spans = new java.util.ArrayList<>();
        for (String other : others) {
            int o = sentence.indexOf(other);
            spans.add(new int[] {o, o + other.length()});
        }
        return events.label(parser.parse(sentence, 0), at, at + date.length(), spans);
    }
}

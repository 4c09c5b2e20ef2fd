package app.dateline.engine.event;

import app.dateline.engine.syntax.SentenceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A word list's example line, "# example: SENTENCE -> LABEL". */
    private static final Pattern EXAMPLE = Pattern.compile("# example: (.+) -> (.+)");

    /** A word list's example: the sentence and the label the list's rule gives it. */
    record ListExample(String sentence, String label) {
    }

    /** The first example of the word list {@code resource}; an error when the list has none. */
    static ListExample example(String resource) throws IOException {
        try (InputStream in = WrittenSentenceLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Matcher example = EXAMPLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!example.find()) {
                throw new IllegalStateException(resource + " gives no \"# example: SENTENCE -> LABEL\" line");
            }
            return new ListExample(example.group(1), example.group(2));
        }
    }

    /** A word table's line "# example CLASS: SENTENCE -> LABEL". */
    private static final Pattern CLASS_EXAMPLE = Pattern.compile("# example ([a-z-]+): (.+) -> (.+)");

    /** A word table's example of one of its classes: the sentence and the label the class's rule gives it. */
    record ClassExample(String wordClass, String sentence, String label) {
    }

    /** Every class example of the word table {@code resource}, in the table's order. */
    static List<ClassExample> classExamples(String resource) throws IOException {
        try (InputStream in = WrittenSentenceLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<ClassExample> examples = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = CLASS_EXAMPLE.matcher(line);
                if (m.matches()) {
                    examples.add(new ClassExample(m.group(1), m.group(2), m.group(3)));
                }
            }
            return examples;
        }
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.WordList;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: a distance that placed what the label's cut took ("sank some 50 miles [off the coast]") goes with
 * it (labels/distance-words.tsv); a distance with nothing placed after it stays.
 */
class HeadlineDistancesTest {

    private static final String TABLE = "/dateline/labels/distance-words.tsv";

    /** As the label command reads a sentence: the event of its first date (the rules' headline; no model). */
    private final SentenceLabeler labeler = new SentenceLabeler(LocalDate.of(2010, 6, 1), null);
    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void everyClassHasAnExampleAndEachExampleGetsItsLabel() throws IOException {
        Map<String, String[]> examples = new LinkedHashMap<>();
        for (WrittenSentenceLabels.ClassExample e : WrittenSentenceLabels.classExamples(TABLE)) {
            examples.put(e.wordClass(), new String[] {e.sentence(), e.label()});
        }
        assertThat(examples.keySet()).isEqualTo(WordList.loadClasses(TABLE).keySet());
        // was "The Deepwater Horizon drilling rig sank some 50 miles", "A device was lowered over the blown-out well a mile"
        examples.forEach((wordClass, example) -> assertThat(labeler.label(example[0])).as(wordClass).isEqualTo(example[1]));
    }

    @Test
    void aDistanceWithNoPlaceAfterItSaysHowFarAndStays() {
        assertThat(labels.label("The smoke has drifted at least 40 miles from the burning depot since Friday, officials said.",
                "since Friday")).isEqualTo("The smoke has drifted at least 40 miles");
        assertThat(labels.label("On Monday the divers went down 300 feet.", "On Monday")).isEqualTo("The divers went down 300 feet");
    }
}

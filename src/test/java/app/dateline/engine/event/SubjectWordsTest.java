package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.WordList;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every class of subject-words.tsv has an example sentence, and each example gets the label written beside it. */
class SubjectWordsTest {

    private static final String TABLE = "/dateline/labels/subject-words.tsv";

    /** As the label command reads a sentence: the event of its first date (the rules' headline; no model). */
    private final SentenceLabeler labels = new SentenceLabeler(LocalDate.of(2010, 6, 1), null);

    record Example(String wordClass, String sentence, String label) {
    }

    @Test
    void everyClassHasAnExampleAndEachExampleGetsItsLabel() throws IOException {
        List<Example> examples = examples();
        Map<String, Set<String>> classes = WordList.loadClasses(TABLE);
        assertThat(examples).extracting(Example::wordClass).containsAll(classes.keySet());
        assertThat(classes.keySet()).containsAll(examples.stream().map(Example::wordClass).toList());
        for (Example example : examples) {
            assertThat(labels.label(example.sentence())).as(example.wordClass()).isEqualTo(example.label());
        }
    }

    @Test
    void aFloatingDeterminerIsOneThatMayStandAlone() {
        // the chunker makes a standalone determiner a phrase of its own except where it floats off the phrase before it
        assertThat(WordList.load("/dateline/syntax/standalone-determiners.txt"))
                .containsAll(WordList.loadClasses(TABLE).get("floating"));
    }

    @Test
    void aClassTheTableLacksIsRefusedWithTheTablesName() {
        assertThat(WordList.loadClasses(TABLE)).containsKeys("link", "nominative");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordList.wordClass(Map.of(), TABLE, "link"))
                .hasMessageContaining("subject-words.tsv").hasMessageContaining("link");
    }

    private static List<Example> examples() throws IOException {
        return WrittenSentenceLabels.classExamples(TABLE).stream()
                .map(e -> new Example(e.wordClass(), e.sentence(), e.label())).toList();
    }
}

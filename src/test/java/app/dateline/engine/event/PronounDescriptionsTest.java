package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.syntax.WordList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty-first round: a lone "he" or "she" whose sentences before name no person by name takes the person they describe
 * ("The woman, who suffered from asthma, died ... She was seven months pregnant when she was admitted to hospital on 15
 * June": "She was admitted to hospital" said no more than that someone was). Labels read as the export reads them, from an
 * article with the sentences before.
 */
class PronounDescriptionsTest {

    private static final String TABLE = "/dateline/labels/person-nouns.tsv";

    @TempDir
    Path dir;

    @Test
    void eachExampleOfTheTableGetsItsLabel() throws IOException {
        List<String[]> examples = examples();
        assertThat(examples).extracting(e -> e[0]).contains("she", "title");
        assertThat(WordList.loadClasses(TABLE)).containsOnlyKeys("he", "she", "either", "title-he", "title-she", "title");
        for (String[] example : examples) {
            assertThat(labelOfLast(example[1])).as(example[0]).isEqualTo(example[2]);
        }
    }

    @Test
    void aPersonOftenLeftUnnamedIsTakenFromTheNearestSentence() throws IOException {
        // the H1N1 BBC page: "Spain says it has confirmed" two sentences up read "Spain died"
        assertThat(labelOfLast("Spain says it has confirmed the first case. The Mexican boy had arrived in Brownsville and"
                + " developed flu symptoms. He was later transferred to a hospital in Houston, where he died on Monday night."))
                .isEqualTo("The Mexican boy died");
        // a heading run into the sentence before: "PASSENGERS URGED TO COME FORWARD The Mexican man arrived"
        assertThat(labelOfLast("PASSENGERS URGED TO COME FORWARD The Mexican man arrived in Hong Kong from Mexico following a"
                + " stopover in Shanghai. He developed a fever after arriving and took a taxi to a hospital on Thursday evening."))
                .startsWith("The Mexican man");
        // "she" is no man
        assertThat(labelOfLast("The man arrived in Brownsville. She was admitted to hospital on Monday."))
                .isEqualTo("She was admitted to hospital");
    }

    @Test
    void aTitleGivesWayToANameBefore() throws IOException {
        // "the president" is most often someone named before: the name stays
        assertThat(labelOfLast("Obama met the governors. Last week, the president stopped all oil drilling in the Gulf."
                + " Last night he demanded billions from BP.")).isEqualTo("Obama demanded billions from BP");
    }

    @Test
    void aDescriptionAfterAPrepositionIsNoSubject() throws IOException {
        assertThat(labelOfLast("Officials spoke to the woman. She was admitted to hospital on Monday."))
                .isEqualTo("She was admitted to hospital");
    }

    /** The label of the last sentence's event, from an article of the whole text published 2010-06-16. */
    private String labelOfLast(String text) throws IOException {
        Path article = dir.resolve("a" + Files.list(dir).count() + ".txt");
        Files.writeString(article, "---\npublished: 2010-06-16\n---\n" + text + "\n");
        List<Event> events = Corpora.read(article).events();
        return events.stream().filter(e -> text.strip().endsWith(e.sentence().strip())).map(Event::label).findFirst()
                .orElseThrow();
    }

    private static List<String[]> examples() throws IOException {
        return WrittenSentenceLabels.classExamples(TABLE).stream()
                .map(e -> new String[] {e.wordClass(), e.sentence(), e.label()}).toList();
    }
}

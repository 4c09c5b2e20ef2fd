package app.dateline.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.story.KeyEvents;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.TimelineBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the seed corpus the ten most important events are the story's key events, as annotated independently of
 * the model (src/test/resources/rank/seed-key-events.tsv, from the shared seed-events.json): a key event is shown
 * when one of its mentions is among the sources of the top ten. Today's model shows all {@value #SHOWN_TODAY}
 * (what is missing is printed with the ranking when this fails). The school ban of March 2022 and China's
 * ambassador of September 2023 come in because an article of 2024 recalling them is a later reference inside the
 * story, not background; China's ambassador, which ties with five other events told once by month, comes in
 * because Blinken's Wednesday evening meeting, told only in the article of his Thursday statement at the UN,
 * is part of that moment ({@link Moments}) and no longer takes a place of its own.
 */
class SeedKeyEventsTest {

    /** Key events the top ten shows today, out of ten: the test fails if the model gets worse. */
    static final int SHOWN_TODAY = 10;

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static Timeline timeline;

    record KeyMention(String event, String phrase, String context) {
    }

    private static CorpusExtraction corpus;

    @BeforeAll
    static void rank() {
        corpus = Corpora.read(CORPUS);
        timeline = new TimelineBuilder().build(corpus, Project.of(List.of(CORPUS.toString())));
    }

    static List<KeyMention> keyMentions() throws IOException {
        try (InputStream in = SeedKeyEventsTest.class.getResourceAsStream("/rank/seed-key-events.tsv")) {
            List<KeyMention> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    out.add(new KeyMention(c[0], c[1], c[2]));
                }
            }
            return out;
        }
    }

    static boolean shows(MergedEvent m, KeyMention k) {
        return m.sources().stream().anyMatch(e -> e.mention().text().equals(k.phrase()) && e.sentence().contains(k.context()));
    }

    @Test
    void theTopTenShowsTheKeyEvents() throws IOException {
        List<MergedEvent> top = KeyEvents.top(timeline.visible(), 10);
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (KeyMention k : keyMentions()) {
            shown.merge(k.event(), top.stream().anyMatch(m -> shows(m, k)), Boolean::logicalOr);
        }
        StringBuilder ranking = new StringBuilder();
        timeline.visible().stream().sorted(Comparator.comparingDouble(MergedEvent::importance).reversed())
                .forEach(m -> ranking.append(String.format("%.3f %s %s%n", m.importance(), m.date().value(), m.label())));
        assertThat(shown).hasSize(10);
        assertThat(shown.values().stream().filter(b -> b).count()).as("key events in the top 10 %s; the ranking:%n%s", shown, ranking)
                .isGreaterThanOrEqualTo(SHOWN_TODAY);
        // the story's main event, told by four articles, leads
        assertThat(timeline.visible().stream().max(Comparator.comparingDouble(MergedEvent::importance)).orElseThrow().sourceCount())
                .isEqualTo(4);
        assertThat(top).hasSize(10);
    }

    @Test
    void everyPlottableEventHasAPositiveImportanceAndTheOthersNone() {
        assertThat(timeline.events()).allSatisfy(m -> assertThat(m.importance() > 0).isEqualTo(m.isPlottable()));
    }

    @Test
    void aCancelledReadingIsShownUnmergedAndUnranked() {
        Timeline quick = TimelineBuilder.unmergedUnranked().build(corpus, Project.of(List.of(CORPUS.toString())));
        assertThat(quick.events()).hasSize(corpus.events().size()).allSatisfy(m -> {
            assertThat(m.importance()).isZero();
            assertThat(m.sources()).hasSize(1);
        });
    }
}

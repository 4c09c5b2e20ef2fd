package app.dateline.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Project;
import app.dateline.engine.story.StoryReader;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static List<MergedEvent> events;

    @BeforeAll
    static void read() {
        events = new StoryReader(new Extractor()).read(List.of(Path.of(System.getProperty("dateline.corpus", "corpus"))),
                Project.of(List.of())).timeline().events();
    }

    private static List<MergedEvent> kept(EventFilter f) {
        return events.stream().filter(f.predicateProperty().get()).toList();
    }

    @Test
    void everythingPassesAFreshFilter() {
        assertThat(kept(new EventFilter())).hasSize(events.size());
    }

    @Test
    void searchKeepsEventsWithEveryWordInTheirLabelOrExcerpt() {
        EventFilter f = new EventFilter();
        f.queryProperty().set("  Xi   CEREMONY ");
        List<MergedEvent> kept = kept(f);
        assertThat(kept).isNotEmpty().hasSizeLessThan(events.size());
        assertThat(kept).allSatisfy(e -> {
            String text = (e.label() + " " + e.sources().stream().map(s -> s.excerpt()).toList()).toLowerCase();
            assertThat(text).contains("xi").contains("ceremony");
        });
        f.queryProperty().set("");
        assertThat(kept(f)).hasSize(events.size());
    }

    @Test
    void hiddenArticlesAndPrecisionsAreLeftOut() {
        EventFilter f = new EventFilter();
        String fa = events.stream().flatMap(e -> e.sources().stream()).map(e -> e.article().source())
                .filter(s -> s.contains("foreign-affairs")).findFirst().orElseThrow();
        f.hiddenArticles().add(fa);
        // an event stays while another article tells it too
        assertThat(kept(f)).isNotEmpty().hasSizeLessThan(events.size())
                .allMatch(e -> e.sources().stream().anyMatch(s -> !s.article().source().equals(fa)));
        assertThat(events).anyMatch(e -> e.sourceCount() > 1 && e.sources().stream().anyMatch(s -> s.article().source().equals(fa))
                && kept(f).contains(e));
        f.precisions().remove(PrecisionClass.NOT_ON_TIMELINE);
        assertThat(kept(f)).allMatch(MergedEvent::isPlottable);
        f.reset();
        assertThat(kept(f)).hasSize(events.size());
    }
}

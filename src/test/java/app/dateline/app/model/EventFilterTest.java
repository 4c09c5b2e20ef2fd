package app.dateline.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static List<Event> events;

    @BeforeAll
    static void read() {
        CorpusExtraction c = new Extractor().extract(List.of(Path.of(System.getProperty("dateline.corpus", "corpus"))));
        events = c.events();
    }

    private static List<Event> kept(EventFilter f) {
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
        List<Event> kept = kept(f);
        assertThat(kept).isNotEmpty().hasSizeLessThan(events.size());
        assertThat(kept).allSatisfy(e -> {
            String text = (e.label() + " " + e.excerpt()).toLowerCase();
            assertThat(text).contains("xi").contains("ceremony");
        });
        f.queryProperty().set("");
        assertThat(kept(f)).hasSize(events.size());
    }

    @Test
    void hiddenArticlesAndPrecisionsAreLeftOut() {
        EventFilter f = new EventFilter();
        String fa = events.stream().map(e -> e.article().source()).filter(s -> s.contains("foreign-affairs")).findFirst().orElseThrow();
        f.hiddenArticles().add(fa);
        assertThat(kept(f)).isNotEmpty().noneMatch(e -> e.article().source().equals(fa));
        f.precisions().remove(PrecisionClass.NOT_ON_TIMELINE);
        assertThat(kept(f)).allMatch(Event::isPlottable);
        f.reset();
        assertThat(kept(f)).hasSize(events.size());
    }
}

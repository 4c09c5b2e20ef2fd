package app.dateline.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenTaskTest {

    @Test
    void progressSaysArticlesDoneOutOfTheTotalAndTheTimeLeft() {
        assertThat(OpenTask.progress(3, 10, 6.0)).isEqualTo("Reading articles: 3 of 10, about 14 s left");
        assertThat(OpenTask.progress(10, 10, 6.0)).isEqualTo("Reading articles: 10 of 10");
        assertThat(OpenTask.progress(1, 400, 2.0)).endsWith("about 13 min left");
    }

    @Test
    void theLegendCountsEachArticlesDatedEventsInOpeningOrder() {
        CorpusExtraction c = new Extractor().extract(List.of(Path.of(System.getProperty("dateline.corpus", "corpus"))));
        ArticleSeries series = new ArticleSeries(c.articles());
        var legend = series.legend(c.events());
        assertThat(legend).hasSize(c.articles().size());
        assertThat(legend).extracting(e -> e.series()).containsExactly(0, 1, 2, 3, 4);
        assertThat(legend.stream().mapToInt(e -> e.count()).sum())
                .isEqualTo((int) c.events().stream().filter(e -> e.isPlottable()).count());
        assertThat(legend.get(4).detail()).isEqualTo("Foreign Affairs, 2024-03-05");
    }
}

package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 4: records stream out as articles finish, in file order, with memory bounded by the work in
 * flight. Not timed: the bound is counted (how many articles were finished when the first one was handed on).
 */
class StreamingExtractTest {

    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    private List<Path> folder() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            files.add(Files.writeString(dir.resolve(String.format("a%03d.txt", i)),
                    "---\npublished: 2024-03-05\n---\nArticle " + i + ": the envoys met on " + (1 + i % 28) + " August 2021.\n"));
        }
        return files;
    }

    @Test
    void articlesAreHandedOnInFileOrderWhileTheRestAreStillToDo() throws Exception {
        List<Path> files = folder();
        AtomicInteger finished = new AtomicInteger();
        ExtractionListener counting = (done, total, article) -> finished.set(done);
        List<String> order = new ArrayList<>();
        List<Integer> finishedWhenHanded = new ArrayList<>();
        int threads = 2;
        CorpusExtraction result = new Extractor(new ArticleReader(), threads, ExtractionCache.NONE)
                .extract(List.of(dir), counting, () -> false, (article, problems) -> {
                    if (article != null) {
                        order.add(article.article().source());
                        finishedWhenHanded.add(finished.get());
                        assertThat(article.events()).extracting(e -> e.timex().value()).hasSize(1);
                    }
                });
        assertThat(order).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        // The first article was handed on when at most the window of articles was finished: the rest were not
        // even started, so memory holds the work in flight, not the folder's results.
        int window = Math.max(Extractor.MIN_IN_FLIGHT, threads * Extractor.IN_FLIGHT_PER_THREAD);
        assertThat(finishedWhenHanded.get(0)).isLessThanOrEqualTo(window).isLessThan(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            assertThat(finishedWhenHanded.get(i)).as("article %d", i).isLessThanOrEqualTo(i + window);
        }
        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anArticleWhoseRecordsRunOutOfMemoryIsNamedAndTheRestGoOn() throws Exception {
        folder();
        List<String> written = new ArrayList<>();
        List<ReadProblem> told = new ArrayList<>();
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE)
                .extract(List.of(dir), ExtractionListener.NONE, () -> false, (article, problems) -> {
                    told.addAll(problems);
                    if (article != null) {
                        if (article.article().source().endsWith("a007.txt")) {
                            throw new OutOfMemoryError("Java heap space");
                        }
                        written.add(article.article().source());
                    }
                });
        assertThat(written).hasSize(ARTICLES - 1);
        assertThat(told).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("a007.txt");
            assertThat(p.message()).contains("is too large to write out in the memory available").doesNotContain("Error");
        });
        assertThat(result.problems()).containsExactlyElementsOf(told);
    }

    @Test
    void theCollectingFormGivesTheSameArticlesInTheSameOrder() throws Exception {
        List<Path> files = folder();
        CorpusExtraction all = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(dir));
        assertThat(all.articles()).extracting(a -> a.article().source()).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
    }
}

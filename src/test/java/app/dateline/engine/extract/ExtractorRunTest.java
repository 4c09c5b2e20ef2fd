package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the window relies on while a folder opens: progress in order, results in file order, a prompt Cancel. */
class ExtractorRunTest {

    @TempDir
    Path dir;

    private List<Path> articles(int n) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("%03d.txt", i));
            // Longer articles first, so that workers finish out of file order.
            Files.writeString(f, "---\npublished: 2024-03-05\n---\n" + "The envoys met on 15 August 2021. ".repeat(1 + (n - i) % 7 * 20)
                    + "Article " + i + " was filed in April.\n");
            files.add(f);
        }
        return files;
    }

    /** Records every call; the listener contract promises one call at a time. */
    private static final class Recorder implements ExtractionListener {
        final List<ExtractionProgress> updates = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> oldStyle = Collections.synchronizedList(new ArrayList<>());
        final List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void progress(int done, int total, ArticleExtraction article) {
            oldStyle.add(done);
        }

        @Override
        public void onProgress(ExtractionProgress progress, ArticleExtraction article) {
            updates.add(progress);
            ExtractionListener.super.onProgress(progress, article);
        }

        @Override
        public void problem(ReadProblem problem) {
            problems.add(problem);
        }
    }

    @Test
    void progressCountsUpInOrderAndResultsComeInFileOrder() throws Exception {
        List<Path> files = articles(30);
        Files.write(dir.resolve("zz-empty.txt"), new byte[0]);
        Recorder r = new Recorder();
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(dir), r, () -> false);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.articles()).extracting(a -> a.article().source()).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(r.updates).extracting(ExtractionProgress::done).isSorted().endsWith(31);
        assertThat(r.updates).allSatisfy(p -> assertThat(p.total()).isEqualTo(31));
        assertThat(r.oldStyle).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 31).boxed().toList());
        ExtractionProgress last = r.updates.get(r.updates.size() - 1);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.timeLeft()).hasValue(Duration.ZERO);
        assertThat(r.problems).extracting(ReadProblem::message).containsExactly(dir.resolve("zz-empty.txt") + ": is empty");
        assertThat(result.problemsBySource()).containsOnlyKeys(dir.resolve("zz-empty.txt").toString());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cancelStopsBetweenArticlesAndKeepsThoseDoneInFileOrder() throws Exception {
        articles(120);
        AtomicBoolean cancel = new AtomicBoolean();
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(dir),
                (done, total, article) -> {
                    if (done == 5) {
                        cancel.set(true);
                    }
                }, cancel::get);
        assertThat(result.cancelled()).isTrue();
        // the fifth article's progress call sets the cancel, which may be seen before that article's result is
        // collected (on a busy machine it is): four or more are kept, never all
        assertThat(result.articles()).hasSizeBetween(4, 60);
        assertThat(result.articles()).extracting(a -> a.article().source()).isSorted();
        assertThat(result.problems()).isEmpty(); // a cancelled read is not a problem with the file
    }

    @Test
    void aListenerThatFailsDoesNotStopTheRun() throws Exception {
        articles(5);
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(dir),
                (done, total, article) -> {
                    throw new IllegalStateException("a bug in the window");
                }, () -> false);
        assertThat(result.articles()).hasSize(5);
    }

    @Test
    void theOneArticleApiAndTheThreeArgumentApiStillWork() throws Exception {
        Path file = articles(1).get(0);
        Extractor extractor = new Extractor(new ArticleReader(), 1);
        ArticleExtraction one = extractor.extract(new ArticleReader().read(file));
        CorpusExtraction many = extractor.extract(List.of(file));
        assertThat(many.articles()).hasSize(1);
        assertThat(many.articles().get(0).events()).isEqualTo(one.events());
    }
}

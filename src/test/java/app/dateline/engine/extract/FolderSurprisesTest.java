package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.files.OutputTargetTestAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 19: a path too deep to open and a FIFO met inside a folder are named, not skipped silently. */
class FolderSurprisesTest {

    private static final String GOOD = "---\npublished: 2024-03-05\n---\nThe envoys met in Doha on 15 August 2021.\n";

    @TempDir
    Path dir;

    private CorpusExtraction extract(Path... paths) {
        return new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(paths));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: a FIFO must never be opened
    void aFifoInsideAFolderIsNamed() throws Exception {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Path fifo = dir.resolve("feed.txt");
        OutputTargetTestAccess.mkfifo(fifo);
        Path fifoNoExtension = dir.resolve("feed");
        OutputTargetTestAccess.mkfifo(fifoNoExtension);
        CorpusExtraction result = extract(dir);
        assertThat(result.articles()).hasSize(1);
        assertThat(result.problems()).extracting(ReadProblem::message).containsExactlyInAnyOrder(
                fifo + ": is not a regular file (a pipe, a socket or a device); skipped",
                fifoNoExtension + ": is not a regular file (a pipe, a socket or a device); skipped");
    }

    @Test
    void aPathTooDeepToOpenIsNamed() throws Exception {
        Path top = Files.createDirectory(dir.resolve("deep"));
        Files.writeString(dir.resolve("good.txt"), GOOD);
        String name = "d".repeat(200);
        // 30 levels of 200 characters: past the 4,096 bytes a path may have; made by walking down, as a user could
        Process p = new ProcessBuilder("sh", "-c", "for i in $(seq 1 30); do mkdir " + name + " && cd -P " + name + " || exit 1; done; "
                + "printf '%s' \"$1\" > a.txt", "sh", GOOD).directory(top.toFile()).redirectErrorStream(true).start();
        try {
            assumeTrue(p.waitFor() == 0, "cannot make a deep path here");
            CorpusExtraction result = extract(dir);
            assertThat(result.articles()).extracting(a -> a.article().source()).containsExactly(dir.resolve("good.txt").toString());
            assertThat(result.problems()).anySatisfy(problem -> {
                assertThat(problem.source()).startsWith(top.toString());
                assertThat(problem.problem()).isEqualTo("is too deep to open (its path is longer than the system allows); skipped");
                assertThat(problem.fatal()).isTrue();
            });
        } finally {
            // JUnit cannot delete a path this deep; rm can
            new ProcessBuilder("rm", "-rf", top.toString()).start().waitFor();
        }
    }
}

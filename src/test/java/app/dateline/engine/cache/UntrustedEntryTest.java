package app.dateline.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.files.OutputTargetTestAccess;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 8: a cache entry that is a FIFO, a device link, a folder or absurdly large is never read: it is
 * deleted (the link or pipe itself) and the article is tagged again, this run and the next.
 */
class UntrustedEntryTest {

    @TempDir
    Path root;
    @TempDir
    Path folder;

    private CorpusExtraction open(ExtractionCache cache) {
        return new Extractor(new ArticleReader(), 2, cache).extract(List.of(folder));
    }

    private Path onlyEntry(ExtractionCache cache) throws Exception {
        try (Stream<Path> files = Files.walk(cache.folder())) {
            return files.filter(f -> f.toString().endsWith(".smile")).findFirst().orElseThrow();
        }
    }

    interface Replace {
        void at(Path entry) throws Exception;
    }

    private void assertReplacedEntryIsDeletedAndRebuilt(Replace replace) throws Exception {
        Files.writeString(folder.resolve("a.txt"), "---\npublished: 2024-03-05\n---\nThe envoys met on 15 August 2021.\n");
        CorpusExtraction cold = open(ExtractionCache.at(root));
        Path entry = onlyEntry(ExtractionCache.at(root));
        Files.delete(entry);
        replace.at(entry);

        ExtractionCache cache = ExtractionCache.at(root);
        CorpusExtraction again = open(cache);
        assertThat(again.problems()).isEmpty();
        assertThat(again.events()).isEqualTo(cold.events());
        assertThat(cache.rebuilt()).isEqualTo(1);
        assertThat(Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)).as("rebuilt as a regular entry").isTrue();

        ExtractionCache next = ExtractionCache.at(root);
        open(next);
        assertThat(next.hits()).isEqualTo(1);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: reading a FIFO would wait for ever
    void aFifoEntry() throws Exception {
        assertReplacedEntryIsDeletedAndRebuilt(entry -> OutputTargetTestAccess.mkfifo(entry));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLinkToDevZero() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertReplacedEntryIsDeletedAndRebuilt(entry -> Files.createSymbolicLink(entry, Path.of("/dev/zero")));
    }

    @Test
    void anAbsurdlyLargeEntry() throws Exception {
        assertReplacedEntryIsDeletedAndRebuilt(entry -> {
            try (RandomAccessFile f = new RandomAccessFile(entry.toFile(), "rw")) {
                f.setLength(3_000_000_000L); // sparse: takes no room on disk
            }
        });
    }

    @Test
    void aFolder() throws Exception {
        assertReplacedEntryIsDeletedAndRebuilt(entry -> Files.writeString(Files.createDirectory(entry).resolve("x"), "x"));
    }
}

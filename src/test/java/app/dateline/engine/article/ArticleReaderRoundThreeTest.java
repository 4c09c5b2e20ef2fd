package app.dateline.engine.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third round of bad input (robust12): files a demanding user's folder holds that the reader misjudged before:
 * UTF-16 without a byte order mark, an HTML page saved as {@code .txt}, a date in the future, a file that changes
 * while it is read.
 */
class ArticleReaderRoundThreeTest {

    private static final String ARTICLE = "---\ntitle: Kabul\npublished: 2021-08-16\n---\nKabul fell on 15 August 2021. "
            + "The envoys met on Tuesday.\n";

    private final ArticleReader reader = new ArticleReader();

    @Test
    void utf16WithoutAByteOrderMarkIsReadAsTextWithAWarning() throws Exception {
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Article a = reader.read("a.txt", ARTICLE.getBytes(cs));
            assertThat(a.title()).as(cs.name()).isEqualTo("Kabul");
            assertThat(a.published()).as(cs.name()).isEqualTo(LocalDate.of(2021, 8, 16));
            assertThat(a.body()).as(cs.name()).isEqualTo("Kabul fell on 15 August 2021. The envoys met on Tuesday.\n");
            assertThat(a.warnings()).as(cs.name()).containsExactly("has no byte order mark but is " + cs.name() + " text; read as " + cs.name());
        }
    }

    @Test
    void binaryWithManyNulsIsStillNotText() {
        byte[] noise = new byte[20_000];
        new Random(12).nextBytes(noise);
        byte[] nulEveryOther = new byte[20_000];
        for (int i = 0; i < nulEveryOther.length; i += 2) {
            nulEveryOther[i] = (byte) (i % 7); // control bytes and NULs: a table of small numbers, not text
        }
        for (byte[] b : new byte[][] {noise, nulEveryOther, {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}}) {
            assertThatThrownBy(() -> reader.read("x.txt", b)).hasMessage("x.txt: is not a text file (it looks binary, e.g. an image or a document format)");
        }
    }

    @Test
    void anHtmlPageSavedAsTextIsReadAsHtmlWithAWarning() throws Exception {
        String page = "\n<!DOCTYPE html><html><head><title>Talks</title><script>var d = \"1 May 2020\";</script></head>"
                + "<body><p>The envoys met in Doha on 12 March 2021.</p><p>They met again on 14 March 2021.</p></body></html>\n";
        Article a = reader.read("saved page.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(a.body()).isEqualTo("The envoys met in Doha on 12 March 2021.\n\nThey met again on 14 March 2021.");
        assertThat(a.warnings()).containsExactly("is an HTML page although its name does not end in .html or .htm; read as HTML, the markup removed");

        Article lower = reader.read("b.md", "<html>\n<body><p>Talks resumed in April.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(lower.body()).isEqualTo("Talks resumed in April.");
    }

    @Test
    void textThatOnlyMentionsMarkupStaysText() throws Exception {
        String text = "The <html> tag opens a page; <p> a paragraph.\n<htmlish> is no tag.";
        Article a = reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(a.body()).isEqualTo(text);
        assertThat(a.warnings()).isEmpty();
        Article b = reader.read("b.txt", "<htmlish>Talks resumed in April.".getBytes(StandardCharsets.UTF_8));
        assertThat(b.body()).isEqualTo("<htmlish>Talks resumed in April.");
    }

    @Test
    void aDateInTheFutureIsKeptWithAWarningThatNamesIt() throws Exception {
        ArticleReader on = new ArticleReader(null, ArticleReader.MAX_BYTES, new FileSnapshot(), () -> LocalDate.of(2026, 12, 1));
        Article line = on.read("a.txt", "Published: March 3, 2091\nThe envoys met on Tuesday.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(line.published()).isEqualTo(LocalDate.of(2091, 3, 3));
        assertThat(line.warnings()).containsExactly("its date 2091-03-03 (from its date line in the text) is in the future (today is 2026-12-01); "
                + "relative dates are read against it as written");
        Article front = on.read("b.txt", "---\npublished: 2027-01-01\n---\nThe envoys met on Tuesday.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(front.warnings()).singleElement().asString().startsWith("its date 2027-01-01 (from its front matter) is in the future");
        // tomorrow is not the future: a date line written in a time zone ahead of the reader's
        Article tomorrow = on.read("c.txt", "---\npublished: 2026-12-02\n---\nThe envoys met on Tuesday.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tomorrow.warnings()).isEmpty();
        // a date given by --dct is the user's own choice: no warning
        ArticleReader given = new ArticleReader(LocalDate.of(2091, 1, 1), ArticleReader.MAX_BYTES, new FileSnapshot(), () -> LocalDate.of(2026, 12, 1));
        assertThat(given.read("d.txt", "The envoys met on Tuesday.\n".getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    }

    @Test
    void aFileThatKeepsChangingWhileItIsReadIsReadWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("growing.txt");
        Files.writeString(file, ARTICLE);
        AtomicInteger reads = new AtomicInteger();
        // every read is followed by another line written: the file never holds still
        FileSnapshot appending = new FileSnapshot((path, limit) -> {
            byte[] b = FileSnapshot.STREAM.read(path, limit);
            reads.incrementAndGet();
            Files.writeString(path, "They met again on 1 May 2021.\n", StandardOpenOption.APPEND);
            return b;
        });
        Article a = new ArticleReader(null, ArticleReader.MAX_BYTES, appending).read(file);
        assertThat(reads).hasValue(FileSnapshot.ATTEMPTS);
        assertThat(a.body()).isEqualTo("Kabul fell on 15 August 2021. The envoys met on Tuesday.\n"
                + "They met again on 1 May 2021.\n".repeat(FileSnapshot.ATTEMPTS - 1));
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("changed while it was read (3 tries; is it still being written?); read as it stood then (")
                .endsWith(" bytes): open it again when it is complete");
    }

    @Test
    void aFileRewrittenOnceWhileItIsReadIsReadAgainWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saved.txt");
        Files.writeString(file, ARTICLE);
        AtomicInteger reads = new AtomicInteger();
        // an editor saves it during the first read: that read saw it empty (truncated, not yet written)
        FileSnapshot savedOnce = new FileSnapshot((path, limit) -> {
            if (reads.getAndIncrement() == 0) {
                Files.writeString(path, ARTICLE.replace("Tuesday", "Wednesday"));
                return new byte[0];
            }
            return FileSnapshot.STREAM.read(path, limit);
        });
        Article a = new ArticleReader(null, ArticleReader.MAX_BYTES, savedOnce).read(file);
        assertThat(reads).hasValue(2);
        assertThat(a.body()).isEqualTo("Kabul fell on 15 August 2021. The envoys met on Wednesday.\n");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aFileEmptyEveryTimeItIsReadWhileBeingWrittenIsNotCalledEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("download.txt");
        Files.writeString(file, "x");
        FileSnapshot truncating = new FileSnapshot((path, limit) -> {
            Files.writeString(path, "");
            Files.writeString(path, ARTICLE); // written again after the read saw nothing
            return new byte[0];
        });
        assertThatThrownBy(() -> new ArticleReader(null, ArticleReader.MAX_BYTES, truncating).read(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage(file + ": changed while it was read (3 tries; is it still being written?); is empty at the moment it was read: "
                        + "open it again when it is complete");
    }

    @Test
    void aFileThatGrowsPastTheLimitWhileItIsReadIsRefusedAsTooLarge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log.txt");
        Files.writeString(file, "The envoys met on Tuesday.\n");
        FileSnapshot growing = new FileSnapshot((path, limit) -> {
            Files.writeString(path, "x".repeat(200), StandardOpenOption.APPEND);
            return FileSnapshot.STREAM.read(path, limit);
        });
        assertThatThrownBy(() -> new ArticleReader(null, 100, growing).read(file))
                .hasMessage(file + ": is too large (0.0 MB); Dateline reads articles of up to 0.0 MB: split it into smaller files");
    }

    @Test
    void aFileThatTellsNoSizeIsReadWithoutAWarning() throws Exception {
        Path proc = Path.of("/proc/version"); // a regular file of size 0 that holds text
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(proc) && Files.size(proc) == 0, "no /proc here");
        Article a = reader.read(proc);
        assertThat(a.body()).isNotBlank();
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("changed while it was read"));
    }
}

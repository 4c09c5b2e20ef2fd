package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.Event;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input a user's folder may hold, read by the engine beside a good article: the bad file is
 * named with its problem in one line of plain words, and the good article is read all the same.
 */
class BadInputTest {

    private static final String GOOD = "---\ntitle: Good\npublished: 2024-03-05\n---\nThe envoys met in Doha on 15 August 2021.\n";

    @TempDir
    Path dir;

    private CorpusExtraction extract(Path... paths) {
        return new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(paths));
    }

    private CorpusExtraction withGood(String name, byte[] bad) throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Files.write(dir.resolve(name), bad);
        return extract(dir);
    }

    private static void assertGoodWasRead(CorpusExtraction result) {
        assertThat(result.articles()).anySatisfy(a -> {
            assertThat(a.article().source()).endsWith("good.txt");
            assertThat(a.events()).extracting(e -> e.timex().value()).contains("2021-08-15");
        });
    }

    /** One line, the file first, no exception class names, no stack trace. */
    static void assertPlain(ReadProblem p) {
        assertThat(p.message()).startsWith(p.source() + ": ").doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("Error").doesNotContain("\tat ");
    }

    private static ReadProblem problemOf(CorpusExtraction result, String name) {
        List<ReadProblem> found = result.problems().stream().filter(p -> p.source().endsWith(name)).toList();
        assertThat(found).as("problems of %s in %s", name, result.problems()).isNotEmpty();
        found.forEach(BadInputTest::assertPlain);
        return found.get(0);
    }

    @Test
    void anEmptyFileIsSkippedWithItsName() throws Exception {
        CorpusExtraction result = withGood("empty.txt", new byte[0]);
        ReadProblem p = problemOf(result, "empty.txt");
        assertThat(p.fatal()).isTrue();
        assertThat(p.problem()).isEqualTo("is empty");
        assertGoodWasRead(result);
    }

    @Test
    void anImageRenamedTxtIsSkippedAsBinary() throws Exception {
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        CorpusExtraction result = withGood("photo.txt", png);
        assertThat(problemOf(result, "photo.txt").problem()).startsWith("is not a text file");
        assertGoodWasRead(result);
    }

    @Test
    void windows1252IsReadCorrectlyWithAWarning() throws Exception {
        byte[] cp1252 = "He said \u201cno\u201d on Monday, March 1, 2021 \u2013 twice.".getBytes(Charset.forName("windows-1252"));
        CorpusExtraction result = withGood("cp1252.txt", cp1252);
        ReadProblem p = problemOf(result, "cp1252.txt");
        assertThat(p.fatal()).isFalse();
        assertThat(p.problem()).contains("not UTF-8").contains("Windows-1252");
        ArticleExtraction a = result.articles().stream().filter(x -> x.article().source().endsWith("cp1252.txt")).findFirst().orElseThrow();
        assertThat(a.article().body()).contains("\u201cno\u201d").contains("\u2013");
        assertThat(a.events()).extracting(e -> e.mention().text()).contains("Monday, March 1, 2021");
        assertGoodWasRead(result);
    }

    @Test
    void malformedFrontMatterIsReadLineByLineWithAWarning() throws Exception {
        CorpusExtraction result = withGood("yaml.txt", "---\ntitle: [unclosed\npublished: 2022-08-16\n---\nIn April, talks resumed.\n".getBytes());
        assertThat(problemOf(result, "yaml.txt").problem()).contains("not valid YAML");
        ArticleExtraction a = result.articles().stream().filter(x -> x.article().source().endsWith("yaml.txt")).findFirst().orElseThrow();
        assertThat(a.article().published()).hasToString("2022-08-16");
        assertThat(a.events()).extracting(e -> e.timex().value()).containsExactly("2022-04");
    }

    @Test
    void unclosedFrontMatterKeepsEveryLineAsBody() throws Exception {
        CorpusExtraction result = withGood("unclosed.txt", "---\ntitle: T\nThe talks began on 15 August 2021.\n".getBytes());
        assertThat(problemOf(result, "unclosed.txt").problem()).contains("not closed");
        ArticleExtraction a = result.articles().stream().filter(x -> x.article().source().endsWith("unclosed.txt")).findFirst().orElseThrow();
        assertThat(a.article().body()).startsWith("---\ntitle: T\n");
        assertThat(a.events()).extracting(e -> e.timex().value()).containsExactly("2021-08-15");
    }

    @Test
    void publishedThatIsNotADateOrImpossibleLeavesTheDateUnknown() throws Exception {
        Files.writeString(dir.resolve("words.txt"), "---\npublished: last Tuesday\n---\nThe vote was in April.\n");
        Files.writeString(dir.resolve("feb30.txt"), "---\npublished: 2021-02-30\n---\nThe vote was in April.\n");
        Files.writeString(dir.resolve("far.txt"), "---\npublished: 0000-01-01\n---\nThe vote was in April.\n");
        CorpusExtraction result = extract(dir);
        assertThat(problemOf(result, "words.txt").problem()).contains("'published: last Tuesday' is not a valid date");
        assertThat(problemOf(result, "feb30.txt").problem()).contains("2021-02-30").contains("not a valid date");
        assertThat(problemOf(result, "far.txt").problem()).contains("outside the years 1 to 9999");
        assertThat(result.articles()).hasSize(3).allSatisfy(a -> {
            assertThat(a.article().published()).isNull();
            // Nothing invented: April stays without a year.
            assertThat(a.events()).extracting(e -> e.timex().value()).containsExactly("XXXX-04");
        });
    }

    @Test
    void impossibleDatesInTheTextAreLeftOutAndNamed() throws Exception {
        Files.writeString(dir.resolve("typos.txt"), "---\npublished: 2021-06-01\n---\n"
                + "The memo is dated February 30, 2021. Another is dated 32 March 2020. The vote was on 3 March 2021.\n");
        CorpusExtraction result = extract(dir);
        ArticleExtraction a = result.articles().get(0);
        assertThat(a.events()).extracting(e -> e.mention().text()).containsExactly("3 March 2021");
        List<String> problems = result.problems().stream().peek(BadInputTest::assertPlain).map(ReadProblem::problem).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'February 30, 2021'").contains("not a date on the calendar"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'32 March 2020'").contains("not a date on the calendar"));
    }

    @Test
    void yearsFarAwayGiveNoCrashAndNoGarbage() throws Exception {
        String body = "Farming began here in 3000 BC. Rome was founded in 753 B.C. by legend. The year 10000 is far. "
                + "Cave paintings from 12000 BC survive. A novel set in March 10000 sold well. The dam opened in 2021.";
        Files.writeString(dir.resolve("far.txt"), "---\npublished: 2024-03-05\n---\n" + body);
        CorpusExtraction result = extract(dir);
        assertThat(result.problems()).isEmpty();
        List<Event> events = result.events();
        assertThat(events).extracting(e -> e.mention().text() + "=" + e.timex().value())
                .containsExactly("3000 BC=BC3000", "753 B.C.=BC0753", "2021=2021");
        // Years before Christ keep their TIMEX3 value but are not placed on the timeline of days.
        assertThat(events.stream().filter(e -> e.timex().value().startsWith("BC"))).allSatisfy(e -> {
            assertThat(e.isPlottable()).isFalse();
            assertThat(e.timex().from()).isNull();
        });
    }

    @Test
    void aFolderWithNoArticleFilesIsNamed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Files.writeString(empty.resolve("notes.pdf"), "not an article name");
        CorpusExtraction result = extract(empty);
        assertThat(result.articles()).isEmpty();
        ReadProblem p = problemOf(result, "nothing-here");
        assertThat(p.fatal()).isTrue();
        assertThat(p.problem()).startsWith("has no article files").contains(".txt").contains(".html");
    }

    @Test
    void aFolderWithNoReadableFileNamesEachOfThem() throws Exception {
        Files.write(dir.resolve("a.txt"), new byte[0]);
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.writeString(dir.resolve("c.md"), "   \n\n  ");
        CorpusExtraction result = extract(dir);
        assertThat(result.articles()).isEmpty();
        assertThat(result.unreadable()).extracting(p -> Path.of(p.source()).getFileName().toString() + ": " + p.problem())
                .containsExactly("a.txt: is empty", "b.txt: is not a text file (it looks binary, e.g. an image or a document format)",
                        "c.md: has no text");
        result.problems().forEach(BadInputTest::assertPlain);
    }

    @Test
    void aFileDeletedWhileLoadingIsNamedAndTheRestGoOn() throws Exception {
        for (String name : List.of("1.txt", "2.txt", "3.txt")) {
            Files.writeString(dir.resolve(name), GOOD);
        }
        // One worker, so the files are read in order: when the first is done, the third disappears.
        CorpusExtraction result = new Extractor(new ArticleReader(), 1, ExtractionCache.NONE).extract(List.of(dir),
                (done, total, article) -> {
                    if (done == 1) {
                        try {
                            Files.delete(dir.resolve("3.txt"));
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    }
                }, () -> false);
        assertThat(result.articles()).hasSize(2);
        assertThat(problemOf(result, "3.txt").problem()).contains("does not exist").contains("deleted");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // reading a pipe would wait for ever: this must not hang
    void aFileReplacedByAPipeWhileLoadingIsNotWaitedFor() throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", "--version").start().waitFor() == 0, "mkfifo is available");
        for (String name : List.of("1.txt", "2.txt")) {
            Files.writeString(dir.resolve(name), GOOD);
        }
        CorpusExtraction result = new Extractor(new ArticleReader(), 1, ExtractionCache.NONE).extract(List.of(dir),
                (done, total, article) -> {
                    if (done == 1) {
                        try {
                            Files.delete(dir.resolve("2.txt"));
                            new ProcessBuilder("mkfifo", dir.resolve("2.txt").toString()).start().waitFor();
                        } catch (IOException | InterruptedException e) {
                            throw new AssertionError(e);
                        }
                    }
                }, () -> false);
        assertThat(result.articles()).hasSize(1);
        assertThat(problemOf(result, "2.txt").problem()).contains("not a regular file");
    }

    @Test
    void aFileMadeUnreadableIsNamed() throws Exception {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "permissions are enforced (not running as root)");
        Files.writeString(dir.resolve("good.txt"), GOOD);
        CorpusExtraction result = extract(dir);
        assertThat(problemOf(result, "locked.txt").problem()).isEqualTo("cannot be read: permission denied");
        assertGoodWasRead(result);
    }

    @Test
    void symlinkLoopsAreReportedAndEveryFileIsReadOnce() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("good.txt"), GOOD);
        Files.createSymbolicLink(sub.resolve("back"), dir);       // sub/back -> the root: a loop
        Files.createSymbolicLink(sub.resolve("self"), sub);       // sub/self -> sub: a loop
        Files.createSymbolicLink(dir.resolve("alias"), sub);      // alias -> sub: the same files again
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        CorpusExtraction result = extract(dir);
        assertThat(result.articles()).hasSize(1);
        assertThat(problemOf(result, "back").problem()).contains("loop");
        assertThat(problemOf(result, "self").problem()).contains("loop");
        assertThat(problemOf(result, "gone.txt").problem()).contains("does not exist");
        assertThat(problemOf(result, "good.txt").problem()).contains("is the same file as").contains("read once");
    }

    @Test
    void htmlIsReadAsTextWithTheMarkupRemovedAndNothingRun() throws Exception {
        String page = "<html><head><title>T</title><style>p{color:red}</style>"
                + "<script>document.write('On March 9, 1999 nothing happened');</script></head>"
                + "<body><h1>Kabul</h1><p>The Taliban took Kabul on <b>15 August 2021</b>.</p>"
                + "<p onclick=\"alert('June 1, 2020')\">Talks resumed in <i>September 2021</i>.</p></body></html>";
        Files.writeString(dir.resolve("page.html"), page);
        Files.writeString(dir.resolve("page2.htm"), page);
        CorpusExtraction result = extract(dir);
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(2).allSatisfy(a -> {
            assertThat(a.article().body()).doesNotContain("<").doesNotContain("document.write").doesNotContain("color:red")
                    .contains("The Taliban took Kabul on 15 August 2021.");
            assertThat(a.events()).extracting(e -> e.timex().value()).containsExactly("2021-08-15", "2021-09");
        });
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ArticleReader.MAX_BYTES + 1); // sparse: no disk is used
        }
        Files.writeString(dir.resolve("good.txt"), GOOD);
        CorpusExtraction result = extract(dir);
        assertThat(problemOf(result, "huge.txt").problem()).startsWith("is too large (100.0 MB)").contains("split it");
        assertGoodWasRead(result);
    }

    @Test
    void aMissingPathIsNamed() {
        CorpusExtraction result = extract(dir.resolve("no-such-folder"));
        assertThat(problemOf(result, "no-such-folder").problem()).isEqualTo("does not exist");
    }
}

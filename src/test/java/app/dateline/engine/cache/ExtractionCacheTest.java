package app.dateline.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.tagger.SlowNatty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache makes a second open fast and is never trusted blindly: anything unsound in it is rebuilt. */
class ExtractionCacheTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));

    @TempDir
    Path root;
    @TempDir
    Path folder;

    @BeforeEach
    void copyCorpus() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    private CorpusExtraction open(ExtractionCache cache) {
        return new Extractor(new ArticleReader(), 2, cache).extract(List.of(folder));
    }

    private List<Path> entries(ExtractionCache cache) throws Exception {
        try (Stream<Path> files = Files.walk(cache.folder())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aReopenComesFromTheCacheAndEqualsAFreshRun() throws Exception {
        CorpusExtraction fresh = open(ExtractionCache.NONE);
        ExtractionCache first = ExtractionCache.at(root);
        CorpusExtraction cold = open(first);
        assertThat(first.misses()).isEqualTo(5);
        assertThat(entries(first)).hasSize(5).allSatisfy(p -> assertThat(p.toString()).endsWith(".smile"));
        ExtractionCache second = ExtractionCache.at(root);
        CorpusExtraction warm = open(second);
        assertThat(second.hits()).isEqualTo(5);
        assertThat(second.misses()).isZero();
        assertThat(warm.events()).isEqualTo(fresh.events()).isEqualTo(cold.events());
        assertThat(warm.articles()).extracting(a -> a.text()).isEqualTo(fresh.articles().stream().map(a -> a.text()).toList());
        assertThat(warm.problems()).isEqualTo(fresh.problems());
    }

    @Test
    void corruptPartialOrForeignEntriesAreDeletedAndRebuiltNeverTrusted() throws Exception {
        CorpusExtraction fresh = open(ExtractionCache.NONE);
        ExtractionCache cache = ExtractionCache.at(root);
        open(cache);
        List<Path> entries = entries(cache);
        Files.write(entries.get(0), "not an entry at all".getBytes());
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(whole, whole.length / 2)); // a write cut short
        rewrite(entries.get(2), e -> e.put("engine", "0123456789abcdef"));                 // another engine
        rewrite(entries.get(3), e -> e.withArray("mentions").forEach(m -> ((ObjectNode) m).put("end", 99_999_999))); // offsets outside
        rewrite(entries.get(4), e -> e.put("key", "0".repeat(64)));                        // another text
        ExtractionCache again = ExtractionCache.at(root);
        CorpusExtraction rebuilt = open(again);
        assertThat(again.rebuilt()).isEqualTo(5);
        assertThat(again.hits()).isZero();
        assertThat(rebuilt.events()).isEqualTo(fresh.events());
        ExtractionCache third = ExtractionCache.at(root);
        open(third);
        assertThat(third.hits()).isEqualTo(5); // the rebuilt entries are sound
    }

    @Test
    void anEntryWhoseTextsDifferInLengthIsNotUsed() throws Exception {
        ExtractionCache cache = ExtractionCache.at(root);
        open(cache);
        for (Path e : entries(cache)) {
            rewrite(e, n -> n.put("length", n.get("length").asInt() + 1));
        }
        ExtractionCache again = ExtractionCache.at(root);
        open(again);
        assertThat(again.rebuilt()).isEqualTo(5);
    }

    @Test
    void anotherEngineOrRuleSetSeesNoneOfTheseEntries() {
        open(ExtractionCache.at(root, "aaaaaaaaaaaaaaaa"));
        ExtractionCache other = ExtractionCache.at(root, "bbbbbbbbbbbbbbbb");
        open(other);
        assertThat(other.hits()).isZero();
        assertThat(other.misses()).isEqualTo(5);
    }

    @Test
    void entriesAreFoundByContentNotByName() throws Exception {
        open(ExtractionCache.at(root));
        Path any = Files.list(folder).sorted().findFirst().orElseThrow();
        Files.move(any, folder.resolve("renamed.md"));
        ExtractionCache again = ExtractionCache.at(root);
        open(again);
        assertThat(again.hits()).isEqualTo(5);
        Path changed = folder.resolve("renamed.md");
        Files.writeString(changed, Files.readString(changed) + "\nOne more line on 1 May 2024.\n");
        ExtractionCache third = ExtractionCache.at(root);
        CorpusExtraction result = open(third);
        assertThat(third.hits()).isEqualTo(4);
        assertThat(result.events()).extracting(e -> e.timex().value()).contains("2024-05-01");
    }

    @Test
    void aResultWithASentenceSkippedForSlownessIsNotKept() throws Exception {
        ExtractionCache cache = ExtractionCache.at(root);
        // Natty takes 300 ms and is allowed 5: every sentence it is asked about is too slow.
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, cache,
                () -> SlowNatty.tagger(Duration.ofMillis(5), Duration.ofMillis(300))).extract(List.of(folder));
        assertThat(result.articles()).hasSize(5);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.problem()).contains("took the date parser Natty over"));
        long slow = result.articles().stream().filter(a -> a.article().warnings().stream().anyMatch(w -> w.contains("Natty"))).count();
        assertThat(slow).isPositive();
        assertThat(Files.exists(cache.folder()) ? entries(cache) : List.of()).hasSize((int) (5 - slow));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsAWarningNotAFailure() throws Exception {
        Path notAFolder = Files.writeString(root.resolve("file"), "x");
        CorpusExtraction result = open(ExtractionCache.at(notAFolder));
        assertThat(result.articles()).hasSize(5);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.problem()).startsWith("cannot be written").endsWith("results are not kept for next time");
        });
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        ExtractionCache cache = ExtractionCache.at(root);
        open(cache);
        assertThat(entries(cache)).noneSatisfy(p -> assertThat(p.toString()).endsWith(".tmp"));
    }

    @Test
    void theFingerprintCoversEveryRuleResource() {
        assertThat(EngineFingerprint.ruleResources()).contains("/dateline/rules/index.yaml", "/dateline/rules/macros.yaml",
                "/dateline/rules/date.yaml", "/dateline/rules/limits.yaml", "/dateline/rules/tables/month.tsv");
        assertThat(EngineFingerprint.current()).matches("[0-9a-f]{16}").isEqualTo(EngineFingerprint.current());
    }

    @Test
    void theDefaultFolderFollowsThePropertyThenXdgThenHome() {
        String before = System.getProperty("dateline.cache.dir");
        try {
            System.setProperty("dateline.cache.dir", root.toString());
            assertThat(ExtractionCache.defaultRoot()).isEqualTo(root);
            System.clearProperty("dateline.cache.dir");
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path expected = xdg != null && !xdg.isBlank() ? Path.of(xdg, "dateline")
                    : Path.of(System.getProperty("user.home"), ".cache", "dateline");
            assertThat(ExtractionCache.defaultRoot()).isEqualTo(expected);
        } finally {
            if (before != null) {
                System.setProperty("dateline.cache.dir", before);
            }
        }
    }

    /** Changes an entry and writes it back with a correct header and checksum: only the content is wrong. */
    private static void rewrite(Path entry, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode node = (ObjectNode) ExtractionCache.SMILE.readTree(ExtractionCache.unframe(Files.readAllBytes(entry)));
        change.accept(node);
        Files.write(entry, ExtractionCache.frame(ExtractionCache.SMILE.writeValueAsBytes(node)));
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws Exception {
        ExtractionCache cache = ExtractionCache.at(root);
        open(cache);
        Path entry = entries(cache).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(entry, bytes);
        ExtractionCache again = ExtractionCache.at(root);
        open(again);
        assertThat(again.rebuilt()).isEqualTo(1);
        assertThat(again.hits()).isEqualTo(4);
    }
}

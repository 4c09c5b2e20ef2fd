package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.Event;
import app.dateline.engine.tagger.AnchorKind;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles far larger than news: a 5 MB line without a sentence end, a 50 MB file. They are generated here,
 * never committed. The full-size timings are benchmark figures in the README, not assertions.
 */
class BigInputTest {

    /** Words no rule and no Natty trigger cares about, so that a long text costs little to tag. */
    private static final String FILLER = "committee members discussed proposals about budget reform while observers waited outside the hall";

    @TempDir
    Path dir;

    static String corpusText() throws Exception {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(Path.of(System.getProperty("dateline.corpus", "corpus")))) {
            for (Path p : files.sorted().toList()) {
                b.append(new ArticleReader().read(p).body()).append('\n');
            }
        }
        return b.toString();
    }

    /** An article of the corpus's paragraphs over and over, at least {@code size} characters, then {@code last}. */
    private Path corpusArticle(String name, long size, String last) throws Exception {
        String unit = corpusText();
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("---\ntitle: An archive export\npublished: 2024-03-05\n---\n");
            for (long written = 0; written < size; written += unit.length()) {
                w.write(unit);
            }
            w.write(last);
        }
        return file;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against hanging, not a speed goal
    void aFiveMegabyteLineIsTaggedEndToEndWithExactOffsetsAndBoundedExcerpts() throws Exception {
        Path file = dir.resolve("one-line.txt");
        int dates = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("---\npublished: 2024-03-05\n---\n");
            long written = 0;
            for (int i = 0; written < 5_000_000; i++) {
                String piece = FILLER + (i % 40 == 39 ? " on 3 March 2021; " : ", ");
                dates += i % 40 == 39 ? 1 : 0;
                w.write(piece);
                written += piece.length();
            }
        }
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(file));
        assertThat(result.problems()).isEmpty();
        ArticleExtraction a = result.articles().get(0);
        String body = a.article().body();
        assertThat(body.length()).isGreaterThan(5_000_000);
        assertThat(body.indexOf('\n')).isEqualTo(-1);
        assertThat(a.events()).hasSize(dates).allSatisfy(e -> {
            assertThat(body.substring(e.mention().begin(), e.mention().end())).isEqualTo("3 March 2021");
            assertThat(e.timex().value()).isEqualTo("2021-03-03");
            assertThat(e.sentence().length()).isLessThanOrEqualTo(1_000);
            assertThat(e.excerpt().length()).isLessThanOrEqualTo(20_000);
            assertThat(e.excerpt().substring(e.excerptMentionBegin(), e.excerptMentionEnd())).isEqualTo("3 March 2021");
        });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteArticleIsReadAndSegmentedInFullAndTaggedWithExactOffsetsAtItsEnd() throws Exception {
        Path file = corpusArticle("archive.txt", 50_000_000, "The archive closed on 9 November 2023.\n");
        assertThat(Files.size(file)).isGreaterThan(50_000_000);
        Article article = new ArticleReader().read(file);
        SegmentedText text = new Segmenter().segment(article.body());
        assertThat(text.sentences()).hasSizeGreaterThan(300_000)
                .allSatisfy(s -> assertThat(s.end() - s.begin()).isLessThanOrEqualTo(1_000));
        // Tagging all of it is a benchmark (README); here the last 200 sentences, with offsets into the whole body.
        int n = text.sentences().size();
        SegmentedText end = new SegmentedText(text.text(), text.paragraphs(), text.sentences().subList(n - 200, n));
        List<Mention> mentions = new TemporalTagger().tag(article, end);
        assertThat(mentions).isNotEmpty().allSatisfy(m -> assertThat(article.body().substring(m.begin(), m.end())).isEqualTo(m.text()));
        Mention last = mentions.get(mentions.size() - 1);
        assertThat(last.text()).isEqualTo("9 November 2023");
        assertThat(last.begin()).isGreaterThan(50_000_000);
    }

    @Test
    void aLongArticleTaggedInBlocksGivesTheSameMentionsAsInOnePiece() throws Exception {
        String unit = corpusText();
        StringBuilder b = new StringBuilder("---\npublished: 2024-03-05\n---\n");
        while (new Segmenter().segment(b.toString()).sentences().size() <= Extractor.BLOCK_SENTENCES + 100) {
            b.append(unit);
        }
        Path file = dir.resolve("long.txt");
        Files.writeString(file, b);
        Extractor extractor = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE);
        AtomicInteger partial = new AtomicInteger();
        CorpusExtraction inBlocks = extractor.extract(List.of(file), new ExtractionListener() {
            @Override
            public void progress(int done, int total, ArticleExtraction article) {
            }

            @Override
            public void onProgress(ExtractionProgress progress, ArticleExtraction article) {
                if (progress.finished() == null) {
                    partial.incrementAndGet();
                    assertThat(progress.done()).isZero();
                    assertThat(progress.fraction()).isBetween(0.0, 1.0);
                }
            }
        }, () -> false);
        ArticleExtraction whole = extractor.extract(new ArticleReader().read(file));
        assertThat(partial.get()).isEqualTo(2); // one call per block of a two-block article
        List<Event> blocked = inBlocks.articles().get(0).events();
        assertThat(blocked).extracting(e -> e.mention().begin() + ":" + e.mention().text())
                .containsExactlyElementsOf(whole.events().stream().map(e -> e.mention().begin() + ":" + e.mention().text()).toList());
        // Labels, sentences and excerpts agree; values too but for a date counted from "the date mentioned
        // before" at the start of a block.
        for (int i = 0; i < blocked.size(); i++) {
            assertThat(blocked.get(i).label()).isEqualTo(whole.events().get(i).label());
            assertThat(blocked.get(i).excerpt()).isEqualTo(whole.events().get(i).excerpt());
            if (whole.events().get(i).mention().anchor().kind() != AnchorKind.PREVIOUS_DATE) {
                assertThat(blocked.get(i).timex()).isEqualTo(whole.events().get(i).timex());
            }
        }
    }

    @Test
    void aLivePageLongerThanABlockIsReadAsALivePageInEveryBlock() throws Exception {
        // 1,400 entries a minute apart, newest first, one a line: two blocks, the whole text scanned once for both
        StringBuilder page = new StringBuilder();
        for (int minutes = 23 * 60 + 59, n = 0; n < 1_400; minutes--, n++) {
            page.append(String.format(java.util.Locale.ROOT, "%02d%02d", minutes / 60, minutes % 60))
                    .append(": Another update on the talks.\n");
        }
        Path file = dir.resolve("live.txt");
        Files.writeString(file, "---\npublished: 2010-06-15\n---\n" + page);
        Article article = new ArticleReader().read(file);
        assertThat(new Segmenter().segment(article.body()).sentences().size()).isGreaterThan(Extractor.BLOCK_SENTENCES);
        for (ArticleExtraction x : List.of(new Extractor(new ArticleReader(), 1, ExtractionCache.NONE).extract(article),
                new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(file)).articles().get(0))) {
            List<String> clocks = x.events().stream().map(Event::mention).filter(m -> m.text().matches("\\d{4}"))
                    .map(m -> m.timex().value()).toList();
            // every entry a clock time on the article's day, the last block's too (the last entry is 00:40)
            assertThat(clocks).hasSize(1_400).allMatch(v -> v.startsWith("2010-06-15T"));
            assertThat(clocks).contains("2010-06-15T23:59", "2010-06-15T00:40");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cancellingDuringALongArticleStopsBeforeItsBlocksAreDone() throws Exception {
        Path file = corpusArticle("long.txt", 3_000_000, "");
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger blocksDone = new AtomicInteger();
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(file),
                new ExtractionListener() {
                    @Override
                    public void progress(int done, int total, ArticleExtraction article) {
                    }

                    @Override
                    public void onProgress(ExtractionProgress progress, ArticleExtraction article) {
                        blocksDone.incrementAndGet();
                        cancel.set(true);
                    }
                }, cancel::get);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).isEmpty();
        int blocks = new Segmenter().segment(new ArticleReader().read(file).body()).sentences().size() / Extractor.BLOCK_SENTENCES;
        assertThat(blocksDone.get()).isLessThan(blocks / 2);
    }
}

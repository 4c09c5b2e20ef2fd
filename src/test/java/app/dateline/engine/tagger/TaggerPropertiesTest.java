package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.AdversarialText;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import app.dateline.engine.text.Sentence;
import app.dateline.engine.timex.Timex;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tagger on random and adversarial text: it never throws (nothing reaches its per-sentence safety net),
 * every mention points at its own text inside the body, every span runs forwards, and no sentence holds it
 * up for long (Natty is cut off by its watchdog).
 */
class TaggerPropertiesTest {

    /** Short, so that Natty's slow inputs are cut off here rather than waited for. */
    private static final Duration NATTY_LIMIT = Duration.ofMillis(300);
    /** Far above what a sentence of at most 1,000 characters takes, even on a loaded machine: a hang detector. */
    private static final Duration SENTENCE_BOUND = NATTY_LIMIT.plusSeconds(10);

    private final TemporalTagger tagger = new TemporalTagger(RuleSet.english(), true, NATTY_LIMIT);
    private final Segmenter segmenter = new Segmenter();
    private final Extractor extractor = new Extractor(new ArticleReader(), 1, ExtractionCache.NONE,
            () -> new TemporalTagger(RuleSet.english(), true, NATTY_LIMIT));

    @Provide
    Arbitrary<String> texts() {
        return AdversarialText.text();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(6, Arbitraries.integers().between(1900, 2100).map(y -> LocalDate.of(y, 1, 1).plusDays(y * 37 % 365))),
                Tuple.of(1, Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2024, 2, 29))));
    }

    private static Article article(String body, LocalDate dct) {
        return new Article("random.txt", null, null, dct, dct == null ? DateOrigin.UNKNOWN : DateOrigin.GIVEN, body, List.of());
    }

    @Property(tries = 150)
    void taggingNeverFailsAndEveryMentionPointsAtItsText(@ForAll("texts") String body, @ForAll("dates") LocalDate dct) {
        SegmentedText text = segmenter.segment(body);
        List<String> warnings = new ArrayList<>();
        List<Mention> mentions = tagger.tag(article(body, dct), text, warnings::add);
        for (Mention m : mentions) {
            assertThat(m.begin()).isGreaterThanOrEqualTo(0).isLessThan(m.end());
            assertThat(m.end()).isLessThanOrEqualTo(body.length());
            assertThat(body.substring(m.begin(), m.end())).isEqualTo(m.text());
            Sentence s = text.sentences().get(m.sentence());
            assertThat(m.begin()).isGreaterThanOrEqualTo(s.begin());
            assertThat(m.end()).isLessThanOrEqualTo(s.end());
            assertThat(m.paragraph()).isEqualTo(s.paragraph());
            Timex t = m.timex();
            assertThat(t.value()).isNotBlank().doesNotContain("UNDEF");
            if (t.from() != null) {
                assertThat(t.from()).isBeforeOrEqualTo(t.to());
            }
        }
        assertThat(warnings).allSatisfy(w -> assertThat(w).doesNotContain("\n").doesNotContain("an error in Dateline"));
    }

    @Property(tries = 60)
    void noSentenceHoldsTheTaggerUp(@ForAll("texts") String body, @ForAll("dates") LocalDate dct) {
        SegmentedText text = segmenter.segment(body);
        Article article = article(body, dct);
        for (Sentence s : text.sentences()) {
            SegmentedText one = new SegmentedText(body, text.paragraphs(), List.of(s));
            long start = System.nanoTime();
            tagger.tag(article, one);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SENTENCE_BOUND);
        }
    }

    @Property(tries = 60)
    void eventsPointIntoTheirSentenceAndExcerpt(@ForAll("texts") String body, @ForAll("dates") LocalDate dct) {
        ArticleExtraction x = extractor.extract(article(body, dct));
        for (Event e : x.events()) {
            assertThat(e.excerpt().substring(e.excerptMentionBegin(), e.excerptMentionEnd())).isEqualTo(e.mention().text());
            assertThat(e.sentence()).contains(e.mention().text());
            assertThat(e.label()).isNotNull();
            // on the timeline: a calendar date that tells an event (not a stamp, a question, the reader's "you"...)
            assertThat(e.isPlottable()).isEqualTo(e.timex().from() != null && e.noEvent() == null);
        }
    }
}

package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts read once off an article's whole text and handed to each block of its sentences: a block after the
 * first, which holds none of the lines that make the page a live page (or none of the marks of a post), reads its
 * dates as the whole article does.
 */
class ArticleScanTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    /** A live page, newest first; its last two lines are a block of their own in the tests below. */
    private static final String LIVE_PAGE = """
            The president speaks to the nation tonight about the spill.
            2200: Our live coverage ends here; thanks for reading.
            2159: A think tank tweets: The speech asked too little of the oil company.
            2130: You can read the full speech on the White House website.
            Read the think tank's tweets 2021: A columnist writes that the speech rang hollow.
            1938: Ann Smith from Ohio, US, writes: I want to hear a plan.
            1905: Welcome to our live coverage of the address, due in an hour.
            """;

    private static Article article(String text, String dct) {
        return new Article("scan.txt", null, null, LocalDate.parse(dct), DateOrigin.GIVEN, text, List.of());
    }

    /** The sentences of {@code whole} from {@code from} on, with the whole text, as the extractor makes a block. */
    private static SegmentedText block(SegmentedText whole, int from) {
        return new SegmentedText(whole.text(), whole.paragraphs(), whole.sentences().subList(from, whole.sentences().size()));
    }

    private static int sentenceHolding(SegmentedText text, String words) {
        int at = text.text().indexOf(words);
        return text.sentenceAt(at).index();
    }

    @Test
    void aLivePagesEntriesAreReadOnceWithTheirOffsetsInTheWholeText() {
        ArticleScan scan = ArticleScan.of(LIVE_PAGE);
        assertThat(scan.livePage()).isTrue();
        assertThat(scan.post()).isFalse();
        // every entry, the one run into the line before it too, at the offset of its digits in the whole text
        assertThat(scan.liveEntries()).containsExactly(
                java.util.Map.entry(LIVE_PAGE.indexOf("2200"), "T22:00"), java.util.Map.entry(LIVE_PAGE.indexOf("2159"), "T21:59"),
                java.util.Map.entry(LIVE_PAGE.indexOf("2130"), "T21:30"), java.util.Map.entry(LIVE_PAGE.indexOf("2021"), "T20:21"),
                java.util.Map.entry(LIVE_PAGE.indexOf("1938"), "T19:38"), java.util.Map.entry(LIVE_PAGE.indexOf("1905"), "T19:05"));
        // a text that is no live page has none, and says so
        ArticleScan news = ArticleScan.of("The well was capped on July 15, 2010. Oil stopped flowing into the Gulf.");
        assertThat(news.livePage()).isFalse();
        assertThat(news.liveEntries()).isEmpty();
    }

    @Test
    void aBlockAfterTheFirstStillKnowsTheArticleIsALivePage() {
        SegmentedText whole = new Segmenter().segment(LIVE_PAGE);
        ArticleScan scan = ArticleScan.of(whole.text());
        // the block holds "2021: ..." (run into a line: alone it makes no live page), "1938: ..." and "1905: ..."
        int from = sentenceHolding(whole, "Read the think tank's");
        List<Mention> inBlock = TAGGER.tag(article(LIVE_PAGE, "2010-06-15"), block(whole, from), TaggingWarnings.NONE, scan);
        assertThat(inBlock).filteredOn(m -> m.text().matches("\\d{4}"))
                .extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("2021=2010-06-15T20:21", "1938=2010-06-15T19:38", "1905=2010-06-15T19:05");
        // as the article tagged in one piece reads them
        List<Mention> inOnePiece = TAGGER.tag(article(LIVE_PAGE, "2010-06-15"), whole);
        assertThat(inOnePiece).filteredOn(m -> m.sentence() >= from)
                .extracting(m -> m.begin() + ":" + m.timex().value())
                .containsExactlyElementsOf(inBlock.stream().map(m -> m.begin() + ":" + m.timex().value()).toList());
    }

    @Test
    void theBlockReadsTheScanItIsGivenNotItsOwnSentences() {
        // the same block with a scan of a text that is no live page: "1938" and "1905" are years again
        SegmentedText whole = new Segmenter().segment(LIVE_PAGE);
        int from = sentenceHolding(whole, "1938:");
        ArticleScan none = ArticleScan.of("No live page here.");
        List<Mention> asYears = TAGGER.tag(article(LIVE_PAGE, "2010-06-15"), block(whole, from), TaggingWarnings.NONE, none);
        assertThat(asYears).filteredOn(m -> m.text().matches("\\d{4}"))
                .extracting(m -> m.text() + "=" + m.timex().value()).containsExactly("1938=1938", "1905=1905");
    }

    @Test
    void aBlockAfterTheFirstStillKnowsTheArticleIsAPost() {
        // a post of two sentences: the mark of a post ("#party") and the day and clock time it joins are in the second
        String post = "Hope to see u all there. this Sat, 7pm!! #party";
        SegmentedText whole = new Segmenter().segment(post);
        ArticleScan scan = ArticleScan.of(post);
        assertThat(scan.post()).isTrue();
        assertThat(scan.livePage()).isFalse();
        int from = sentenceHolding(whole, "this Sat");
        assertThat(from).isPositive();
        List<Mention> inBlock = TAGGER.tag(article(post, "2015-02-04"), block(whole, from), TaggingWarnings.NONE, scan);
        // in a post, a day and a clock time next to each other are one time: Saturday 7 February, 7 p.m.
        assertThat(inBlock).extracting(m -> m.text() + "=" + m.timex().value()).containsExactly("this Sat, 7pm=2015-02-07T19:00");
        // the same block told the article is news: no time of a post (the rules for posts read no "Sat" either)
        List<Mention> asNews = TAGGER.tag(article(post, "2015-02-04"), block(whole, from), TaggingWarnings.NONE,
                ArticleScan.of(post, false));
        assertThat(asNews).extracting(m -> m.timex().value()).doesNotContain("2015-02-07T19:00");
    }
}

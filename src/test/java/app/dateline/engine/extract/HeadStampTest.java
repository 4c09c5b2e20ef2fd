package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved wire story or page without front matter takes its date from the time stamp at its head. */
class HeadStampTest {

    private static final String WIRE = "Police restrict access to a hotel in Hong Kong May 1, 2009.\n"
            + "HONG KONG | Fri May 1, 2009 6:23 pm BST HONG KONG (Reuters) - Hong Kong confirmed its first case of "
            + "the new flu on Friday, prompting the city to seal off the hotel.\n";

    @TempDir
    Path dir;

    private ArticleExtraction open(String name, String text, LocalDate dct) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        CorpusExtraction x = new Extractor(new ArticleReader(dct), 1, ExtractionCache.NONE).extract(List.of(f));
        assertThat(x.problems()).isEmpty();
        return x.articles().get(0);
    }

    private static String valueOf(ArticleExtraction x, String phrase) {
        return x.events().stream().map(Event::mention).filter(m -> m.text().equals(phrase))
                .map(m -> m.timex().value()).findFirst().orElseThrow();
    }

    @Test
    void aWireStampDatesTheStoryAndItsWeekdays() throws Exception {
        ArticleExtraction x = open("wire.txt", WIRE, null);
        assertThat(x.article().published()).isEqualTo(LocalDate.of(2009, 5, 1));
        assertThat(x.article().dateOrigin()).isEqualTo(DateOrigin.STAMP);
        assertThat(valueOf(x, "Friday")).isEqualTo("2009-05-01");
    }

    @Test
    void theArticleReadInOnePieceGetsTheSameDate() throws Exception {
        ArticleExtraction opened = open("wire.txt", WIRE, null);
        ArticleExtraction one = new Extractor(new ArticleReader(), 1, ExtractionCache.NONE)
                .extract(new ArticleReader().read(dir.resolve("wire.txt")));
        assertThat(one.article().published()).isEqualTo(opened.article().published());
        assertThat(valueOf(one, "Friday")).isEqualTo("2009-05-01");
    }

    @Test
    void pageStampsAfterAHeadlineOrABylineCount() throws Exception {
        ArticleExtraction guardian = open("page.txt", "BP frozen out of Arctic drilling race Energy giant forced to "
                + "abandon hopes of exploration Wednesday 25 August 2010 19.30 BST BP confirmed on Tuesday it was no "
                + "longer trying to win a licence.\n", null);
        assertThat(guardian.article().published()).isEqualTo(LocalDate.of(2010, 8, 25));
        ArticleExtraction blog = open("blog.txt", "Fergus Walsh | 12:16 PM, Thursday, 28 May 2009 It's good to see "
                + "progress towards a vaccine, announced on Wednesday.\n", null);
        assertThat(blog.article().published()).isEqualTo(LocalDate.of(2009, 5, 28));
        ArticleExtraction fox = open("fox.txt", "July 27, 2010 - 12:48 PM | by: Jonathan Serrie The Coast Guard is "
                + "responding to a new oil leak reported on Monday.\n", null);
        assertThat(fox.article().published()).isEqualTo(LocalDate.of(2010, 7, 27));
        ArticleExtraction tokyo = open("tokyo.txt", "2009 06 13 00:11 JST GENEVA (Reuters) - The World Health "
                + "Organization declared an influenza pandemic on Thursday.\n", null);
        assertThat(tokyo.article().published()).isEqualTo(LocalDate.of(2009, 6, 13));
        assertThat(valueOf(tokyo, "Thursday")).isEqualTo("2009-06-11");
    }

    @Test
    void theStampWinsOverTheDateGivenForFilesThatSayNone() throws Exception {
        ArticleExtraction x = open("wire.txt", WIRE, LocalDate.of(2024, 3, 5));
        assertThat(x.article().published()).isEqualTo(LocalDate.of(2009, 5, 1));
        assertThat(x.article().dateOrigin()).isEqualTo(DateOrigin.STAMP);
    }

    @Test
    void frontMatterWinsOverTheStamp() throws Exception {
        ArticleExtraction x = open("dated.txt", "---\npublished: 2009-05-02\n---\n" + WIRE, null);
        assertThat(x.article().published()).isEqualTo(LocalDate.of(2009, 5, 2));
        assertThat(x.article().dateOrigin()).isEqualTo(DateOrigin.FRONT_MATTER);
    }

    @Test
    void aDateWithoutAClockOrFarFromTheHeadIsNoStamp() throws Exception {
        ArticleExtraction plain = open("plain.txt", "Hong Kong confirmed its first case on May 1, 2009, and sealed "
                + "off a hotel on Friday.\n", null);
        assertThat(plain.article().published()).isNull();
        String story = "The city sealed off a hotel after a guest fell ill. ".repeat(20);
        ArticleExtraction comment = open("comment.txt", story + "\nPosted by Ann | Fri May 1, 2009 6:23 pm BST\n", null);
        assertThat(comment.article().published()).isNull();
        assertThat(comment.article().dateOrigin()).isEqualTo(DateOrigin.UNKNOWN);
    }
}

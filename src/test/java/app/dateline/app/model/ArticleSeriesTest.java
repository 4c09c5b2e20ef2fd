package app.dateline.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSeriesTest {

    private static Article article(String file, String publisher) {
        return new Article("/data/" + file, null, publisher, LocalDate.of(1998, 1, 1), DateOrigin.GIVEN, "Text.", List.of());
    }

    @Test
    void fewArticlesHaveAColourEach() {
        ArticleSeries s = ArticleSeries.ofArticles(List.of(article("a.txt", "AP"), article("b.txt", "AP")));
        assertThat(s.of(article("a.txt", "AP"))).isEqualTo(0);
        assertThat(s.of(article("b.txt", "AP"))).isEqualTo(1);
    }

    @Test
    void manyArticlesAreColouredByPublisherAndTheRestShareTheGrey() {
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(article(String.format("wsj_%04d.txt", i), null)); // no publisher: the file's letters
        }
        for (int i = 0; i < 5; i++) {
            many.add(article("APW1998" + i + ".txt", null));
        }
        many.add(article("x.txt", "Reuters"));
        for (int i = 0; i < 14; i++) {
            many.add(article("p" + i + ".txt", "Publisher " + i)); // one article each: past the palette
        }
        ArticleSeries s = ArticleSeries.ofArticles(many);
        assertThat(s.of(many.get(0))).isEqualTo(0).isEqualTo(s.of(many.get(9))); // wsj tells most
        assertThat(s.of(many.get(10))).isEqualTo(1); // APW next
        assertThat(s.of(many.get(15))).isEqualTo(2); // Reuters, first of the single ones
        assertThat(SeriesPalette.rgb(s.of(many.get(many.size() - 1)))).isEqualTo(SeriesPalette.OTHER);
        assertThat(ArticleSeries.group(many.get(12))).isEqualTo("APW");
    }

    @Test
    void aFileNameThatStartsWithItsDateIsGroupedByItsFirstWord() {
        // pooled stories name their files "2009-03-02_H1N1_reuters_291.txt": the date and "H1N1" are no publisher
        assertThat(ArticleSeries.group(article("2009-03-02_H1N1_reuters_291.txt", null))).isEqualTo("reuters");
        assertThat(ArticleSeries.group(article("2009-04-25_H1N1_bbc_558.txt", null))).isEqualTo("bbc");
        assertThat(ArticleSeries.group(article("wsj_0568.txt", null))).isEqualTo("wsj");
        assertThat(ArticleSeries.group(article("APW19980213.1320.tml", null))).isEqualTo("APW");
        List<Article> pooled = new ArrayList<>();
        String[] sites = {"reuters", "guardian", "bbc"};
        for (int i = 0; i < 30; i++) {
            pooled.add(article(String.format("2009-%02d-%02d_H1N1_%s_%d.txt", 3 + i % 4, 1 + i, sites[i % 3], 100 + i), null));
        }
        ArticleSeries s = ArticleSeries.ofArticles(pooled);
        for (int i = 3; i < pooled.size(); i++) {
            assertThat(s.of(pooled.get(i))).as(pooled.get(i).source()).isEqualTo(s.of(pooled.get(i % 3)));
        }
        assertThat(java.util.stream.IntStream.range(0, 3).map(i -> s.of(pooled.get(i)))).containsExactly(0, 1, 2);
    }

    @Test
    void aWordEveryFileNameHoldsNamesTheStoryNotASource() {
        // pooled BP: "2010-04-20_bpoil_bbc_683.txt"; every article was "bpoil", one colour for 1,461 articles
        List<Article> pooled = new ArrayList<>();
        String[] sites = {"reuters", "bbc", "foxnews", "washingtonpost"};
        for (int i = 0; i < 40; i++) {
            pooled.add(article(String.format("2010-%02d-%02d_bpoil_%s_%d.txt", 4 + i % 5, 1 + i % 28, sites[i % 4], 600 + i), null));
        }
        ArticleSeries s = ArticleSeries.ofArticles(pooled);
        assertThat(java.util.stream.IntStream.range(0, 4).map(i -> s.of(pooled.get(i)))).containsExactly(0, 1, 2, 3);
        assertThat(s.of(pooled.get(4))).isEqualTo(s.of(pooled.get(0)));
        assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(s::name)).containsExactly("reuters", "bbc", "foxnews", "washingtonpost");
        // a few articles, each its own colour, are named by their source too
        ArticleSeries few = ArticleSeries.ofArticles(pooled.subList(0, 3));
        assertThat(java.util.stream.IntStream.range(0, 3).mapToObj(few::name)).containsExactly("reuters", "bbc", "foxnews");
        assertThat(s.sourceNameOf(pooled.get(1))).isEqualTo("bbc"); // the pictures' source lines and credit ("Sources: bpoil")
    }
}

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
}

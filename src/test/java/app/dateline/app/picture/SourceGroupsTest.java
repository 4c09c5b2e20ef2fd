package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.model.ArticleSeries;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.app.timeline.layout.SeriesPalette;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picture's colour groups, for articles that give a publisher, a title, or only a file name. */
class SourceGroupsTest {

    private static Article article(String file, String title, String publisher) {
        return new Article("/data/" + file, title, publisher, LocalDate.of(2009, 5, 1), DateOrigin.GIVEN, "Text.", List.of());
    }

    @Test
    void articlesNamedOnlyByTheirFilesAreGroupedByTheSourceTheNameGives() {
        // pooled H1N1: no publisher, no title, "2009-04-25_H1N1_guardian_26.txt"; the legend listed every file
        List<Article> told = new ArrayList<>();
        String[] sites = {"reuters", "reuters", "bbc", "guardian", "reuters", "bbc"};
        for (int i = 0; i < 30; i++) {
            told.add(article(String.format("2009-05-%02d_H1N1_%s_%d.txt", 1 + i % 28, sites[i % sites.length], 100 + i), null, null));
        }
        SourceGroups groups = new SourceGroups(ArticleSeries.ofArticles(told), told);
        assertThat(groups.groups()).extracting(SourceGroup::name).containsExactly("reuters", "bbc", "guardian");
        assertThat(groups.groups()).extracting(SourceGroup::events).containsExactly(15, 10, 5);
    }

    @Test
    void aPublisherOrATitleStillNamesTheGroup() {
        List<Article> told = List.of(article("a_reuters_1.txt", null, "Reuters"),
                article("2021-07-29-the-diplomat.txt", "Can the Taliban Play China and Russia", null),
                article("notes.txt", null, null), article("x.txt", null, null));
        SourceGroups groups = new SourceGroups(ArticleSeries.ofArticles(told), told);
        assertThat(groups.groups()).extracting(SourceGroup::name)
                .containsExactly("Reuters", "Can the Taliban Play China and Russia", "notes", "x.txt");
    }

    @Test
    void theGroupsAreTheWindowsColoursInTheWindowsOrderNotOrderedByHowManyEventsEachTells() {
        // the seed corpus: The Diplomat read first is the window's first colour, though Foreign Affairs tells more
        Article diplomat = article("2021-07-29-the-diplomat.txt", "Can the Taliban Play China and Russia", "The Diplomat");
        Article affairs = article("2024-03-05-foreign-affairs.txt", "America Can't Isolate the Taliban", "Foreign Affairs");
        ArticleSeries window = ArticleSeries.ofArticles(List.of(diplomat, affairs));
        SourceGroups groups = new SourceGroups(window, List.of(affairs, affairs, affairs, diplomat));
        assertThat(groups.groups()).extracting(SourceGroup::name).containsExactly("The Diplomat", "Foreign Affairs");
        assertThat(groups.groups()).extracting(SourceGroup::colour)
                .containsExactly(SeriesPalette.hex(window.of(diplomat)), SeriesPalette.hex(window.of(affairs)));
        assertThat(groups.groups().get(groups.of(affairs)).colour()).isEqualTo(SeriesPalette.hex(1));
    }

    @Test
    void twoArticlesOfOnePublisherAreToldApartByTheirTitles() {
        Article a = article("a.txt", "Flu reaches Mexico", "AP");
        Article b = article("b.txt", "Pandemic declared", "AP");
        SourceGroups groups = new SourceGroups(ArticleSeries.ofArticles(List.of(a, b)), List.of(a, b));
        assertThat(groups.groups()).extracting(SourceGroup::name)
                .containsExactly("AP, \u201cFlu reaches Mexico\u201d", "AP, \u201cPandemic declared\u201d");
    }

    @Test
    void pastThePaletteThePublishersThatTellLeastShareTheGrey() {
        List<Article> told = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            for (int k = 0; k <= 14 - i; k++) {
                told.add(article("p" + i + "_" + k + ".txt", null, "Publisher " + i)); // Publisher 0 tells most
            }
        }
        SourceGroups groups = new SourceGroups(ArticleSeries.ofArticles(told), told);
        assertThat(groups.groups()).hasSize(SeriesPalette.distinct() + 1);
        assertThat(groups.groups().get(0).name()).isEqualTo("Publisher 0");
        SourceGroup last = groups.groups().get(groups.groups().size() - 1);
        assertThat(last.name()).isEqualTo("2 other sources");
        assertThat(last.colour()).isEqualTo(SourceGroups.OTHER_COLOUR);
        assertThat(last.events()).isEqualTo(3 + 2);
    }
}

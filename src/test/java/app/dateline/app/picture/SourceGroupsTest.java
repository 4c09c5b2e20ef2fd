package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
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
        SourceGroups groups = new SourceGroups(told);
        assertThat(groups.groups()).extracting(SourceGroup::name).containsExactly("reuters", "bbc", "guardian");
        assertThat(groups.groups()).extracting(SourceGroup::events).containsExactly(15, 10, 5);
    }

    @Test
    void aPublisherOrATitleStillNamesTheGroup() {
        SourceGroups groups = new SourceGroups(List.of(article("a_reuters_1.txt", null, "Reuters"),
                article("2021-07-29-the-diplomat.txt", "Can the Taliban Play China and Russia", null),
                article("notes.txt", null, null), article("x.txt", null, null)));
        assertThat(groups.groups()).extracting(SourceGroup::name)
                .containsExactly("Reuters", "Can the Taliban Play China and Russia", "notes", "x.txt");
    }
}

package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.model.ArticleSeries;
import app.dateline.app.timeline.SyntheticEvents;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The picture's title when none is given: its words from the articles, its years those the story is about. */
class StoryPicturesTest {

    private static int next;

    private static MergedEvent event(Article a, String value, double importance) {
        int at = next++;
        Mention m = new Mention(at, at + 1, value, Timex.of(TimexType.DATE, value, null), Anchor.explicit(), 0, 0, "test");
        return SyntheticEvents.alone(new Event(a.source() + "#" + at, a, m, "Label " + at, "Label.", "Label.", 0, 0))
                .withImportance(importance);
    }

    private static Article file(String name) {
        return new Article("h1n1/" + name, null, null, LocalDate.of(2009, 5, 1), DateOrigin.FRONT_MATTER, "Text.", List.of());
    }

    @Test
    void aPooledStoryIsTitledByItsFilesWordsAndTheYearItIsAbout() {
        // pooled H1N1: no titles, a background recalling 1947 to 2020, the story in spring 2009: "Timeline, 2009"
        // at best, and with every event "1947–2020"
        Random r = new Random(3);
        List<Article> files = List.of(file("2009-04-25_H1N1_bbc_558.txt"), file("2009-04-27_H1N1_reuters_291.txt"),
                file("2009-06-11_H1N1_guardian_26.txt"));
        List<MergedEvent> events = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            events.add(event(files.get(k % 3), LocalDate.of(2009, 4, 20).plusDays(r.nextInt(60)).toString(), 1 + r.nextDouble()));
        }
        for (int k = 0; k < 250; k++) {
            events.add(event(files.get(k % 3), Integer.toString(1947 + r.nextInt(74)), 0.3));
        }
        StoryPicture p = StoryPictures.of(events, events.size(), 0, null, null, null, ArticleSeries.ofArticles(files));
        assertThat(p.title()).isEqualTo("H1N1, 2009");
    }

    @Test
    void aStoryToldAllAlongKeepsAllItsYears() {
        Article a = new Article("news/a.txt", "The Taliban return", "Wire", LocalDate.of(2024, 3, 5), DateOrigin.FRONT_MATTER, "Text.", List.of());
        Article b = new Article("news/b.txt", "Isolating the Taliban", "Post", LocalDate.of(2024, 3, 5), DateOrigin.FRONT_MATTER, "Text.", List.of());
        List<MergedEvent> events = new ArrayList<>();
        for (int y = 2020; y <= 2024; y++) {
            for (int m = 1; m <= 12; m += 3) {
                events.add(event(m % 2 == 0 ? a : b, String.format("%d-%02d", y, m), 1));
            }
        }
        StoryPicture p = StoryPictures.of(events, events.size(), 0, null, null, null, ArticleSeries.ofArticles(List.of(a, b)));
        assertThat(p.title()).isEqualTo("The Taliban, 2020\u20132024");
    }
}

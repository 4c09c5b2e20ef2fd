package app.dateline.engine.rank;

import static app.dateline.engine.rank.MergedEvents.merged;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.story.KeyEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importance model, one piece of evidence at a time, on small articles read by the engine. */
class EventRankerTest {

    @TempDir
    static Path dir;
    private static CorpusExtraction corpus;

    @BeforeAll
    static void read() throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2024-05-10
                ---
                The council will vote on the new tax on June 20, 2024.
                The council approved the city budget on May 3, 2024.
                The mayor recalled that the old bridge opened in 1990.
                The river flooded the lower town on May 6, 2024.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                ---
                published: 2024-05-11
                ---
                Residents cleaned their streets all week.
                Residents said the water rose fast.
                Residents were moved to the school.
                The river flooded the lower town on May 6, 2024, destroying forty houses.
                """);
        corpus = Corpora.read(dir);
    }

    private static Event event(String phrase) {
        return corpus.events().stream().filter(e -> e.mention().text().equals(phrase)).findFirst().orElseThrow();
    }

    private static List<MergedEvent> rank(MergedEvent... events) {
        return new EventRanker().rank(corpus.articles(), List.of(events));
    }

    @Test
    void whatHappenedOutranksWhatIsPlannedEvenFromTheLead() {
        List<MergedEvent> r = rank(merged(event("June 20, 2024")), merged(event("May 3, 2024")));
        assertThat(r.get(1).importance()).isGreaterThan(r.get(0).importance());
    }

    @Test
    void anEventToldByTwoArticlesOutranksOneToldByOne() {
        List<Event> flood = corpus.events().stream().filter(e -> e.mention().text().equals("May 6, 2024")).toList();
        assertThat(flood).hasSize(2);
        List<MergedEvent> r = rank(merged(flood.get(0)), merged(flood.get(0), flood.get(1)));
        assertThat(r.get(1).importance()).isGreaterThan(r.get(0).importance());
    }

    @Test
    void backgroundFromLongBeforeTheStoryCountsLess() {
        List<MergedEvent> r = rank(merged(event("1990")), merged(event("May 3, 2024")));
        assertThat(r.get(0).importance()).isLessThan(r.get(1).importance() / 2);
    }

    @Test
    void theRankingKeepsTheOrderAndTopKeepsTheMostImportantInThatOrder() {
        MergedEvent plan = merged(event("June 20, 2024"));
        MergedEvent budget = merged(event("May 3, 2024"));
        MergedEvent bridge = merged(event("1990"));
        List<MergedEvent> r = rank(plan, budget, bridge);
        assertThat(r).extracting(MergedEvent::id).containsExactly(plan.id(), budget.id(), bridge.id());
        assertThat(KeyEvents.top(r, 2)).extracting(MergedEvent::id).containsExactly(plan.id(), budget.id());
        assertThat(KeyEvents.top(r, 0)).hasSize(3); // 0: all
        assertThat(KeyEvents.top(r, 10)).hasSize(3);
    }

    @Test
    void theSameCorpusGivesTheSameImportance() {
        MergedEvent budget = merged(event("May 3, 2024"));
        assertThat(rank(budget).get(0).importance()).isEqualTo(rank(budget).get(0).importance()).isPositive();
    }

    @Test
    void articlesAreNotNeededInAnyOrder() {
        List<ArticleExtraction> reversed = new java.util.ArrayList<>(corpus.articles());
        java.util.Collections.reverse(reversed);
        MergedEvent budget = merged(event("May 3, 2024"));
        assertThat(new EventRanker().rank(reversed, List.of(budget)).get(0).importance())
                .isEqualTo(rank(budget).get(0).importance());
    }

    @Test
    void whatALaterArticleRecallsFromTheStoryCountsAsTheStoryNotAsBackground(@TempDir Path story) throws IOException {
        Files.writeString(story.resolve("first.txt"), """
                ---
                published: 2022-01-10
                ---
                The council met for the first time on January 10, 2022.
                """);
        Files.writeString(story.resolve("later.txt"), """
                ---
                published: 2024-03-05
                ---
                The council closed the schools in March 2022.
                The council closed the market in February 2024.
                """);
        CorpusExtraction read = Corpora.read(story);
        Event recalled = read.events().stream().filter(e -> e.mention().text().equals("March 2022")).findFirst().orElseThrow();
        Event news = read.events().stream().filter(e -> e.mention().text().equals("February 2024")).findFirst().orElseThrow();
        List<MergedEvent> r = new EventRanker().rank(read.articles(), List.of(merged(recalled), merged(news)));
        // two years before its article, but inside the story the corpus tells: it keeps its lead position's edge
        assertThat(r.get(0).importance()).isGreaterThan(r.get(1).importance());
    }

    @Test
    void anEventsOwnArticleIsNoBurstButOthersPublishedRightAfterItAre(@TempDir Path story) throws IOException {
        Files.writeString(story.resolve("own.txt"), """
                ---
                published: 2024-05-10
                ---
                The dam broke on May 9, 2024.
                """);
        ImportanceWeights noBurst = new ImportanceWeights(2.0, 0.5, 0.5, 0.3, 0, 0.5, 1, 0.7, 0.5, 0.7, 180, 0.1, 0.8, 0.7);
        EventRanker without = new EventRanker(noBurst, Actuality.english(), new app.dateline.engine.merge.Tokenizer(),
                new app.dateline.engine.tagger.TenseDetector(app.dateline.engine.rules.RuleSet.english().table("tense")));
        CorpusExtraction alone = Corpora.read(story);
        MergedEvent dam = merged(alone.events().get(0));
        assertThat(new EventRanker().rank(alone.articles(), List.of(dam)).get(0).importance())
                .isEqualTo(without.rank(alone.articles(), List.of(dam)).get(0).importance());
        Files.writeString(story.resolve("next.txt"), """
                ---
                published: 2024-05-11
                ---
                Residents left the valley.
                """);
        CorpusExtraction withNext = Corpora.read(story);
        assertThat(new EventRanker().rank(withNext.articles(), List.of(dam)).get(0).importance())
                .isGreaterThan(new EventRanker().rank(alone.articles(), List.of(dam)).get(0).importance());
    }

    @Test
    void aTimeStampIsNoSourceOfTheEventItIsMergedWith(@TempDir Path story) throws IOException {
        Files.writeString(story.resolve("wire.txt"), """
                ---
                published: 2024-05-07
                ---
                OSLO | Tue May 7, 2024 9:03 pm BST OSLO (Reuters) - Fishermen met in the harbour.
                """);
        Files.writeString(story.resolve("report.txt"), """
                ---
                published: 2024-05-08
                ---
                The parliament passed the fishing law on May 7, 2024.
                """);
        CorpusExtraction read = Corpora.read(story);
        Event stamp = read.events().stream().filter(e -> e.sentence().contains("OSLO")).findFirst().orElseThrow();
        Event law = read.events().stream().filter(e -> e.mention().text().equals("May 7, 2024")).findFirst().orElseThrow();
        assertThat(Stamps.isStamp(stamp)).isTrue();
        List<MergedEvent> r = new EventRanker().rank(read.articles(), List.of(merged(law, stamp), merged(law), merged(stamp)));
        assertThat(r.get(0).importance()).isEqualTo(r.get(1).importance());
        assertThat(r.get(2).importance()).isLessThan(r.get(1).importance() / 2);
    }
}

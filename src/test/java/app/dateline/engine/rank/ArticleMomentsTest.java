package app.dateline.engine.rank;

import static app.dateline.engine.rank.MergedEvents.in;
import static app.dateline.engine.rank.MergedEvents.merged;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.TimelineBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleMoments}: the moments pass run on the events of each article apart decides every event as the
 * pass over all the events does, on the seed corpus's ranked events; run on each date span apart (what the
 * distributed job did before) it does not.
 */
class ArticleMomentsTest {

    private static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static final EventRanker RANKER = new EventRanker();
    private static List<MergedEvent> before;
    private static Map<String, Double> whole;

    @BeforeAll
    static void rank() {
        CorpusExtraction corpus = Corpora.read(CORPUS);
        List<MergedEvent> events = new TimelineBuilder().build(corpus, Project.of(List.of(CORPUS.toString()))).events();
        before = RANKER.rankBeforeMoments(RankEvidence.of(corpus.articles(), events), events);
        whole = importances(RANKER.discountMoments(before));
        // the two steps are the ranking
        assertThat(importances(RANKER.rank(corpus.articles(), events))).isEqualTo(whole);
    }

    @Test
    void theEventsOfEachArticleDecideEveryEventAsTheWholePassDoes() {
        Map<String, Double> undiscounted = importances(before);
        assertThat(whole.keySet().stream().filter(id -> whole.get(id) < undiscounted.get(id)))
                .as("the seed corpus has events lowered by the pass").isNotEmpty();

        Map<String, List<MergedEvent>> byArticle = byArticle(before);
        Map<String, Double> byFirst = new HashMap<>(importances(before));
        Map<String, List<Double>> everyArticle = new HashMap<>();
        byArticle.forEach((article, events) -> {
            byFirst.putAll(ArticleMoments.importances(RANKER, article, events));
            ArticleMoments.allImportances(RANKER, article, events)
                    .forEach((id, importance) -> everyArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(importance));
        });
        assertThat(byFirst).isEqualTo(whole);
        // every article of an event gives it the same importance
        everyArticle.forEach((id, values) -> assertThat(values).as(id).containsOnly(whole.get(id)));
    }

    @Test
    void anEventIsDecidedInTheGroupOfItsFirstArticleWhenItsHeadsFirstArticleIsAnother(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2024-05-10
                ---
                The minister signed the treaty in Geneva on May 8, 2024.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                ---
                published: 2024-05-11
                ---
                The minister signed the treaty in Geneva on May 8, 2024, after long talks.
                The minister met the envoys in Geneva on May 7, 2024.
                """);
        CorpusExtraction corpus = Corpora.read(dir);
        MergedEvent treaty = merged(in(corpus, "a.txt", "signed the treaty"), in(corpus, "b.txt", "signed the treaty"));
        MergedEvent envoys = merged(in(corpus, "b.txt", "met the envoys"));
        List<MergedEvent> ranked = RANKER.rankBeforeMoments(RankEvidence.of(corpus.articles(), List.of(treaty, envoys)), List.of(treaty, envoys));
        Map<String, Double> all = importances(RANKER.discountMoments(ranked));
        assertThat(all.get(envoys.id())).as("the envoys are part of the treaty's moment").isLessThan(ranked.get(1).importance());
        assertThat(ArticleMoments.articles(ranked.get(0)).iterator().next()).endsWith("a.txt");

        Map<String, Double> byFirst = new HashMap<>();
        byArticle(ranked).forEach((article, events) -> byFirst.putAll(ArticleMoments.importances(RANKER, article, events)));
        assertThat(byFirst).isEqualTo(all);
    }

    @Test
    void theOrderOfAnArticlesEventsDoesNotMatter() {
        byArticle(before).forEach((article, events) -> {
            List<MergedEvent> reversed = new ArrayList<>(events);
            Collections.reverse(reversed);
            assertThat(RANKER.discountMoments(reversed).stream().map(MergedEvent::importance).toList())
                    .isEqualTo(reverse(RANKER.discountMoments(events).stream().map(MergedEvent::importance).toList()));
        });
    }

    @Test
    void theEventsOfEachDateSpanApartMissTheMoments() {
        Map<String, List<MergedEvent>> bySpan = new TreeMap<>();
        before.forEach(m -> bySpan.computeIfAbsent(m.date().from() + "/" + m.date().to(), k -> new ArrayList<>()).add(m));
        Map<String, Double> apart = new HashMap<>();
        bySpan.values().forEach(events -> apart.putAll(importances(RANKER.discountMoments(events))));
        assertThat(apart).isNotEqualTo(whole);
    }

    private static Map<String, List<MergedEvent>> byArticle(List<MergedEvent> events) {
        Map<String, List<MergedEvent>> out = new TreeMap<>();
        for (MergedEvent m : events) {
            ArticleMoments.articles(m).forEach(a -> out.computeIfAbsent(a, k -> new ArrayList<>()).add(m));
        }
        return out;
    }

    private static Map<String, Double> importances(List<MergedEvent> events) {
        Map<String, Double> out = new HashMap<>();
        events.forEach(m -> out.put(m.id(), m.importance()));
        assertThat(out).hasSize(events.size());
        return out;
    }

    private static List<Double> reverse(List<Double> values) {
        List<Double> out = new ArrayList<>(values);
        Collections.reverse(out);
        return out;
    }
}

package app.dateline.engine.rank;

import static app.dateline.engine.rank.MergedEvents.merged;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.tagger.TenseDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One moment, one place among the key events: an event told only by the articles of a more important one, on the
 * same or the next day, sharing a word or a name with it, counts less ({@link Moments}); independent events do
 * not.
 */
class MomentsTest {

    @TempDir
    static Path dir;
    private static CorpusExtraction corpus;

    @BeforeAll
    static void read() throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2024-05-10
                ---
                The minister signed the treaty in Geneva on May 8, 2024.
                The minister met the envoys in Geneva on May 7, 2024.
                The minister visited the harbour in Geneva on May 5, 2024.
                Storms closed the airport of Lyon on May 7, 2024.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                ---
                published: 2024-05-11
                ---
                The minister signed the treaty in Geneva on May 8, 2024, after long talks.
                """);
        Files.writeString(dir.resolve("c.txt"), """
                ---
                published: 2024-05-12
                ---
                Farmers protested in Bern on May 7, 2024.
                """);
        corpus = Corpora.read(dir);
    }

    private static Event in(String file, String sentencePart) {
        return MergedEvents.in(corpus, file, sentencePart);
    }

    private static List<Double> importance(double moment, MergedEvent... events) {
        ImportanceWeights w = ImportanceWeights.DEFAULT;
        ImportanceWeights weights = new ImportanceWeights(w.articles(), w.publishers(), w.references(), w.lead(), w.burst(),
                w.background(), w.backgroundYears(), w.untensed(), w.future(), w.newsWeight(), w.newsHalfLife(), w.stamp(), moment, w.aboutStory());
        EventRanker ranker = new EventRanker(weights, Actuality.english(), new Tokenizer(),
                new TenseDetector(RuleSet.english().table("tense")));
        List<Double> out = new ArrayList<>();
        ranker.rank(corpus.articles(), List.of(events)).forEach(m -> out.add(m.importance()));
        return out;
    }

    @Test
    void anEventToldOnlyWithAMoreImportantOneTheDayBeforeCountsLess() {
        MergedEvent treaty = merged(in("a.txt", "signed the treaty"), in("b.txt", "signed the treaty"));
        MergedEvent envoys = merged(in("a.txt", "met the envoys"));
        List<Double> apart = importance(1, treaty, envoys);
        List<Double> moments = importance(ImportanceWeights.DEFAULT.moment(), treaty, envoys);
        assertThat(apart.get(1)).isLessThan(apart.get(0));
        assertThat(moments.get(0)).isEqualTo(apart.get(0));
        assertThat(moments.get(1)).isCloseTo(apart.get(1) * ImportanceWeights.DEFAULT.moment(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void eventsThreeDaysApartWithNoSharedWordsOrToldElsewhereAreTheirOwnMoments() {
        MergedEvent treaty = merged(in("a.txt", "signed the treaty"), in("b.txt", "signed the treaty"));
        MergedEvent harbour = merged(in("a.txt", "visited the harbour")); // three days before the treaty
        MergedEvent storms = merged(in("a.txt", "Storms closed")); // the day before, no word or name in common
        MergedEvent envoysAndFarmers = merged(in("a.txt", "met the envoys"), in("c.txt", "Farmers protested"));
        List<Double> apart = importance(1, treaty, harbour, storms, envoysAndFarmers);
        assertThat(importance(ImportanceWeights.DEFAULT.moment(), treaty, harbour, storms, envoysAndFarmers)).isEqualTo(apart);
    }

    @Test
    void theMostImportantEventOfAMomentIsNeverLoweredWhateverTheOrder() {
        MergedEvent treaty = merged(in("a.txt", "signed the treaty"), in("b.txt", "signed the treaty"));
        MergedEvent envoys = merged(in("a.txt", "met the envoys"));
        List<Double> forward = importance(ImportanceWeights.DEFAULT.moment(), treaty, envoys);
        List<Double> backward = importance(ImportanceWeights.DEFAULT.moment(), envoys, treaty);
        assertThat(backward).containsExactly(forward.get(1), forward.get(0));
    }
}

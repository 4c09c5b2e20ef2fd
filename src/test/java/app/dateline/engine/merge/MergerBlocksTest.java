package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Merger#blocks}: the blocks found article by article link every merged event's sources, so a distributed
 * job may merge each linked group apart.
 */
class MergerBlocksTest {

    @Test
    void everyMergedEventsSourcesShareAChainOfBlocksFoundArticleByArticle() {
        CorpusExtraction corpus = Corpora.read(Path.of(System.getProperty("dateline.corpus", "corpus")));
        Merger merger = new Merger();
        TfIdf idf = new TfIdf(merger.tokenizer(), Merger.sentences(corpus));
        Map<String, Set<String>> blocksOf = new HashMap<>();
        for (ArticleExtraction a : corpus.articles()) {
            List<List<String>> blocks = merger.blocks(a.events(), idf);
            assertThat(blocks).hasSameSizeAs(a.events());
            for (int i = 0; i < blocks.size(); i++) {
                blocksOf.put(a.events().get(i).id(), new HashSet<>(blocks.get(i)));
            }
        }
        List<MergedEvent> merged = merger.merge(corpus);
        List<MergedEvent> several = merged.stream().filter(m -> m.sourceCount() > 1).toList();
        assertThat(several).isNotEmpty();
        for (MergedEvent m : several) {
            // the sources reachable from the first one through shared blocks: all of them
            Set<String> reached = new HashSet<>(blocksOf.get(m.sources().get(0).id()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Event e : m.sources()) {
                    Set<String> b = blocksOf.get(e.id());
                    if (!reached.containsAll(b) && b.stream().anyMatch(reached::contains)) {
                        grew = reached.addAll(b);
                    }
                }
            }
            for (Event e : m.sources()) {
                assertThat(blocksOf.get(e.id())).as(e.sentence()).containsAnyElementsOf(reached);
            }
        }
    }

    @Test
    void theFilingNamesTheYearBlocksOfLongDatesAndTheSentencesThatHoldSeveralDates() {
        CorpusExtraction corpus = Corpora.read(Path.of(System.getProperty("dateline.corpus", "corpus")));
        Merger merger = new Merger();
        TfIdf idf = new TfIdf(merger.tokenizer(), Merger.sentences(corpus));
        int longDates = 0;
        int shared = 0;
        for (ArticleExtraction a : corpus.articles()) {
            List<Merger.Filing> filing = merger.filing(a.events(), idf);
            Map<String, Integer> pointsOfSentence = new HashMap<>();
            a.events().stream().filter(e -> e.timex().type().isPoint())
                    .forEach(e -> pointsOfSentence.merge(a.article().source() + "#" + e.mention().sentence(), 1, Integer::sum));
            for (int i = 0; i < filing.size(); i++) {
                Event e = a.events().get(i);
                Merger.Filing f = filing.get(i);
                boolean filedByYear = !f.blocks().isEmpty() && e.timex().to().toEpochDay() - e.timex().from().toEpochDay() + 1 > 31;
                assertThat(f.yearsFiled().isEmpty()).as(e.sentence()).isEqualTo(!filedByYear);
                // every candidate looks its keys up in the years its date covers
                assertThat(f.yearsLookedUp().isEmpty()).isEqualTo(f.blocks().isEmpty());
                for (String y : f.yearsLookedUp()) {
                    assertThat(Integer.parseInt(y.substring(y.lastIndexOf('#') + 1))).as(y)
                            .isBetween(e.timex().from().getYear(), e.timex().to().getYear());
                }
                longDates += filedByYear ? 1 : 0;
                boolean several = e.timex().type().isPoint() && pointsOfSentence.get(a.article().source() + "#" + e.mention().sentence()) > 1;
                assertThat(f.sentence() != null).as(e.sentence()).isEqualTo(several);
                shared += several ? 1 : 0;
            }
        }
        assertThat(longDates).isPositive();
        assertThat(shared).isPositive();
    }
}

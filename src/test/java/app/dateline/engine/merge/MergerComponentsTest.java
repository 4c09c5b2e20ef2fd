package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A part of a corpus merged apart weighs each mention as the whole corpus does only with the other dates of its
 * sentences as context ({@link MergerCellsTest} merges the home cells apart with it).
 */
class MergerComponentsTest {

    @Test
    void withoutTheOtherDatesOfItsSentenceAMentionWouldWeighOtherwise() {
        CorpusExtraction corpus = Corpora.read(Path.of(System.getProperty("dateline.corpus", "corpus")));
        Merger merger = new Merger();
        TfIdf idf = new TfIdf(merger.tokenizer(), Merger.sentences(corpus));
        List<Event> all = corpus.events();
        Map<String, List<Event>> bySentence = new HashMap<>();
        all.stream().filter(e -> e.timex().type().isPoint()).forEach(e -> bySentence.computeIfAbsent(MentionProfiles.sentenceKey(e),
                k -> new ArrayList<>()).add(e));
        List<Event> shared = bySentence.values().stream().filter(l -> l.size() > 1).findFirst().orElseThrow();
        Event one = shared.get(0);
        List<Event> mates = shared.subList(1, shared.size());
        MentionProfiles whole = new MentionProfiles(all, idf, merger.settings(), merger.tokenizer());
        MentionProfiles withContext = new MentionProfiles(List.of(one), mates, idf, merger.settings(), merger.tokenizer());
        MentionProfiles alone = new MentionProfiles(List.of(one), idf, merger.settings(), merger.tokenizer());
        TermVector expected = whole.vectors[all.indexOf(one)];
        assertThat(withContext.vectors[0].weights()).isEqualTo(expected.weights());
        assertThat(alone.vectors[0].weights()).isNotEqualTo(expected.weights());
    }

    /** The merged events as comparable text: sources, date, label, summary, disagreement. */
    static List<String> describe(List<MergedEvent> events) {
        return events.stream().map(m -> m.sources().stream().map(Event::id).toList() + " " + m.date() + " " + m.label()
                + " " + m.summary() + " " + m.disagreement()).sorted().toList();
    }
}

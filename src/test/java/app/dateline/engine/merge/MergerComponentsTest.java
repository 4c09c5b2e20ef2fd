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
 * {@link Merger#candidates} and {@link Merger#merge(List, List, TfIdf, java.util.Collection)}: the merger joins groups
 * only along candidate pairs, so merging each connected component of a corpus's candidates on its own (with the
 * other dates of its sentences as context) gives what merging the corpus whole gives: the proof that a distributed
 * job that merges the components apart is exact.
 */
class MergerComponentsTest {

    @Test
    void mergingEachComponentOfTheCandidatesApartGivesTheWhole() {
        CorpusExtraction corpus = Corpora.read(Path.of(System.getProperty("dateline.corpus", "corpus")));
        Merger merger = new Merger();
        TfIdf idf = new TfIdf(merger.tokenizer(), Merger.sentences(corpus));
        List<Event> all = corpus.events();
        List<MergedEvent> whole = merger.merge(all, idf, MergeConstraints.NONE);

        List<Merger.Candidate> candidates = merger.candidates(all, List.of(), idf, e -> true);
        assertThat(candidates).isNotEmpty();
        // the same candidates given back: the same merge as blocking finds
        assertThat(describe(merger.merge(all, List.of(), idf, candidates))).isEqualTo(describe(whole));

        Map<String, String> component = components(all, candidates);
        Map<String, List<Event>> byComponent = new TreeMap<>();
        for (Event e : all) {
            byComponent.computeIfAbsent(component.get(e.id()), k -> new ArrayList<>()).add(e);
        }
        assertThat(byComponent.values().stream().filter(c -> c.size() > 1).count()).isGreaterThan(1);
        List<MergedEvent> apart = new ArrayList<>();
        for (List<Event> members : byComponent.values()) {
            Set<String> ids = members.stream().map(Event::id).collect(Collectors.toSet());
            Set<String> sentences = members.stream().map(MentionProfiles::sentenceKey).collect(Collectors.toSet());
            List<Event> context = all.stream().filter(e -> !ids.contains(e.id()) && sentences.contains(MentionProfiles.sentenceKey(e))).toList();
            apart.addAll(merger.merge(members, context, idf, candidates));
        }
        assertThat(describe(apart)).isEqualTo(describe(whole));
        assertThat(whole.stream().filter(m -> m.sourceCount() > 1).count()).isGreaterThanOrEqualTo(2);
    }

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

    /** Each mention's component (named by its first member) under the candidate pairs. */
    static Map<String, String> components(List<Event> events, List<Merger.Candidate> candidates) {
        Map<String, String> parent = new HashMap<>();
        events.forEach(e -> parent.put(e.id(), e.id()));
        for (Merger.Candidate c : candidates) {
            String a = find(parent, c.a());
            String b = find(parent, c.b());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> out = new HashMap<>();
        events.forEach(e -> out.put(e.id(), find(parent, e.id())));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    /** The merged events as comparable text: sources, date, label, summary, disagreement. */
    static List<String> describe(List<MergedEvent> events) {
        return events.stream().map(m -> m.sources().stream().map(Event::id).toList() + " " + m.date() + " " + m.label()
                + " " + m.summary() + " " + m.disagreement()).sorted().toList();
    }
}

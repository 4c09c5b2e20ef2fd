package app.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TfIdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * {@link CandidateComponents}' chunks, without Spark: the candidate pairs found chunk by chunk (each mention from the
 * first month its date covers, with every mention filed under a month or year the chunk looks up) are the candidate
 * pairs of the whole archive, on {@code corpus/} and on a generated archive whose months are crowded enough that the
 * merger meets its large blocks by neighbours in date order.
 */
class CandidateComponentsTest {

    @Test
    void candidatesFoundChunkByChunkAreTheWholeCorpusCandidates() throws Exception {
        List<ArticleOutcome> outcomes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("dateline.corpus", "corpus")))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                outcomes.add(ExecutorEngine.extract(ArchiveInput.file(outcomes.size(), p.toString()), null));
            }
        }
        Check c = check(outcomes);
        assertThat(c.chunks).isGreaterThan(1);
        assertThat(c.candidates).isNotEmpty();
    }

    @Test
    void candidatesFoundChunkByChunkAreTheWholeArchivesInCrowdedMonths() {
        Random random = new Random(4);
        String[] sentences = {
            "Talks between the envoys in Doha resumed on March %d, 2022, officials said.",
            "The Security Council met in New York on March %d, 2022 to discuss sanctions on Kabul.",
            "Floods hit the river town of Marietta on April %d, 2022, Governor Mike DeWine said.",
            "The envoy arrived in Kabul on April %d, 2022 for talks with the Taliban.",
            "Talks between the envoys in Doha ended on April %d, 2022 without a deal."};
        List<ArticleOutcome> outcomes = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                text.append(String.format(sentences[random.nextInt(sentences.length)], 1 + random.nextInt(28))).append(s % 2 == 1 ? "\n\n" : " ");
            }
            String published = String.format("2022-05-%02d", 1 + random.nextInt(28));
            outcomes.add(ExecutorEngine.extract(ArchiveInput.row(n, "gen-" + n, "Report " + n, n % 2 == 0 ? "Wire" : "Desk", published,
                    text.toString()), null));
        }
        Check c = check(outcomes);
        assertThat(c.merged).isGreaterThan(20);
        // the months are crowded: a chunk holds more mentions than the merger meets whole in one block
        assertThat(c.largestChunk).isGreaterThan(150);
        assertThat(c.candidates).isNotEmpty();
    }

    private record Check(List<Merger.Candidate> candidates, int chunks, int largestChunk, long merged) {
    }

    /** Finds the candidates chunk by chunk as the job does, and checks them against the whole archive's. */
    private static Check check(List<ArticleOutcome> outcomes) {
        Merger merger = ExecutorEngine.merger();
        Map<String, Integer> df = new HashMap<>();
        int sentences = 0;
        List<Event> all = new ArrayList<>();
        for (ArticleOutcome o : outcomes) {
            o.termSentences().forEach((t, n) -> df.merge(t, n, Integer::sum));
            sentences += o.sentences();
            all.addAll(o.events());
        }
        TfIdf idf = new TfIdf(merger.tokenizer(), df, sentences);
        List<CandidateComponents.Filed> filed = new ArrayList<>();
        Map<Long, Set<Long>> needing = new HashMap<>();
        for (ArticleOutcome o : outcomes) {
            CandidateComponents.Filed f = CandidateComponents.filed(merger.filing(o.events(), idf));
            filed.add(f);
            for (int i = 0; i < f.chunk().length; i++) {
                for (long cell : f.needs()[i]) {
                    needing.computeIfAbsent(cell, k -> new TreeSet<>()).add((long) f.chunk()[i]);
                }
            }
        }
        Map<Long, long[]> need = new HashMap<>();
        needing.forEach((cell, chunks) -> need.put(cell, chunks.stream().mapToLong(Long::longValue).toArray()));
        Map<Long, List<CandidateComponents.Part>> chunks = new TreeMap<>();
        for (int a = 0; a < outcomes.size(); a++) {
            CandidateComponents.chunks(outcomes.get(a), filed.get(a), need)
                    .forEachRemaining((Tuple2<Long, CandidateComponents.Part> t) -> chunks.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2()));
        }
        List<String> found = new ArrayList<>();
        int largest = 0;
        for (List<CandidateComponents.Part> parts : chunks.values()) {
            List<Event> events = new ArrayList<>();
            List<Event> context = new ArrayList<>();
            Set<String> lookers = new java.util.HashSet<>();
            for (CandidateComponents.Part p : parts) { // already in the archive's order
                events.addAll(p.events());
                context.addAll(p.context());
                lookers.addAll(p.lookers());
            }
            largest = Math.max(largest, events.size());
            merger.candidates(events, context, idf, e -> lookers.contains(e.id())).forEach(c -> found.add(c.a() + " " + c.b()));
        }
        List<Merger.Candidate> whole = merger.candidates(all, List.of(), idf, e -> true);
        assertThat(found.stream().sorted().toList()).isEqualTo(whole.stream().map(c -> c.a() + " " + c.b()).sorted().toList());

        // each component merged on its own, with the other dates of its sentences: the archive merged whole
        Map<String, String> component = app.dateline.engine.merge.MergerComponentsTestAccess.components(all, whole);
        Map<String, List<Event>> byComponent = new TreeMap<>();
        all.forEach(e -> byComponent.computeIfAbsent(component.get(e.id()), k -> new ArrayList<>()).add(e));
        List<app.dateline.engine.merge.MergedEvent> apart = new ArrayList<>();
        for (List<Event> members : byComponent.values()) {
            Set<String> ids = new java.util.HashSet<>();
            Set<String> sentencesOf = new java.util.HashSet<>();
            members.forEach(e -> {
                ids.add(e.id());
                sentencesOf.add(e.article().source() + "#" + e.mention().sentence());
            });
            List<Event> context = all.stream().filter(e -> !ids.contains(e.id())
                    && sentencesOf.contains(e.article().source() + "#" + e.mention().sentence())).toList();
            apart.addAll(merger.merge(members, context, idf, whole));
        }
        List<app.dateline.engine.merge.MergedEvent> together = merger.merge(all, idf, app.dateline.engine.merge.MergeConstraints.NONE);
        assertThat(app.dateline.engine.merge.MergerComponentsTestAccess.describe(apart))
                .isEqualTo(app.dateline.engine.merge.MergerComponentsTestAccess.describe(together));
        return new Check(whole, chunks.size(), largest, together.stream().filter(m -> m.sourceCount() > 1).count());
    }
}

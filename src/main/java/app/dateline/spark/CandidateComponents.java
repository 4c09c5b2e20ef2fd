package app.dateline.spark;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TfIdf;
import app.dateline.engine.rank.ArticleMoments;
import app.dateline.engine.rank.RankEvidence;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The archive-wide merge, distributed and exact: blocks, then candidate pairs, then their connected components,
 * then a merge per component, then the ranking by date span, then the moments pass by article.
 *
 * <ol>
 *   <li><b>Candidates, month by month.</b> The merger compares a mention only with the members of the blocks it
 *   looks up: (key, month) blocks of the months its date covers and (key, year) blocks of its years ({@link
 *   Merger#filing}). Each candidate mention is found from one <em>chunk</em>, the first month its date covers; a
 *   chunk needs whole every month and year ("cell") its mentions look up, so each mention is sent to every chunk
 *   that needs a cell it is filed under (the map from cell to chunks is counted over the archive; it is small:
 *   months times the chunks that need them). Each chunk's candidate pairs are found by the engine
 *   ({@link Merger#candidates}), on the executors, with the other mentions of each sentence as context.</li>
 *   <li><b>Components.</b> Every merge is along a candidate pair, so the connected components of the candidate
 *   pairs merge apart exactly as together. They are found by min-label propagation over the pairs (each mention
 *   takes the smallest label among its neighbours' until none changes), in RDDs.</li>
 *   <li><b>Merging.</b> The components, packed into bins of about {@link #MENTIONS_PER_BIN} mentions, are merged by
 *   the engine along their candidates ({@link Merger#merge(List, List, TfIdf, java.util.Collection)}); a mention
 *   with no candidate is an event alone.</li>
 *   <li><b>Ranking.</b> An event's importance counts the mentions of exactly its days elsewhere in the archive: the
 *   merged events and every plottable mention are grouped by date span and each span's events ranked with all
 *   of the span's mentions, as {@code export} ranks them, before the moments pass.</li>
 *   <li><b>Moments.</b> The moments pass ({@link ArticleMoments}) only compares an event with events that tell all
 *   of its articles: the ranked events are grouped by article, each group's events run through the pass, and each
 *   event takes the importance decided in the group of its first article.</li>
 * </ol>
 */
final class CandidateComponents {

    /** About this many mentions are merged in one task (components packed together never meet). */
    static final int MENTIONS_PER_BIN = 10_000;
    private static final int NO_CHUNK = Integer.MIN_VALUE;
    private static final long YEAR_CELL = 1L << 40;

    private CandidateComponents() {
    }

    /** The events as rows and the figures of the run for the summary line. */
    record Result(JavaRDD<Row> rows, String figures) {
    }

    /** How the merger files an article's events: per event its chunk (or none), the cells it needs and is filed under. */
    record Filed(int[] chunk, long[][] needs, long[][] cells) implements Serializable {
    }

    /** An article's events sent to one chunk or bin: its ordinal, the events, the other dates of their sentences. */
    record Part(long ordinal, List<Event> events, List<Event> context, Set<String> lookers, Map<String, Integer> sentenceIndex)
            implements Serializable {
    }

    /** A merged event with the sentence index of each of its sources (for the ranking). */
    record Merged(MergedEvent event, Map<String, Integer> sentenceIndex) implements Serializable {
    }

    static Result merge(JavaSparkContext sc, JavaRDD<ArticleOutcome> outcomes, Broadcast<Map<String, Integer>> weights, int sentences,
                        Broadcast<Map<LocalDate, Integer>> published, int partitions) {
        JavaPairRDD<Long, Tuple2<ArticleOutcome, Filed>> filed = outcomes
                .mapToPair(o -> new Tuple2<>(o.ordinal(), new Tuple2<>(o, filed(o.events(), weights, sentences))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        {
            // 1. which chunks need each cell (small), then each chunk's mentions, then its candidate pairs
            Map<Long, long[]> needing = new HashMap<>();
            filed.values().flatMapToPair(t -> {
                        Filed f = t._2();
                        List<Tuple2<Long, Long>> out = new ArrayList<>();
                        for (int i = 0; i < f.chunk().length; i++) {
                            for (long cell : f.needs()[i]) {
                                out.add(new Tuple2<>(cell, (long) f.chunk()[i]));
                            }
                        }
                        return out.iterator();
                    }).distinct().groupByKey().collectAsMap()
                    .forEach((cell, chunks) -> {
                        List<Long> list = new ArrayList<>();
                        chunks.forEach(list::add);
                        needing.put(cell, list.stream().mapToLong(Long::longValue).sorted().toArray());
                    });
            Broadcast<Map<Long, long[]>> need = sc.broadcast(needing);
            JavaPairRDD<Long, Part> chunkParts = filed.values().flatMapToPair(t -> chunks(t._1(), t._2(), need.value()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<Merger.Candidate> candidates = chunkParts.groupByKey(partitions)
                    .flatMap(chunk -> candidatesOf(chunk._2(), weights, sentences).iterator())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long pairs = candidates.count();
            long chunks = chunkParts.keys().distinct().count();
            long largestChunk = chunks == 0 ? 0 : chunkParts.mapToPair(p -> new Tuple2<>(p._1(), (long) p._2().events().size()))
                    .reduceByKey(Long::sum).values().reduce(Math::max);
            long sent = chunkParts.map(p -> (long) p._2().events().size()).fold(0L, Long::sum);
            chunkParts.unpersist(false);
            need.unpersist(false);

            // 2. the components of the candidate pairs
            JavaPairRDD<Long, Long> label = components(candidates, partitions);
            JavaPairRDD<Long, Long> sizes = label.mapToPair(l -> new Tuple2<>(l._2(), 1L)).reduceByKey(Long::sum);
            long components = sizes.count();
            long largest = components == 0 ? 0 : sizes.values().reduce(Math::max);
            long inComponents = label.count();

            // 3. each mention's component, the components packed into bins, merged along their candidates
            long mentions = outcomes.map(o -> (long) o.events().size()).fold(0L, Long::sum);
            int bins = (int) Math.max(partitions, mentions / MENTIONS_PER_BIN + 1);
            JavaPairRDD<Long, Map<Integer, Long>> labels = filed.values()
                    .flatMapToPair(t -> {
                        List<Tuple2<Long, Tuple2<Long, Integer>>> out = new ArrayList<>();
                        List<Event> events = t._1().events();
                        for (int i = 0; i < events.size(); i++) {
                            if (t._2().chunk()[i] != NO_CHUNK) {
                                out.add(new Tuple2<>(hash(events.get(i).id()), new Tuple2<>(t._1().ordinal(), i)));
                            }
                        }
                        return out.iterator();
                    })
                    .join(label)
                    .mapToPair(j -> new Tuple2<>(j._2()._1()._1(), new Tuple2<>(j._2()._1()._2(), j._2()._2())))
                    .aggregateByKey(new HashMap<Integer, Long>(), (m, g) -> {
                        m.put(g._1(), g._2());
                        return m;
                    }, (a, b) -> {
                        a.putAll(b);
                        return a;
                    }).mapToPair(t -> new Tuple2<>(t._1(), (Map<Integer, Long>) t._2()));
            JavaPairRDD<Integer, Part> binParts = filed.leftOuterJoin(labels)
                    .flatMapToPair(t -> bins(t._2()._1()._1(), t._2()._2().orElse(Map.of()), bins));
            JavaPairRDD<Integer, Merger.Candidate> binPairs = candidates.mapToPair(c -> new Tuple2<>(hash(c.a()), c))
                    .join(label).mapToPair(j -> new Tuple2<>(bin(j._2()._2(), bins), j._2()._1()));
            JavaPairRDD<String, Merged> merged = binParts.cogroup(binPairs, bins)
                    .flatMapToPair(b -> mergeBin(b._2()._1(), b._2()._2(), weights, sentences));

            // 4. ranked by date span, with every mention of the span
            JavaPairRDD<String, Event> spanMentions = outcomes.flatMapToPair(o -> {
                List<Tuple2<String, Event>> out = new ArrayList<>();
                for (Event e : o.events()) {
                    if (e.isPlottable()) {
                        out.add(new Tuple2<>(span(e.timex().from(), e.timex().to()), light(e)));
                    }
                }
                return out.iterator();
            });
            JavaPairRDD<String, Tuple2<String, MergedEvent>> ranked = merged.cogroup(spanMentions, partitions)
                    .flatMapToPair(s -> rank(s._1(), s._2()._1(), s._2()._2(), published).iterator())
                    .persist(StorageLevel.MEMORY_AND_DISK());

            // 5. the moments pass, article by article: each event decided among the events of its first article
            JavaPairRDD<String, Double> discounted = ranked.values()
                    .flatMapToPair(t -> byArticle(t._2()))
                    .groupByKey(partitions)
                    .flatMapToPair(g -> {
                        List<MergedEvent> events = new ArrayList<>();
                        g._2().forEach(events::add);
                        List<Tuple2<String, Double>> out = new ArrayList<>();
                        ArticleMoments.importances(ExecutorEngine.ranker(), g._1(), events)
                                .forEach((id, importance) -> out.add(new Tuple2<>(id, importance)));
                        return out.iterator();
                    });
            JavaRDD<Row> rows = ranked.leftOuterJoin(discounted, partitions)
                    .map(j -> EventBlocks.row(j._2()._1()._1(),
                            j._2()._2().isPresent() ? j._2()._1()._2().withImportance(j._2()._2().get()) : j._2()._1()._2()));
            String figures = "components candidate_pairs=" + pairs + " chunks=" + chunks + " largest_chunk=" + largestChunk
                    + " sent_to_chunks=" + sent + " mentions_in_components=" + inComponents + " components=" + components
                    + " largest_component=" + largest;
            return new Result(rows, figures);
        }
    }

    /** How the merger files an article's events, by cells. */
    static Filed filed(List<Event> events, Broadcast<Map<String, Integer>> weights, int sentences) {
        if (events.isEmpty()) {
            return new Filed(new int[0], new long[0][], new long[0][]);
        }
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        return filed(ExecutorEngine.merger().filing(events, idf));
    }

    /**
     * Per event: its chunk (the first month its date covers; none when it is never a candidate), the cells it
     * looks up (months of its cover, years of its cover) and the cells it is filed under (months of its reach, the
     * years it is filed by).
     */
    static Filed filed(List<Merger.Filing> filing) {
        int n = filing.size();
        int[] chunk = new int[n];
        long[][] needs = new long[n][];
        long[][] cells = new long[n][];
        for (int i = 0; i < n; i++) {
            Merger.Filing f = filing.get(i);
            if (f.blocks().isEmpty()) {
                chunk[i] = NO_CHUNK;
                needs[i] = new long[0];
                cells[i] = new long[0];
                continue;
            }
            chunk[i] = f.firstMonth();
            TreeSet<Long> need = new TreeSet<>();
            f.monthsLookedUp().forEach(m -> need.add((long) m));
            f.yearsLookedUp().forEach(y -> need.add(YEAR_CELL + suffix(y, '#')));
            TreeSet<Long> filedUnder = new TreeSet<>();
            f.blocks().forEach(b -> filedUnder.add((long) suffix(b, '@')));
            f.yearsFiled().forEach(y -> filedUnder.add(YEAR_CELL + suffix(y, '#')));
            needs[i] = need.stream().mapToLong(Long::longValue).toArray();
            cells[i] = filedUnder.stream().mapToLong(Long::longValue).toArray();
        }
        return new Filed(chunk, needs, cells);
    }

    private static int suffix(String token, char mark) {
        return Integer.parseInt(token.substring(token.lastIndexOf(mark) + 1));
    }

    /**
     * The parts of an article each chunk gets: the events it looks up from (its own chunk) and the events filed
     * under a cell the chunk needs, with the other dates of their sentences as context.
     */
    static Iterator<Tuple2<Long, Part>> chunks(ArticleOutcome o, Filed f, Map<Long, long[]> need) {
        List<Event> events = o.events();
        Map<Long, TreeSet<Integer>> members = new LinkedHashMap<>();
        Map<Long, Set<String>> lookers = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (f.chunk()[i] == NO_CHUNK) {
                continue;
            }
            long own = f.chunk()[i];
            members.computeIfAbsent(own, k -> new TreeSet<>()).add(i);
            lookers.computeIfAbsent(own, k -> new HashSet<>()).add(events.get(i).id());
            for (long cell : f.cells()[i]) {
                for (long c : need.getOrDefault(cell, new long[0])) {
                    members.computeIfAbsent(c, k -> new TreeSet<>()).add(i);
                }
            }
        }
        List<Tuple2<Long, Part>> out = new ArrayList<>();
        members.forEach((c, idx) -> out.add(new Tuple2<>(c, part(o, idx, lookers.getOrDefault(c, Set.of())))));
        return out.iterator();
    }

    /** The article's events at {@code idx} (in text order) with the other point dates of their sentences as context. */
    private static Part part(ArticleOutcome o, Set<Integer> idx, Set<String> lookers) {
        List<Event> events = o.events();
        List<Event> chosen = new ArrayList<>();
        Set<Integer> sentencesOf = new HashSet<>();
        for (int i : idx) {
            chosen.add(events.get(i));
            sentencesOf.add(events.get(i).mention().sentence());
        }
        List<Event> context = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!idx.contains(i) && e.timex().type().isPoint() && sentencesOf.contains(e.mention().sentence())) {
                context.add(e);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (Event e : chosen) {
            Integer at = o.sentenceIndex().get(e.id());
            if (at != null) {
                index.put(e.id(), at);
            }
        }
        return new Part(o.ordinal(), chosen, context, Set.copyOf(lookers), index);
    }

    /** The candidate pairs of one chunk, found by the engine from its own mentions. */
    private static List<Merger.Candidate> candidatesOf(Iterable<Part> parts, Broadcast<Map<String, Integer>> weights, int sentences) {
        List<Part> list = sorted(parts);
        List<Event> events = new ArrayList<>();
        List<Event> context = new ArrayList<>();
        Set<String> lookers = new HashSet<>();
        for (Part p : list) {
            events.addAll(p.events());
            context.addAll(p.context());
            lookers.addAll(p.lookers());
        }
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        return ExecutorEngine.merger().candidates(events, context, idf, e -> lookers.contains(e.id()),
                ExecutorEngine.articleTerms(weights.id(), idf));
    }

    private static List<Part> sorted(Iterable<Part> parts) {
        List<Part> list = new ArrayList<>();
        parts.forEach(list::add);
        list.sort(Comparator.comparingLong(Part::ordinal)); // the order extract reads the articles in
        return list;
    }

    /**
     * Each mention of a candidate pair labelled with the smallest hash of its component: min-label propagation
     * (each mention takes the smallest label of itself and its neighbours) until no label changes. Mentions are
     * the 64-bit hashes of their ids: two that collide only join two components, which merge apart as together.
     */
    static JavaPairRDD<Long, Long> components(JavaRDD<Merger.Candidate> candidates, int partitions) {
        JavaPairRDD<Long, Long> edges = candidates.flatMapToPair(c -> {
            long a = hash(c.a());
            long b = hash(c.b());
            return List.of(new Tuple2<>(a, b), new Tuple2<>(b, a)).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> label = edges.reduceByKey(Math::min, partitions)
                .mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2()))).persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = edges.join(label, partitions).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(label).reduceByKey(Math::min, partitions).persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(label).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            label.unpersist(false);
            label = next;
            if (changed == 0) {
                break;
            }
        }
        edges.unpersist(false);
        return label;
    }

    private static int bin(long label, int bins) {
        return (int) Math.floorMod(mix(label), (long) bins);
    }

    /** An article's events by bin: a mention of a component goes to its component's bin, one with none to its article's. */
    private static Iterator<Tuple2<Integer, Part>> bins(ArticleOutcome o, Map<Integer, Long> labels, int bins) {
        Map<Integer, TreeSet<Integer>> byBin = new LinkedHashMap<>();
        for (int i = 0; i < o.events().size(); i++) {
            Long l = labels.get(i);
            int bin = l != null ? bin(l, bins) : (int) Math.floorMod(mix(o.ordinal()), (long) bins);
            byBin.computeIfAbsent(bin, k -> new TreeSet<>()).add(i);
        }
        List<Tuple2<Integer, Part>> out = new ArrayList<>();
        byBin.forEach((b, idx) -> out.add(new Tuple2<>(b, part(o, idx, Set.of()))));
        return out.iterator();
    }

    /** One bin's mentions merged along their candidates, keyed by their date span for the ranking. */
    private static Iterator<Tuple2<String, Merged>> mergeBin(Iterable<Part> parts, Iterable<Merger.Candidate> pairs,
                                                            Broadcast<Map<String, Integer>> weights, int sentences) {
        List<Event> events = new ArrayList<>();
        List<Event> context = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Part p : sorted(parts)) {
            events.addAll(p.events());
            context.addAll(p.context());
            index.putAll(p.sentenceIndex());
        }
        List<Merger.Candidate> candidates = new ArrayList<>();
        pairs.forEach(candidates::add);
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        List<MergedEvent> merged = events.isEmpty() ? List.of() : ExecutorEngine.merger().merge(events, context, idf, candidates,
                ExecutorEngine.articleTerms(weights.id(), idf));
        List<Tuple2<String, Merged>> out = new ArrayList<>(merged.size());
        for (MergedEvent m : merged) {
            Map<String, Integer> own = new HashMap<>();
            m.sources().forEach(e -> own.put(e.id(), index.get(e.id())));
            String span = m.isPlottable() ? span(m.date().from(), m.date().to()) : "unplottable";
            out.add(new Tuple2<>(span, new Merged(m, own)));
        }
        return out.iterator();
    }

    /** The events of one date span ranked with every mention of that span (the references), before the moments pass, by id. */
    private static List<Tuple2<String, Tuple2<String, MergedEvent>>> rank(String span, Iterable<Merged> events, Iterable<Event> mentions,
                                                                          Broadcast<Map<LocalDate, Integer>> published) {
        List<MergedEvent> list = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Merged m : events) {
            list.add(m.event());
            m.sentenceIndex().forEach((id, i) -> {
                if (i != null) {
                    index.put(id, i);
                }
            });
        }
        if (list.isEmpty()) {
            return List.of();
        }
        List<Event> references = new ArrayList<>();
        mentions.forEach(references::add);
        List<MergedEvent> ranked = ExecutorEngine.ranker().rankBeforeMoments(new RankEvidence(references, index, published.value()), list);
        List<Tuple2<String, Tuple2<String, MergedEvent>>> out = new ArrayList<>(ranked.size());
        for (MergedEvent m : ranked) {
            out.add(new Tuple2<>(m.id(), new Tuple2<>(span, m)));
        }
        return out;
    }

    /**
     * A ranked event under each article the moments pass reads it by (none when the pass leaves it alone), as a
     * light copy: its sources keep their sentences (whether a date is a stamp) but not their article's text.
     */
    static Iterator<Tuple2<String, MergedEvent>> byArticle(MergedEvent m) {
        Set<String> articles = ArticleMoments.articles(m);
        if (articles.isEmpty()) {
            return Collections.emptyIterator();
        }
        List<Event> sources = new ArrayList<>(m.sources().size());
        for (Event e : m.sources()) {
            Article a = e.article();
            Article bare = new Article(a.source(), null, a.publisher(), a.published(), a.dateOrigin(), "", List.of());
            sources.add(new Event(e.id(), bare, e.mention(), e.label(), e.sentence(), e.excerpt(), e.sentenceBegin(), e.excerptBegin(), e.trigger()));
        }
        MergedEvent light = new MergedEvent(m.id(), m.label(), m.date(), sources, null, m.extractedLabel(), m.extractedDate(),
                m.hidden(), m.summary(), m.importance());
        List<Tuple2<String, MergedEvent>> out = new ArrayList<>(articles.size());
        articles.forEach(a -> out.add(new Tuple2<>(a, light)));
        return out.iterator();
    }

    private static String span(LocalDate from, LocalDate to) {
        return from + "/" + to;
    }

    /**
     * A mention as the ranking reads it among the references of its days (its id, date, label, and the excerpt that
     * says whether it is a date line), without its article's text or its sentence: sent by date span.
     */
    static Event light(Event e) {
        Article a = e.article();
        Article bare = new Article(a.source(), null, a.publisher(), a.published(), a.dateOrigin(), "", List.of());
        return new Event(e.id(), bare, e.mention(), e.label(), "", e.excerpt(), e.sentenceBegin(), e.excerptBegin(), e.trigger());
    }

    /** FNV-1a, 64 bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Spreads a label over the bins. */
    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}

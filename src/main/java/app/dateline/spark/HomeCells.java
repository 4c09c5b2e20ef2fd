package app.dateline.spark;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TfIdf;
import app.dateline.engine.rank.ArticleMoments;
import app.dateline.engine.rank.RankEvidence;
import app.dateline.engine.rank.StoryWords;
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
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The archive-wide merge, distributed by construction: the merger's own definition is by home cell
 * ({@link Merger#homeCell}), so each cell is one task and the job computes what {@code export} computes.
 *
 * <ol>
 *   <li><b>Coarse cells.</b> Every mention goes to its one home cell: the month its date starts in, or for a date of a
 *   month or longer its year's coarse cell. Each coarse cell is merged on its own ({@link Merger#mergeCells}), and
 *   each of its groups is brought to every month its dates cover.</li>
 *   <li><b>Fine cells.</b> Each month is merged on its own, and offers each coarse group brought to it its best group
 *   ({@link Merger#mergeFineCell}). Each coarse group keeps its best offer over the months ({@code reduceByKey}).</li>
 *   <li><b>Events.</b> Each fine group with the coarse groups that chose it, each coarse group that chose none, and
 *   each mention never merged (no cell) is built into an event by the engine ({@link Merger#combine}).</li>
 *   <li><b>Ranking.</b> An event's importance counts the mentions of exactly its days elsewhere in the archive: the
 *   merged events and every plottable mention are grouped by date span and each span's events ranked with all
 *   of the span's mentions, as {@code export} ranks them, before the moments pass.</li>
 *   <li><b>Moments.</b> The moments pass ({@link ArticleMoments}) only compares an event with events that tell all
 *   of its articles: the ranked events are grouped by article, each group's events run through the pass, and each
 *   event takes the importance decided in the group of its first article.</li>
 * </ol>
 * No task holds more than one cell (a fine cell with the coarse groups that cover its month, or a coarse cell), one
 * event, one date span or one article's events: the largest is the busiest month, or the coarse dates of the busiest year.
 */
final class HomeCells {

    /** The cell of the mentions never merged automatically. */
    static final String NONE = "none";

    private HomeCells() {
    }

    /** The events as rows and the figures of the run for the summary line. */
    record Result(JavaRDD<Row> rows, String figures) {
    }

    /**
     * Some events of one article: their positions among the article's events (the corpus's order is the articles'
     * order, then this), the other point mentions of their sentences (the date phrases their words leave out), and
     * each one's sentence index (for the ranking).
     */
    record Part(long ordinal, List<Event> events, int[] positions, List<Event> context, Map<String, Integer> sentenceIndex)
            implements Serializable {
    }

    /** A merged event with the sentence index of each of its sources (for the ranking). */
    record Merged(MergedEvent event, Map<String, Integer> sentenceIndex) implements Serializable {
    }

    /** What a fine cell gives: its groups (members by article, keyed by their smallest event id) and its offers. */
    record FineOut(List<Tuple2<String, List<Part>>> groups, List<Merger.Offer> offers, int mentions) implements Serializable {
    }

    static Result merge(JavaSparkContext sc, JavaRDD<ArticleOutcome> outcomes, Broadcast<Map<String, Integer>> weights, int sentences,
                        Broadcast<Map<LocalDate, Integer>> published, Broadcast<StoryWords> story, int partitions) {
        // 1. every mention to its home cell; the coarse cells merged, each group brought to the months it covers
        JavaPairRDD<String, Part> cells = outcomes.flatMapToPair(HomeCells::byCell).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, List<Part>> coarse = cells.filter(c -> coarseCell(c._1())).groupByKey(partitions)
                .flatMapToPair(c -> firstPass(c._2(), weights, sentences).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, List<Part>> brought = coarse.flatMapToPair(g -> {
            TreeSet<Integer> months = new TreeSet<>();
            g._2().forEach(p -> p.events().forEach(e -> Merger.monthsCovered(e).forEach(months::add)));
            List<Tuple2<String, List<Part>>> out = new ArrayList<>();
            months.forEach(m -> out.add(new Tuple2<>(Merger.monthCell(m), g._2())));
            return out.iterator();
        });

        // 2. each month merged with the coarse groups brought to it; each coarse group's best offer
        JavaRDD<FineOut> fine = cells.filter(c -> fineCell(c._1())).cogroup(brought, partitions)
                .map(c -> fineCell(c._2()._1(), c._2()._2(), weights, sentences))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Merger.Offer> best = fine.flatMapToPair(f -> f.offers().stream().map(o -> new Tuple2<>(o.group(), o)).iterator())
                .reduceByKey((a, b) -> a.beats(b) ? a : b);

        // 3. the events: each fine group with the coarse groups that chose it, the others alone
        JavaPairRDD<String, List<Part>> fineGroups = fine.flatMapToPair(f -> f.groups().iterator());
        JavaPairRDD<String, List<Part>> coarseGroups = coarse.leftOuterJoin(best)
                .mapToPair(j -> new Tuple2<>(j._2()._2().isPresent() ? j._2()._2().get().target() : j._1(), j._2()._1()));
        JavaPairRDD<String, Merged> merged = fineGroups.union(coarseGroups).groupByKey(partitions)
                .mapToPair(g -> combine(g._2(), weights, sentences))
                .union(cells.filter(c -> c._1().equals(NONE)).flatMapToPair(c -> alone(c._2())));

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
                .flatMapToPair(s -> rank(s._1(), s._2()._1(), s._2()._2(), published, story).iterator())
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
        JavaPairRDD<String, Long> sizes = cells.mapToPair(c -> new Tuple2<>(c._1(), (long) c._2().events().size())).reduceByKey(Long::sum)
                .filter(c -> !c._1().equals(NONE)).persist(StorageLevel.MEMORY_AND_DISK());
        long cellCount = sizes.count();
        long largestCell = cellCount == 0 ? 0 : sizes.values().reduce(Math::max);
        long largestCoarse = sizes.filter(c -> coarseCell(c._1())).values().fold(0L, Math::max);
        long largestTask = fine.map(f -> (long) f.mentions()).fold(0L, Math::max);
        long coarseCount = coarse.count();
        long attached = best.count();
        long sent = coarse.map(g -> {
            TreeSet<Integer> months = new TreeSet<>();
            g._2().forEach(p -> p.events().forEach(e -> Merger.monthsCovered(e).forEach(months::add)));
            return (long) months.size() * g._2().stream().mapToInt(p -> p.events().size()).sum();
        }).fold(0L, Long::sum);
        sizes.unpersist(false);
        String figures = "cells cells=" + cellCount + " largest_cell=" + largestCell + " largest_coarse_cell=" + largestCoarse
                + " largest_fine_task=" + largestTask + " coarse_groups=" + coarseCount + " coarse_mentions_brought=" + sent
                + " attached=" + attached;
        return new Result(rows, figures);
    }

    static boolean coarseCell(String cell) {
        return !cell.equals(NONE) && cell.indexOf('-') < 0;
    }

    static boolean fineCell(String cell) {
        return cell.indexOf('-') > 0;
    }

    /** An article's events by home cell ({@link #NONE} for those never merged), each with the other dates of its sentences. */
    static Iterator<Tuple2<String, Part>> byCell(ArticleOutcome o) {
        Map<String, TreeSet<Integer>> byCell = new LinkedHashMap<>();
        List<Event> events = o.events();
        for (int i = 0; i < events.size(); i++) {
            String cell = Merger.homeCell(events.get(i));
            byCell.computeIfAbsent(cell == null ? NONE : cell, k -> new TreeSet<>()).add(i);
        }
        List<Tuple2<String, Part>> out = new ArrayList<>();
        byCell.forEach((c, idx) -> out.add(new Tuple2<>(c, part(o.ordinal(), events, idx, List.of(), o.sentenceIndex()))));
        return out.iterator();
    }

    /**
     * The events at {@code idx} (positions among {@code events}, one article's) with, as context, the other point
     * mentions of their sentences among {@code events} and {@code context}.
     */
    static Part part(long ordinal, List<Event> events, Set<Integer> idx, List<Event> context, Map<String, Integer> sentenceIndex) {
        List<Event> chosen = new ArrayList<>();
        int[] positions = new int[idx.size()];
        Set<Integer> sentencesOf = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int k = 0;
        for (int i : idx) {
            chosen.add(events.get(i));
            positions[k++] = i;
            sentencesOf.add(events.get(i).mention().sentence());
            ids.add(events.get(i).id());
        }
        List<Event> mates = new ArrayList<>();
        for (List<Event> from : List.of(events, context)) {
            for (Event e : from) {
                if (!ids.contains(e.id()) && e.timex().type().isPoint() && sentencesOf.contains(e.mention().sentence()) && ids.add(e.id())) {
                    mates.add(e);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (Event e : chosen) {
            Integer at = sentenceIndex.get(e.id());
            if (at != null) {
                index.put(e.id(), at);
            }
        }
        return new Part(ordinal, chosen, positions, mates, index);
    }

    /** Parts put together in the corpus's order: the events, their context, where each came from. */
    private record Flat(List<Event> events, List<Event> context, Map<String, Integer> sentenceIndex, Map<String, Part> partOf,
                        Map<String, Integer> positionOf) {

        static Flat of(Iterable<Part> parts) {
            TreeMap<Long, TreeMap<Integer, Event>> byArticle = new TreeMap<>();
            Map<String, Part> partOf = new HashMap<>();
            Map<String, Integer> positionOf = new HashMap<>();
            Map<String, Integer> index = new HashMap<>();
            Map<String, Event> context = new LinkedHashMap<>();
            for (Part p : parts) {
                for (int k = 0; k < p.events().size(); k++) {
                    Event e = p.events().get(k);
                    byArticle.computeIfAbsent(p.ordinal(), o -> new TreeMap<>()).put(p.positions()[k], e);
                    partOf.put(e.id(), p);
                    positionOf.put(e.id(), p.positions()[k]);
                }
                p.context().forEach(e -> context.putIfAbsent(e.id(), e));
                index.putAll(p.sentenceIndex());
            }
            List<Event> events = new ArrayList<>();
            byArticle.values().forEach(a -> events.addAll(a.values()));
            events.forEach(e -> context.remove(e.id()));
            return new Flat(events, new ArrayList<>(context.values()), index, partOf, positionOf);
        }

        /** A group's members (event ids) as parts by article, each with the other dates of its sentences. */
        List<Part> members(List<String> ids) {
            Map<Part, TreeSet<Integer>> bySource = new java.util.IdentityHashMap<>(); // a part by identity: no hashing of its articles
            for (String id : ids) {
                Part p = partOf.get(id);
                bySource.computeIfAbsent(p, k -> new TreeSet<>()).add(p.events().indexOf(eventOf(p, id)));
            }
            List<Part> out = new ArrayList<>();
            bySource.forEach((p, idx) -> {
                Part chosen = part(p.ordinal(), p.events(), idx, p.context(), p.sentenceIndex());
                int[] positions = new int[idx.size()];
                int k = 0;
                for (int i : idx) {
                    positions[k++] = p.positions()[i];
                }
                out.add(new Part(chosen.ordinal(), chosen.events(), positions, chosen.context(), chosen.sentenceIndex()));
            });
            return out;
        }

        private static Event eventOf(Part p, String id) {
            for (Event e : p.events()) {
                if (e.id().equals(id)) {
                    return e;
                }
            }
            throw new IllegalStateException("no event " + id);
        }

        static String key(List<String> ids) {
            return ids.stream().min(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** The first pass of one coarse cell: its groups, keyed by their smallest event id, with their members. */
    private static List<Tuple2<String, List<Part>>> firstPass(Iterable<Part> parts, Broadcast<Map<String, Integer>> weights, int sentences) {
        Flat flat = Flat.of(parts);
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        List<Tuple2<String, List<Part>>> out = new ArrayList<>();
        for (MergedEvent m : ExecutorEngine.merger().mergeCells(flat.events(), flat.context(), idf, ExecutorEngine.articleTerms(weights.id(), idf))) {
            List<String> ids = m.sources().stream().map(Event::id).toList();
            out.add(new Tuple2<>(Flat.key(ids), flat.members(ids)));
        }
        return out;
    }

    /** One month merged, with the coarse groups brought to it: its groups and its offers to them. */
    private static FineOut fineCell(Iterable<Part> parts, Iterable<List<Part>> brought, Broadcast<Map<String, Integer>> weights, int sentences) {
        List<Part> all = new ArrayList<>();
        parts.forEach(all::add);
        List<List<String>> coarse = new ArrayList<>();
        for (List<Part> g : brought) {
            all.addAll(g);
            List<String> ids = new ArrayList<>();
            g.forEach(p -> p.events().forEach(e -> ids.add(e.id())));
            coarse.add(ids);
        }
        Flat flat = Flat.of(all);
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        Merger.FineCell cell = ExecutorEngine.merger().mergeFineCell(flat.events(), flat.context(), idf,
                ExecutorEngine.articleTerms(weights.id(), idf), coarse);
        List<Tuple2<String, List<Part>>> groups = new ArrayList<>();
        for (List<String> g : cell.groups()) {
            groups.add(new Tuple2<>(Flat.key(g), flat.members(g)));
        }
        return new FineOut(groups, cell.offers(), flat.events().size());
    }

    /** One event of the merge from its members (a fine group and the coarse groups that chose it), keyed by its date span. */
    private static Tuple2<String, Merged> combine(Iterable<List<Part>> members, Broadcast<Map<String, Integer>> weights, int sentences) {
        List<Part> all = new ArrayList<>();
        members.forEach(all::addAll);
        Flat flat = Flat.of(all);
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        MergedEvent m = ExecutorEngine.merger().combine(flat.events(), flat.context(), idf, ExecutorEngine.articleTerms(weights.id(), idf));
        return keyed(m, flat.sentenceIndex());
    }

    /** The events never merged, each alone. */
    private static Iterator<Tuple2<String, Merged>> alone(Part part) {
        List<Tuple2<String, Merged>> out = new ArrayList<>();
        for (Event e : part.events()) {
            out.add(keyed(ExecutorEngine.merger().combine(List.of(e), List.of(), null, null), part.sentenceIndex()));
        }
        return out.iterator();
    }

    private static Tuple2<String, Merged> keyed(MergedEvent m, Map<String, Integer> index) {
        Map<String, Integer> own = new HashMap<>();
        m.sources().forEach(e -> own.put(e.id(), index.get(e.id())));
        String span = m.isPlottable() ? span(m.date().from(), m.date().to()) : "unplottable";
        return new Tuple2<>(span, new Merged(m, own));
    }

    /** The events of one date span ranked with every mention of that span (the references), before the moments pass, by id. */
    private static List<Tuple2<String, Tuple2<String, MergedEvent>>> rank(String span, Iterable<Merged> events, Iterable<Event> mentions,
                                                                          Broadcast<Map<LocalDate, Integer>> published,
                                                                          Broadcast<StoryWords> story) {
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
        List<MergedEvent> ranked = ExecutorEngine.ranker().rankBeforeMoments(new RankEvidence(references, index, published.value(), story.value()), list);
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
}

package app.dateline.spark;

import app.dateline.engine.event.Event;
import app.dateline.engine.export.EventsJsonExporter;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergeConstraints;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TfIdf;
import app.dateline.engine.rank.EventRanker;
import app.dateline.engine.rank.RankEvidence;
import app.dateline.engine.rank.StoryWords;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The {@code events} output: the archive's events merged and ranked as {@code export} merges and ranks them, block
 * by block.
 *
 * <p>Term weights are learnt from every sentence of the archive, counted on the executors and summed; so are the
 * articles published each day (for the ranking's burst) and the terms the articles open on (what the archive is
 * about, {@link StoryWords}). Those tables are the only things broadcast. Up to
 * {@link #WHOLE_LIMIT} mentions there is one block, and the events are {@code export}'s exactly, importance and
 * all. Above that the merge is distributed ({@link HomeCells}): by the merger's own home cells (a month, or a year's
 * coarse dates), each cell merged on its own with the archive's weights, each event ranked by the engine's
 * {@link EventRanker} with every mention of its days and the archive's days: again {@code export}'s exactly.
 */
final class EventBlocks {

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("block", DataTypes.StringType, false),
            DataTypes.createStructField("label", DataTypes.StringType, true),
            DataTypes.createStructField("type", DataTypes.StringType, true),
            DataTypes.createStructField("value", DataTypes.StringType, true),
            DataTypes.createStructField("from", DataTypes.StringType, true),
            DataTypes.createStructField("to", DataTypes.StringType, true),
            DataTypes.createStructField("granularity", DataTypes.StringType, true),
            DataTypes.createStructField("plottable", DataTypes.BooleanType, false),
            DataTypes.createStructField("sourceCount", DataTypes.IntegerType, false),
            DataTypes.createStructField("json", DataTypes.StringType, false)));

    /** Up to this many mentions the archive is merged as one block, exactly as {@code export} merges it. */
    static final int WHOLE_LIMIT = 20_000;

    /** One article's events in one block, in text order, with their sentences' indices. */
    record ArticleEvents(long ordinal, List<Event> events, Map<String, Integer> sentenceIndex) implements Serializable {
    }

    private EventBlocks() {
    }

    /**
     * The merged, ranked events as rows, and how they were merged ({@code whole}, or the home cells' figures).
     */
    record Merged(JavaRDD<Row> rows, String blocks) {
    }

    /**
     * @param whole true for one block (what {@code export} does), false for the distributed merge
     */
    static Merged merge(JavaSparkContext sc, JavaRDD<ArticleOutcome> outcomes, boolean whole, int partitions) {
        Map<String, Integer> counts = new HashMap<>(outcomes
                .flatMapToPair(o -> o.termSentences().entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .reduceByKey(Integer::sum).collectAsMap());
        int sentences = outcomes.map(ArticleOutcome::sentences).fold(0, Integer::sum);
        Map<LocalDate, Integer> days = new HashMap<>(outcomes.filter(o -> o.article() != null && o.article().published() != null)
                .mapToPair(o -> new Tuple2<>(o.article().published(), 1)).reduceByKey(Integer::sum).collectAsMap());
        Broadcast<Map<String, Integer>> weights = sc.broadcast(counts);
        Broadcast<Map<LocalDate, Integer>> published = sc.broadcast(days);
        Broadcast<StoryWords> story = sc.broadcast(storyWords(sc, outcomes));
        if (!whole) {
            HomeCells.Result c = HomeCells.merge(sc, outcomes, weights, sentences, published, story, partitions);
            return new Merged(c.rows(), c.figures());
        }
        JavaPairRDD<String, ArticleEvents> parts = outcomes.flatMapToPair(o -> split(o, Map.of()));
        return new Merged(parts.groupByKey(1).flatMap(block -> mergeBlock(block._1(), block._2(), weights, sentences, published, story)), "whole");
    }

    /**
     * What the archive is about ({@link StoryWords}): the terms its articles open on counted on the executors, the
     * story's words chosen from them, and the belonging of each article below 1 (the pages off the story: few).
     */
    static StoryWords storyWords(JavaSparkContext sc, JavaRDD<ArticleOutcome> outcomes) {
        JavaRDD<ArticleOutcome> read = outcomes.filter(o -> o.article() != null);
        Map<String, Integer> leadCounts = new HashMap<>(read.flatMapToPair(o -> o.leadTerms().stream().map(t -> new Tuple2<>(t, 1)).iterator())
                .reduceByKey(Integer::sum).collectAsMap());
        StoryWords words = StoryWords.fromCounts(leadCounts, (int) read.count());
        Broadcast<StoryWords> shared = sc.broadcast(words);
        Map<String, Double> below = new HashMap<>(read.mapToPair(o -> new Tuple2<>(o.source(), shared.value().belongingOf(o.leadTerms())))
                .filter(b -> b._2() < 1).collectAsMap());
        return words.withBelonging(below);
    }

    /** The number of events in the archive, to choose between one block and home cells. */
    static long count(JavaRDD<ArticleOutcome> outcomes) {
        return outcomes.map(o -> (long) o.events().size()).fold(0L, Long::sum);
    }

    /** An article's events by block ({@code blocks} by event index; without one, the one block {@code all}). */
    private static Iterator<Tuple2<String, ArticleEvents>> split(ArticleOutcome o, Map<Integer, String> blocks) {
        Map<String, List<Event>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < o.events().size(); i++) {
            byBlock.computeIfAbsent(blocks.getOrDefault(i, "all"), k -> new ArrayList<>()).add(o.events().get(i));
        }
        return byBlock.entrySet().stream()
                .map(b -> new Tuple2<>(b.getKey(), new ArticleEvents(o.ordinal(), b.getValue(), o.sentenceIndex()))).iterator();
    }

    private static Iterator<Row> mergeBlock(String block, Iterable<ArticleEvents> parts, Broadcast<Map<String, Integer>> weights,
                                            int sentences, Broadcast<Map<LocalDate, Integer>> published,
                                            Broadcast<StoryWords> story) {
        List<ArticleEvents> articles = new ArrayList<>();
        parts.forEach(articles::add);
        articles.sort(Comparator.comparingLong(ArticleEvents::ordinal)); // the order extract reads them in
        List<Event> events = new ArrayList<>();
        Map<String, Integer> sentenceIndex = new HashMap<>();
        for (ArticleEvents a : articles) {
            events.addAll(a.events());
            a.events().forEach(e -> sentenceIndex.put(e.id(), a.sentenceIndex().get(e.id())));
        }
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        List<MergedEvent> merged = ExecutorEngine.merger().merge(events, idf, MergeConstraints.NONE);
        List<MergedEvent> ranked = ExecutorEngine.ranker().rank(new RankEvidence(events, sentenceIndex, published.value(), story.value()), merged);
        return ranked.stream().map(m -> row(block, m)).iterator();
    }

    static Row row(String block, MergedEvent m) {
        EventDate d = m.date();
        return RowFactory.create(m.id(), block, m.label(), d.type().name(), d.value(), str(d.from()), str(d.to()),
                d.granularity().label(), m.isPlottable(), m.sourceCount(), EventsJsonExporter.eventJson(m));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

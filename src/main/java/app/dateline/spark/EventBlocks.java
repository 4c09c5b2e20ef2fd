package app.dateline.spark;

import app.dateline.engine.event.Event;
import app.dateline.engine.export.EventsJsonExporter;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergeConstraints;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TfIdf;
import app.dateline.engine.timex.Timex;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The {@code events} output: the archive's events merged as {@code export} merges them, block by block.
 *
 * <p>Term weights are learnt from every sentence of the archive, counted on the executors and summed (the one
 * thing broadcast: the archive's term counts). Then each event goes to a block, and each block is merged by the
 * engine's {@link Merger} on an executor with those weights. Up to {@link #WHOLE_LIMIT} mentions there is one
 * block, and the events are {@code export}'s exactly. Above that, an anchored date's block is the year its days
 * begin in (mentions of one event a year apart or more are never merged: {@code FAR}); durations, sets and
 * unanchored values, which are never merged, are spread over blocks of their own. Years are merged in parallel,
 * and the work grows with the largest year, not with the square of the archive. Inside a block the merger
 * applies its own limits, as it does for {@code export}.
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

    /** Blocks for the events that are never merged (durations, sets, unanchored): spread, not one huge block. */
    private static final int APART_BLOCKS = 64;

    /** One article's events in one block. */
    record ArticleEvents(long ordinal, List<Event> events) implements Serializable {
    }

    private EventBlocks() {
    }

    /** @param whole true for one block (what {@code export} does), false for blocks by year */
    static JavaRDD<Row> merge(JavaSparkContext sc, JavaRDD<ArticleOutcome> outcomes, boolean whole, int partitions) {
        Map<String, Integer> counts = new HashMap<>(outcomes
                .flatMapToPair(o -> o.termSentences().entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .reduceByKey(Integer::sum).collectAsMap());
        int sentences = outcomes.map(ArticleOutcome::sentences).fold(0, Integer::sum);
        Broadcast<Map<String, Integer>> weights = sc.broadcast(counts);
        return outcomes.flatMapToPair(o -> blocks(o, whole))
                .groupByKey(whole ? 1 : partitions)
                .flatMap(block -> mergeBlock(block._1(), block._2(), weights, sentences));
    }

    /** The number of events in the archive, to choose between one block and blocks by year. */
    static long count(JavaRDD<ArticleOutcome> outcomes) {
        return outcomes.map(o -> (long) o.events().size()).fold(0L, Long::sum);
    }

    static String block(Event e, long ordinal) {
        Timex t = e.timex();
        if (t.isAnchoredPoint() && t.from() != null) {
            return "year " + t.from().getYear();
        }
        return "apart " + Math.floorMod(ordinal, APART_BLOCKS);
    }

    private static Iterator<Tuple2<String, ArticleEvents>> blocks(ArticleOutcome o, boolean whole) {
        Map<String, List<Event>> byBlock = new LinkedHashMap<>();
        for (Event e : o.events()) {
            byBlock.computeIfAbsent(whole ? "all" : block(e, o.ordinal()), k -> new ArrayList<>()).add(e);
        }
        return byBlock.entrySet().stream().map(b -> new Tuple2<>(b.getKey(), new ArticleEvents(o.ordinal(), b.getValue()))).iterator();
    }

    private static Iterator<Row> mergeBlock(String block, Iterable<ArticleEvents> parts, Broadcast<Map<String, Integer>> weights,
                                            int sentences) {
        List<ArticleEvents> articles = new ArrayList<>();
        parts.forEach(articles::add);
        articles.sort(Comparator.comparingLong(ArticleEvents::ordinal)); // the order extract reads them in
        List<Event> events = new ArrayList<>();
        articles.forEach(a -> events.addAll(a.events()));
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        List<MergedEvent> merged = ExecutorEngine.merger().merge(events, idf, MergeConstraints.NONE);
        return merged.stream().map(m -> row(block, m)).iterator();
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

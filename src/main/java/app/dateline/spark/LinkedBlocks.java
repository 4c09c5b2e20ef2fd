package app.dateline.spark;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergeSettings;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TfIdf;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Which block each event is merged in when the archive is too large for one: the connected groups of the
 * merger's own blocking. The engine's {@link Merger} files each mention under (key, month) blocks (its heaviest
 * words, its event words and its rarer names, for every month its date reaches when stretched by its own length)
 * and compares only mentions that share one. Two mentions linked by a chain of shared blocks may end up in one
 * event; two that are not linked never do. So the linked groups merge apart exactly as the archive would merge
 * whole, and a happening told in "late December" and "early January" stays in one group: a date block is a
 * month, not a year.
 *
 * <ol>
 *   <li>On the executors, article by article: each mention's blocks ({@link Merger#blocks}), hashed to 64 bits (two
 *   blocks that collide are only linked, never parted: the result stays exact).</li>
 *   <li>The merger meets a (key, year) block of long dates (seasons, years) that holds more than its block limit
 *   of members as each mention's neighbours in date order, and who those are depends on every member: such
 *   full year blocks are counted over the archive (a sum by key, the one small set broadcast) and link everyone
 *   who files or looks one up, so that each is met whole in one group.</li>
 *   <li>A mention's words leave out the phrases of the other dates of its sentence, so the mentions of one
 *   sentence are linked too (by the sentence), whether a block holds them or not.</li>
 *   <li>Union-find in each partition over the blocks its mentions link; the partitions' forests (one edge per block
 *   seen) are joined on the driver by union-find again, each group named by its smallest block.</li>
 *   <li>Each mention's group is its first block's (a join, nothing broadcast); groups are packed into about one
 *   block of merging per {@link #MENTIONS_PER_BLOCK} mentions (packing groups together changes nothing, they
 *   never meet). A group larger than {@code --largest-group} ({@link #LARGEST_GROUP}), too large for one executor's merge, is cut
 *   by the month its date begins in (merges across its months are then lost: said in the README).</li>
 *   <li>A mention no block holds (durations, sets, decades, unanchored values: never merged) goes with the
 *   mentions of the same days, so that the ranking finds them as references; one with no days to one of
 *   {@link #APART_BLOCKS} blocks by its article.</li>
 * </ol>
 */
final class LinkedBlocks {

    /** About this many mentions are merged together (groups packed by their name). */
    static final int MENTIONS_PER_BLOCK = 10_000;
    /** Blocks for the mentions that have no days and are never merged. */
    static final int APART_BLOCKS = 64;
    /**
     * By default a linked group above this many mentions is cut by month, so that one executor merges it in bounded
     * memory ({@code --largest-group}): the engine merges a quarter of a million mentions within a heap of 1.5 GB.
     */
    static final int LARGEST_GROUP = 300_000;

    private LinkedBlocks() {
    }

    /**
     * Each article's events' blocks, by article ordinal and the event's index in the article.
     *
     * @param groups  how many linked groups there are; {@code largest}: the mentions of the largest; {@code cut}: how
     *                many groups were too large and cut by month
     */
    record Assignment(JavaPairRDD<Long, Map<Integer, String>> blocks, long linked, long groups, long largest, int cut,
                      int fullYearBlocks) {
    }

    /**
     * An article's events as the merger files them, hashed: per event, its (key, month) blocks, the (key, year)
     * blocks it is a member of and those it looks up. An empty row for an event no block holds.
     */
    record Filed(long[][] months, long[][] yearsFiled, long[][] yearsLookedUp, long[][] sentence) implements Serializable {

        /**
         * Per event, what links it: its month blocks, the full year blocks it files or looks up, and its sentence
         * when that holds other dates.
         */
        long[][] linking(Set<Long> fullYears) {
            long[][] out = new long[months.length][];
            for (int i = 0; i < out.length; i++) {
                long[] more = LongStream.concat(Arrays.stream(yearsFiled[i]), Arrays.stream(yearsLookedUp[i]))
                        .filter(fullYears::contains).distinct().toArray();
                out[i] = LongStream.concat(LongStream.concat(Arrays.stream(months[i]), Arrays.stream(more)), Arrays.stream(sentence[i]))
                        .toArray();
            }
            return out;
        }
    }

    static Assignment assign(JavaSparkContext sc, JavaRDD<ArticleOutcome> outcomes, Broadcast<Map<String, Integer>> weights,
                             int sentences, int partitions, int largestGroup) {
        JavaPairRDD<Long, Filed> filing = outcomes.mapToPair(o -> new Tuple2<>(o.ordinal(), hashed(o.events(), weights, sentences)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // the year blocks of long dates too full to be met whole: who files or looks one up is linked through it
        int limit = MergeSettings.DEFAULT.blockLimit();
        Set<Long> fullYears = new HashSet<>(filing
                .flatMapToPair(a -> Arrays.stream(a._2().yearsFiled()).flatMapToLong(Arrays::stream).mapToObj(h -> new Tuple2<>(h, 1L)).iterator())
                .reduceByKey(Long::sum).filter(c -> c._2() > limit).keys().collect());
        Broadcast<Set<Long>> full = sc.broadcast(fullYears);
        JavaPairRDD<Long, long[][]> filed = filing.mapValues(f -> f.linking(full.value())).persist(StorageLevel.MEMORY_AND_DISK());
        filing.unpersist(false);
        try {
            UnionFind linked = new UnionFind();
            for (long[] edge : filed.mapPartitions(LinkedBlocks::forest).collect()) {
                linked.union(edge[0], edge[1]);
            }
            List<Tuple2<Long, Long>> roots = linked.roots();
            JavaPairRDD<Long, Long> rootOf = sc.parallelizePairs(roots, Math.max(1, Math.min(partitions, roots.size() / 10_000 + 1)));
            // each mention that some block holds: its group is its first block's
            JavaPairRDD<Tuple2<Long, Integer>, Long> group = filed
                    .flatMapToPair(a -> {
                        List<Tuple2<Long, Tuple2<Long, Integer>>> out = new ArrayList<>();
                        for (int i = 0; i < a._2().length; i++) {
                            if (a._2()[i].length > 0) {
                                out.add(new Tuple2<>(a._2()[i][0], new Tuple2<>(a._1(), i)));
                            }
                        }
                        return out.iterator();
                    })
                    .leftOuterJoin(rootOf)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), rootOrSelf(t._2()._2(), t._1())))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<Long, Long> sizes = group.mapToPair(g -> new Tuple2<>(g._2(), 1L)).reduceByKey(Long::sum)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Set<Long> tooLarge = new HashSet<>(sizes.filter(s -> s._2() > largestGroup).keys().collect());
            long groups = sizes.count();
            long largest = groups == 0 ? 0 : sizes.values().reduce(Math::max);
            sizes.unpersist(false);
            long linkedMentions = group.count();
            int bins = (int) Math.max(partitions, linkedMentions / MENTIONS_PER_BLOCK + 1);
            JavaPairRDD<Long, Map<Integer, Long>> groupsOfArticle = group
                    .mapToPair(g -> new Tuple2<>(g._1()._1(), new Tuple2<>(g._1()._2(), g._2())))
                    .aggregateByKey(new HashMap<Integer, Long>(), (m, g) -> {
                        m.put(g._1(), g._2());
                        return m;
                    }, (a, b) -> {
                        a.putAll(b);
                        return a;
                    }).mapToPair(t -> new Tuple2<>(t._1(), (Map<Integer, Long>) t._2()));
            JavaPairRDD<Long, Map<Integer, String>> out = outcomes.mapToPair(o -> new Tuple2<>(o.ordinal(), o))
                    .leftOuterJoin(groupsOfArticle)
                    .mapToPair(t -> new Tuple2<>(t._1(), blocksOf(t._2()._1(), t._2()._2().orElse(Map.of()), tooLarge, bins)));
            out.persist(StorageLevel.MEMORY_AND_DISK()).count();
            group.unpersist(false);
            return new Assignment(out, linkedMentions, groups, largest, tooLarge.size(), fullYears.size());
        } finally {
            filed.unpersist(false);
        }
    }

    private static long rootOrSelf(Optional<Long> root, long block) {
        return root.isPresent() ? root.get() : block;
    }

    /** The block each of an article's events is merged in. */
    static Map<Integer, String> blocksOf(ArticleOutcome o, Map<Integer, Long> groups, Set<Long> tooLarge, int bins) {
        Map<Integer, String> out = new HashMap<>();
        List<Event> events = o.events();
        for (int i = 0; i < events.size(); i++) {
            Long g = groups.get(i);
            Event e = events.get(i);
            if (g != null && tooLarge.contains(g)) {
                out.put(i, "linked " + Long.toHexString(g) + " " + e.timex().from().withDayOfMonth(1));
            } else if (g != null) {
                out.put(i, "linked " + Math.floorMod(mix(g), bins));
            } else if (e.isPlottable() && e.timex().from() != null) {
                out.put(i, "days " + Math.floorMod(mix(e.timex().from().toEpochDay() * 31 + e.timex().to().toEpochDay()), bins));
            } else {
                out.put(i, "apart " + Math.floorMod(o.ordinal(), APART_BLOCKS));
            }
        }
        return out;
    }

    /** How the merger files each event, hashed. */
    private static Filed hashed(List<Event> events, Broadcast<Map<String, Integer>> weights, int sentences) {
        if (events.isEmpty()) {
            return new Filed(new long[0][], new long[0][], new long[0][], new long[0][]);
        }
        TfIdf idf = ExecutorEngine.weights(weights.id(), weights.value(), sentences);
        List<Merger.Filing> filing = ExecutorEngine.merger().filing(events, idf);
        int n = filing.size();
        long[][] months = new long[n][];
        long[][] filed = new long[n][];
        long[][] looked = new long[n][];
        long[][] sentence = new long[n][];
        for (int i = 0; i < n; i++) {
            Merger.Filing f = filing.get(i);
            months[i] = hashAll(f.blocks());
            filed[i] = hashAll(f.yearsFiled());
            looked[i] = hashAll(f.yearsLookedUp());
            sentence[i] = f.sentence() == null ? new long[0] : new long[] {hash(f.sentence())};
        }
        return new Filed(months, filed, looked, sentence);
    }

    private static long[] hashAll(List<String> blocks) {
        return blocks.stream().mapToLong(LinkedBlocks::hash).toArray();
    }

    /** The links a partition's mentions make, as a forest: one edge (block, its group's smallest block) per block. */
    private static Iterator<long[]> forest(Iterator<Tuple2<Long, long[][]>> articles) {
        UnionFind uf = new UnionFind();
        while (articles.hasNext()) {
            for (long[] blocks : articles.next()._2()) {
                for (int k = 1; k < blocks.length; k++) {
                    uf.union(blocks[0], blocks[k]);
                }
            }
        }
        List<long[]> edges = new ArrayList<>();
        for (Tuple2<Long, Long> r : uf.roots()) {
            edges.add(new long[] {r._1(), r._2()});
        }
        return edges.iterator();
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

    /** Spreads a group's name over the bins. */
    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    /** Union-find over block hashes; each set is named by its smallest member, whatever the order of the unions. */
    static final class UnionFind implements Serializable {
        private final Map<Long, Long> parent = new HashMap<>();

        long find(long x) {
            Long p = parent.get(x);
            if (p == null) {
                return x;
            }
            long root = x;
            while (parent.containsKey(root)) {
                root = parent.get(root);
            }
            long at = x; // path compression
            while (at != root) {
                long next = parent.get(at);
                parent.put(at, root);
                at = next;
            }
            return root;
        }

        void union(long a, long b) {
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                parent.put(Math.max(ra, rb), Math.min(ra, rb));
            }
        }

        /** (member, root) for every member that is not itself a root. */
        List<Tuple2<Long, Long>> roots() {
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (Long x : new ArrayList<>(parent.keySet())) {
                out.add(new Tuple2<>(x, find(x)));
            }
            return out;
        }
    }
}

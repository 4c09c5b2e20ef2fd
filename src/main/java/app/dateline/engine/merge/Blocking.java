package app.dateline.engine.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Which mentions are worth comparing: only those whose dates can be one event and that share a key: one of
 * their heaviest terms, an event word or a participant (a rare name of the sentence). Each mention is filed under every key it has, for every month its
 * date reaches when stretched by its own length on either side (so "July 2021" is filed under June to August:
 * a date of the month before or after may still be one event, {@link DateRelation#NEAR}); it looks up its keys
 * in the months its date covers. A block (key, month) of at most {@link MergeSettings#blockLimit()} mentions is
 * compared whole; in a larger one a mention meets only its {@code blockLimit} neighbours in date order, so the
 * work grows with the number of mentions, not its square. Durations, sets, unanchored values, decades and
 * centuries are never candidates.
 */
final class Blocking {

    private final MentionProfiles p;
    private final MergeSettings settings;
    private final Map<Long, int[]> blocks = new HashMap<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> termNames = new ArrayList<>();
    private final int[][] keys;

    Blocking(MentionProfiles p, MergeSettings settings) {
        this.p = p;
        this.settings = settings;
        int n = p.size();
        keys = new int[n][];
        Map<Long, List<Integer>> filed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!eligible(i)) {
                continue;
            }
            keys[i] = keysOf(i);
            EventDate d = p.dates[i];
            long days = d.days();
            int first = month(d.from().minusDays(days));
            int last = month(d.to().plusDays(days));
            for (int key : keys[i]) {
                for (int m = first; m <= last; m++) {
                    filed.computeIfAbsent(block(key, m), k -> new ArrayList<>()).add(i);
                }
            }
        }
        Comparator<Integer> byDate = Comparator.comparing((Integer i) -> p.dates[i].from()).thenComparingInt(i -> i);
        for (Map.Entry<Long, List<Integer>> e : filed.entrySet()) {
            List<Integer> members = e.getValue();
            if (members.size() < 2) {
                continue; // nobody to meet
            }
            members.sort(byDate);
            blocks.put(e.getKey(), members.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Only anchored points precise enough to name one event take part. */
    private boolean eligible(int i) {
        EventDate d = p.dates[i];
        return d.isPlottable() && DateRelation.of(d, d) != DateRelation.FAR;
    }

    /** The ids of a mention's keys: its heaviest terms, its event words and its participants. */
    private int[] keysOf(int i) {
        List<Map.Entry<String, Double>> terms = new ArrayList<>(p.vectors[i].weights().entrySet());
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < Math.min(settings.keyTerms(), terms.size()); k++) {
            chosen.add(terms.get(k).getKey());
        }
        for (Set<String> more : List.of(p.triggers.get(i), p.participants.get(i))) {
            for (String t : new java.util.TreeSet<>(more)) {
                if (!chosen.contains(t)) {
                    chosen.add(t);
                }
            }
        }
        int[] out = new int[chosen.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = termIds.computeIfAbsent(chosen.get(k), t -> {
                termNames.add(t);
                return termIds.size();
            });
        }
        return out;
    }

    private static int month(java.time.LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    private static long block(int key, int month) {
        return ((long) key << 24) ^ (month & 0xFFFFFFL);
    }

    /**
     * Calls {@code pair} once for every candidate {@code j > i} of mention {@code i}. Thread-safe, with one
     * {@code seen} array (as long as the mentions, zeros at first) per thread.
     *
     * @return how many candidates there were
     */
    int candidates(int i, IntConsumer pair, int[] seen) {
        if (keys[i] == null) {
            return 0;
        }
        int comparisons = 0;
        EventDate d = p.dates[i];
        int first = month(d.from());
        int last = month(d.to());
        int limit = settings.blockLimit();
        for (int key : keys[i]) {
            for (int m = first; m <= last; m++) {
                int[] block = blocks.get(block(key, m));
                if (block == null) {
                    continue;
                }
                int from = 0;
                int to = block.length;
                if (block.length > limit) {
                    int at = position(block, i);
                    from = Math.max(0, at - limit / 2);
                    to = Math.min(block.length, at + limit / 2 + 1);
                }
                for (int k = from; k < to; k++) {
                    int j = block[k];
                    if (j > i && seen[j] != i + 1) {
                        seen[j] = i + 1;
                        comparisons++;
                        pair.accept(j);
                    }
                }
            }
        }
        return comparisons;
    }

    /** Where mention {@code i} stands in a block sorted by date then index. */
    private int position(int[] block, int i) {
        int lo = 0;
        int hi = block.length - 1;
        java.time.LocalDate from = p.dates[i].from();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = p.dates[block[mid]].from().compareTo(from);
            if (c == 0) {
                c = Integer.compare(block[mid], i);
            }
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return Math.min(lo, block.length - 1);
    }

    /**
     * The (key, month) blocks mention {@code i} is filed under, as text ({@code term@month}); none when it is never
     * a candidate. Two mentions that share none are never compared.
     */
    List<String> filedUnder(int i) {
        if (keys[i] == null) {
            return List.of();
        }
        EventDate d = p.dates[i];
        long days = d.days();
        int first = month(d.from().minusDays(days));
        int last = month(d.to().plusDays(days));
        List<String> out = new ArrayList<>();
        for (int key : keys[i]) {
            for (int m = first; m <= last; m++) {
                out.add(termNames.get(key) + "@" + m);
            }
        }
        return out;
    }

    /** How many (key, month) blocks hold two or more mentions. */
    int blocks() {
        return blocks.size();
    }
}

package app.dateline.engine.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Which mentions are worth comparing: only those of one home cell ({@link #homeCell}: the month a date starts in, or
 * the long dates of a year) whose dates can be one event and that share a key: one of
 * their heaviest terms, an event word or a participant (a rare name of the sentence). Each mention is filed under every key it has, for every month its
 * date reaches when stretched by its own length on either side (so "July 2021" is filed under June to August:
 * a date of the month before or after may still be one event, {@link DateRelation#NEAR}); it looks up its keys
 * in the months its date covers. A block (key, month) of at most {@link MergeSettings#blockLimit()} mentions is
 * compared whole; in a larger one a mention meets only its {@code blockLimit} neighbours in date order, so the
 * work grows with the number of mentions, not its square. Durations, sets, unanchored values, decades and
 * centuries are never candidates.
 *
 * <p>Dates longer than a month (seasons, halves, years) are filed by year rather than by month, so that "2010"
 * takes three entries per key rather than thirty-six; a mention looks its keys up in the years its date covers
 * too, and a pair found there is kept only when the months say so, so the pairs are the same as with months
 * alone. The blocks are packed in int arrays (counted, then filled, in date order): no boxed lists, so a
 * quarter of a million mentions block in some tens of megabytes.
 */
final class Blocking {

    /** Dates longer than this many days are filed by year. */
    static final long FILED_BY_YEAR_DAYS = 31;
    /** Dates of this many days or more (a month, a season, a year) are merged in their year's coarse cell. */
    static final long COARSE_DAYS = 28;
    /** Marks the home cell of the coarse dates of a year ({@link #homeCell}). */
    private static final long COARSE = 1L << 40;
    private static final long BY_YEAR = 1L << 31;

    private final MentionProfiles p;
    private final MergeSettings settings;
    /** The key terms by id, for {@link #filedUnder(int)}. */
    private final List<String> termNames = new ArrayList<>();
    private final int[][] keys;
    /** Per mention, whether it is in the blocks (eligible, and not kept apart). */
    private final boolean[] inBlocks;
    /** Per mention, the months its date covers, and those it reaches stretched by its own length. */
    private final int[] coverFirst;
    private final int[] coverLast;
    private final int[] reachFirst;
    private final int[] reachLast;
    /** The distinct blocks, sorted; block {@code b} holds {@code members[starts[b]..starts[b + 1])}, in date order. */
    private final long[] blockKeys;
    private final int[] starts;
    private final int[] members;
    private final int blocks;

    Blocking(MentionProfiles p, MergeSettings settings) {
        this(p, settings, null);
    }

    /**
     * @param apart mentions given keys but left out of the blocks (null for none): coarse groups a job brings to a
     *              fine cell only to be attached ({@link Agglomeration#offers}), never compared by blocking there
     */
    Blocking(MentionProfiles p, MergeSettings settings, boolean[] apart) {
        this.p = p;
        this.settings = settings;
        int n = p.size();
        keys = new int[n][];
        inBlocks = new boolean[n];
        coverFirst = new int[n];
        coverLast = new int[n];
        reachFirst = new int[n];
        reachLast = new int[n];
        Map<String, Integer> termIds = new HashMap<>();
        int eligible = 0;
        long entries = 0;
        for (int i = 0; i < n; i++) {
            if (!eligible(i)) {
                continue;
            }
            keys[i] = keysOf(i, termIds);
            EventDate d = p.reaches[i]; // a count of months back covers a month either side (MentionProfiles.reach)
            long days = d.days();
            coverFirst[i] = month(d.from());
            coverLast[i] = month(d.to());
            reachFirst[i] = month(d.from().minusDays(days));
            reachLast[i] = month(d.to().plusDays(days));
            if (apart != null && apart[i]) {
                continue;
            }
            inBlocks[i] = true;
            eligible++;
            entries += (long) keys[i].length * (filedLast(i) - filedFirst(i) + 1);
        }
        if (entries > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many mentions to block: " + entries + " entries");
        }
        int[] byDate = byDate(eligible);
        // every (block, mention) entry, mentions in date order: the block keys first, to number the blocks
        long[] keyOfEntry = new long[(int) entries];
        int e = 0;
        for (int i : byDate) {
            for (int key : keys[i]) {
                for (int b = filedFirst(i); b <= filedLast(i); b++) {
                    keyOfEntry[e++] = block(key, b, filedByYear(i));
                }
            }
        }
        long[] sorted = keyOfEntry.clone();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        blockKeys = Arrays.copyOf(sorted, distinct);
        sorted = null;
        // count, then fill: walking the entries in date order leaves each block's members in date order
        starts = new int[distinct + 1];
        int[] blockOfEntry = new int[keyOfEntry.length];
        for (int k = 0; k < keyOfEntry.length; k++) {
            blockOfEntry[k] = Arrays.binarySearch(blockKeys, keyOfEntry[k]);
            starts[blockOfEntry[k] + 1]++;
        }
        keyOfEntry = null;
        int twoOrMore = 0;
        for (int b = 0; b < distinct; b++) {
            if (starts[b + 1] >= 2) {
                twoOrMore++;
            }
            starts[b + 1] += starts[b];
        }
        blocks = twoOrMore;
        int[] next = Arrays.copyOf(starts, distinct);
        members = new int[blockOfEntry.length];
        e = 0;
        for (int i : byDate) {
            int filed = keys[i].length * (filedLast(i) - filedFirst(i) + 1);
            for (int k = 0; k < filed; k++) {
                members[next[blockOfEntry[e++]]++] = i;
            }
        }
    }

    /** The eligible mentions by date (from), then index. */
    private int[] byDate(int eligible) {
        long[] packed = new long[eligible];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (inBlocks[i]) {
                packed[k++] = ((p.dates[i].from().toEpochDay() + (1L << 30)) << 32) | i;
            }
        }
        Arrays.sort(packed);
        int[] out = new int[eligible];
        for (k = 0; k < eligible; k++) {
            out[k] = (int) packed[k];
        }
        return out;
    }

    private boolean filedByYear(int i) {
        return p.dates[i].days() > FILED_BY_YEAR_DAYS;
    }

    /** The first month (or year, for long dates) a mention is filed under. */
    private int filedFirst(int i) {
        return filedByYear(i) ? Math.floorDiv(reachFirst[i], 12) : reachFirst[i];
    }

    private int filedLast(int i) {
        return filedByYear(i) ? Math.floorDiv(reachLast[i], 12) : reachLast[i];
    }

    /** Only anchored points precise enough to name one event take part. */
    private boolean eligible(int i) {
        return p.candidate[i];
    }

    /**
     * The one cell a candidate mention is merged in: the month its date starts in ({@code year * 12 + month - 1}) for
     * a date shorter than {@link #COARSE_DAYS} days (a day, a week, "late March"); for a coarse one (a month, a season,
     * a quarter, a year) the coarse dates of the year it starts in. Two mentions of different cells are never compared
     * by blocking: the first pass of a corpus's merge is the merges of its cells side by side, each a function of the
     * cell's own mentions (their sentences and articles).
     */
    static long homeCell(EventDate d) {
        return coarse(d) ? COARSE + d.from().getYear() : month(d.from());
    }

    /** True for a date of a month or longer: merged in its year's coarse cell, then attached to a finer group. */
    static boolean coarse(EventDate d) {
        return d.days() >= COARSE_DAYS;
    }

    /** A home cell as text: {@code 2021-07}, or {@code 2021} for the coarse dates that start in 2021. */
    static String cellName(long cell) {
        if (cell >= COARSE / 2) {
            return Long.toString(cell - COARSE);
        }
        return String.format("%d-%02d", Math.floorDiv(cell, 12), Math.floorMod(cell, 12) + 1);
    }

    /** The month of a fine cell ({@code year * 12 + month - 1}). */
    static int monthOf(long cell) {
        return (int) cell;
    }

    /** True when the merger may compare mention {@code i} with others (an anchored point precise enough to name one event). */
    static boolean candidate(EventDate d) {
        return d.isPlottable() && DateRelation.of(d, d) != DateRelation.FAR;
    }

    /**
     * The ids of a mention's keys: its heaviest terms, its event words and its participants, each in its home cell
     * (a key of one cell is another key than the same word in another cell: blocks never hold two cells' mentions).
     */
    private int[] keysOf(int i, Map<String, Integer> termIds) {
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
            String term = chosen.get(k);
            out[k] = termIds.computeIfAbsent(homeCell(p.dates[i]) + " " + term, t -> {
                termNames.add(term);
                return termIds.size();
            });
        }
        return out;
    }

    private static int month(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** A block's key: the key's id, whether it files years, and the month or year (kept positive). */
    private static long block(int key, int monthOrYear, boolean byYear) {
        return ((long) key << 32) | (byYear ? BY_YEAR : 0) | ((monthOrYear + (1L << 30)) & 0x7FFFFFFFL);
    }

    /**
     * Calls {@code pair} once for every candidate {@code j > i} of mention {@code i}. Thread-safe, with one
     * {@code seen} array (as long as the mentions, zeros at first) per thread.
     *
     * @return how many candidates there were
     */
    int candidates(int i, IntConsumer pair, int[] seen) {
        if (!inBlocks[i]) {
            return 0;
        }
        int comparisons = 0;
        int firstYear = Math.floorDiv(coverFirst[i], 12);
        int lastYear = Math.floorDiv(coverLast[i], 12);
        for (int key : keys[i]) {
            for (int m = coverFirst[i]; m <= coverLast[i]; m++) {
                comparisons += meet(i, block(key, m, false), pair, seen);
            }
            for (int y = firstYear; y <= lastYear; y++) {
                comparisons += meet(i, block(key, y, true), pair, seen);
            }
        }
        return comparisons;
    }

    /** Mention {@code i} meets the members of one block: all of them, or its neighbours in a large one. */
    private int meet(int i, long blockKey, IntConsumer pair, int[] seen) {
        int b = Arrays.binarySearch(blockKeys, blockKey);
        if (b < 0) {
            return 0;
        }
        int from = starts[b];
        int to = starts[b + 1];
        int limit = settings.blockLimit();
        if (to - from > limit) {
            int at = position(from, to, i);
            int lo = Math.max(from, at - limit / 2);
            to = Math.min(to, at + limit / 2 + 1);
            from = lo;
        }
        int comparisons = 0;
        for (int k = from; k < to; k++) {
            int j = members[k];
            // a long date is filed by year: its months must still reach this mention's, as if filed by month
            if (j > i && seen[j] != i + 1 && reachFirst[j] <= coverLast[i] && coverFirst[i] <= reachLast[j]) {
                seen[j] = i + 1;
                comparisons++;
                pair.accept(j);
            }
        }
        return comparisons;
    }

    /** Where mention {@code i} stands (or would stand) in {@code members[from..to)}, sorted by date then index. */
    private int position(int from, int to, int i) {
        int lo = from;
        int hi = to - 1;
        LocalDate date = p.dates[i].from();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = p.dates[members[mid]].from().compareTo(date);
            if (c == 0) {
                c = Integer.compare(members[mid], i);
            }
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return Math.min(lo, to - 1);
    }

    /** The ids of a mention's keys, or null when it takes no part. */
    int[] keys(int i) {
        return keys[i];
    }

    /** The words of a mention's keys (without its cell), or none when it takes no part. */
    List<String> keyTerms(int i) {
        if (keys[i] == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(keys[i].length);
        for (int key : keys[i]) {
            out.add(termNames.get(key));
        }
        return out;
    }

    /** How many (block, mention) entries the blocks hold. */
    int entries() {
        return members.length;
    }

    /**
     * The (key, month) blocks mention {@code i} is filed under, as text ({@code term@month}); none when it is never
     * a candidate. Two mentions that share none are never compared.
     */
    List<String> filedUnder(int i) {
        if (keys[i] == null) {
            return List.of();
        }
        // every month of the reach, even for a date filed by year: a pair is compared only when one's cover
        // meets the other's reach, and the cover lies inside the reach, so any compared pair shares an entry
        List<String> out = new ArrayList<>();
        for (int key : keys[i]) {
            for (int m = reachFirst[i]; m <= reachLast[i]; m++) {
                out.add(termNames.get(key) + "@" + m);
            }
        }
        return out;
    }

    /**
     * The (key, year) blocks mention {@code i} is a member of ({@code term#year}): a date longer than a month is
     * filed by year; none for a shorter date or one never a candidate. With {@link #yearsLookedUp(int)}: a year
     * block of more than {@link MergeSettings#blockLimit()} members is met by each mention as its neighbours in
     * date order only, and who the neighbours are depends on every member, so all who file or look up such a block
     * must be merged together (a distributed job links them; a small year block needs no link, its pairs share
     * a month of {@link #filedUnder(int)}).
     */
    List<String> yearsFiled(int i) {
        return keys[i] == null || !filedByYear(i) ? List.of() : yearTokens(i, filedFirst(i), filedLast(i));
    }

    /** The (key, year) blocks mention {@code i} looks its keys up in ({@code term#year}, the years its date covers). */
    List<String> yearsLookedUp(int i) {
        return keys[i] == null ? List.of() : yearTokens(i, Math.floorDiv(coverFirst[i], 12), Math.floorDiv(coverLast[i], 12));
    }

    private List<String> yearTokens(int i, int firstYear, int lastYear) {
        List<String> out = new ArrayList<>();
        for (int key : keys[i]) {
            for (int y = firstYear; y <= lastYear; y++) {
                out.add(termNames.get(key) + "#" + y);
            }
        }
        return out;
    }

    /** The first month mention {@code i}'s date covers ({@code year * 12 + month - 1}), 0 when it is never a candidate. */
    int firstMonth(int i) {
        return keys[i] == null ? 0 : coverFirst[i];
    }

    /** The last month its date covers, 0 when it is never a candidate. */
    int lastMonth(int i) {
        return keys[i] == null ? 0 : coverLast[i];
    }

    /** How many blocks (a key and a month, or a year for long dates) hold two or more mentions. */
    int blocks() {
        return blocks;
    }
}

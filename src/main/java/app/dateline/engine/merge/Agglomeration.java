package app.dateline.engine.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Groups of mentions built bottom-up. Candidates are the pairs of mentions {@link Blocking} finds that pass
 * their threshold ({@link MentionProfiles#evidence} against {@link MentionProfiles#threshold}) and no veto
 * ({@link MentionProfiles#veto}). Each step takes the candidate whose groups pass by the widest margin and
 * merges the two groups, judged as wholes: their centroids (the sums of their members' vectors), the event
 * words and participants they hold, and the threshold of the farthest date relation between any member of one
 * and any member of the other (complete link on dates, so a chain of near dates cannot drift). No two members
 * may share a sentence, two members of one article must pass as a pair, and the groups must share two
 * names (one, when their event words agree). Each group keeps what that judgement needs (its distinct dates, sentences, members per article), so a
 * judgement costs about the same for a group of 500 as for one mention. Groups the user merged start joined;
 * pairs the user split are vetoed.
 */
final class Agglomeration {

    private final MentionProfiles p;
    private final MergeSettings settings;
    private final int[] parent;
    private final Group[] groups;
    private final Set<Long> apart = new HashSet<>();
    private final List<long[]> apartPairs = new ArrayList<>();
    private long comparisons;
    private long candidates;
    private long pairNanos;
    private final boolean[] attachOnly;
    /** The blocking of the first pass (its keys serve the second), made when first needed. */
    private Blocking blocking;
    /** Per mention, the earlier mention it repeats ({@link Copies}), or -1: a copy joins that mention's group. */
    private final int[] copyOf;

    /** What a group needs to be judged against another. */
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        TermVector centroid;
        /** How many members hold each name (of their paragraph). */
        final Map<String, Integer> names = new HashMap<>();
        /** The names most members hold, made when first asked for after a change. */
        Set<String> core;
        final Set<String> triggers = new HashSet<>();
        /** How many members hold each event word that is not the story's subject ({@link MentionProfiles#eventWords}). */
        final Map<String, Integer> eventWords = new HashMap<>();
        /** The event words most members hold, made when first asked for after a change. */
        Set<String> coreEventWords;
        /** The members' parser triggers ({@link MentionProfiles#triggerWords}). */
        final Set<String> triggerWords = new HashSet<>();
        /** Whether every member's date is a month or longer. */
        boolean coarse = true;
        final Set<String> participants = new HashSet<>();
        final Set<String> countries = new HashSet<>();
        final Map<String, EventDate> dates = new HashMap<>();
        /** The dates of members whose trigger reports ({@link MentionProfiles#reports}): days something was said. */
        final Map<String, EventDate> reportDates = new HashMap<>();
        final Set<Long> sentences = new HashSet<>();
        /**
         * The members' sentence texts, and their words up to the date phrase marked with {@link #TOLD}, each with the
         * article that holds it, or {@link #MANY_ARTICLES} when several do ({@link #retold}).
         */
        final Map<String, Integer> texts = new HashMap<>();
        /** How many members hold each label ({@link MentionProfiles#headline}). */
        final Map<String, Integer> headlines = new HashMap<>();
        /** The labels half the members hold, made when first asked for after a change. */
        Set<String> coreHeadlines;
        final Map<Integer, List<Integer>> byArticle = new HashMap<>();
        LocalDate maxFrom;
        /** The earliest article date among members that report something under way (dated on or before it). */
        LocalDate minPastWritten;
        int stamp;
    }

    private record Candidate(int a, int b, double margin, int stampA, int stampB) {
    }

    Agglomeration(MentionProfiles p, MergeSettings settings, MergeConstraints constraints) {
        this(p, settings, constraints, null);
    }

    /**
     * @param attachOnly mentions left out of blocking (null for none): the members of coarse groups a job brings to
     *                   a fine cell to find them a group there ({@link #offers}), never merged by the first pass there
     */
    Agglomeration(MentionProfiles p, MergeSettings settings, MergeConstraints constraints, boolean[] attachOnly) {
        this.p = p;
        this.settings = settings;
        int n = p.size();
        parent = new int[n];
        groups = new Group[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i; // each mention's group is made when it is first judged (most never are)
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(p.events.get(i).id(), i);
        }
        for (MergeConstraints.Pair pair : constraints.apart()) {
            Integer a = index.get(pair.a());
            Integer b = index.get(pair.b());
            if (a != null && b != null) {
                apart.add(key(a, b));
                apartPairs.add(new long[] {a, b});
            }
        }
        // the same mention repeated: one mention for the merge (after the splits by hand, which asPair reads)
        copyOf = Copies.of(p, constraints, this::asPair);
        boolean[] skipped = attachOnly == null ? new boolean[n] : attachOnly.clone();
        for (int i = 0; i < n; i++) {
            skipped[i] |= copyOf[i] >= 0;
        }
        this.attachOnly = skipped;
        // Merged by hand: together whatever the dates and words say, unless split by hand.
        for (Set<String> together : constraints.together()) {
            Integer first = null;
            for (String id : together.stream().sorted().toList()) {
                Integer i = index.get(id);
                if (i == null) {
                    continue;
                }
                if (first == null) {
                    first = i;
                } else if (find(first) != find(i) && !hasApart(find(first), find(i))) {
                    join(find(first), find(i));
                }
            }
        }
    }

    private Blocking blocking() {
        if (blocking == null) {
            blocking = new Blocking(p, settings, attachOnly);
        }
        return blocking;
    }

    /** The group of root {@code r}, made when first asked for. */
    private Group group(int r) {
        Group g = groups[r];
        if (g == null) {
            g = singleton(r);
            groups[r] = g;
        }
        return g;
    }

    private Group singleton(int i) {
        Group g = new Group();
        g.members.add(i);
        g.centroid = p.vectors[i];
        p.names.get(i).forEach(n -> g.names.put(n, 1));
        g.triggers.addAll(p.triggers.get(i));
        p.eventWords.get(i).forEach(w -> g.eventWords.put(w, 1));
        g.triggerWords.addAll(p.triggerWords.get(i));
        g.coarse = Blocking.coarse(p.dates[i]);
        g.participants.addAll(p.participants.get(i));
        g.countries.addAll(p.countries.get(i));
        EventDate d = p.reaches[i]; // the days the date may mean, which the group's relations are judged by
        g.dates.put(dateKey(d), d);
        if (p.reports[i]) {
            g.reportDates.put(dateKey(d), d);
        }
        g.sentences.add(((long) p.article[i] << 32) | p.sentence[i]);
        g.texts.put(p.events.get(i).sentence(), p.article[i]);
        if (p.told[i] != null) {
            g.texts.putIfAbsent(TOLD + p.told[i], p.article[i]);
        }
        if (p.headlines[i] != null) {
            g.headlines.put(p.headlines[i], 1);
        }
        g.byArticle.computeIfAbsent(p.article[i], k -> new ArrayList<>()).add(i);
        if (d.isPlottable()) {
            g.maxFrom = d.from();
            LocalDate w = p.published[i];
            if (w != null && !d.from().isAfter(w)) {
                g.minPastWritten = w;
            }
        }
        return g;
    }

    private static String dateKey(EventDate d) {
        return d.from() + "|" + d.to() + "|" + d.granularity();
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private boolean hasApart(int ra, int rb) {
        for (long[] pair : apartPairs) {
            int a = find((int) pair[0]);
            int b = find((int) pair[1]);
            if (a == ra && b == rb || a == rb && b == ra) {
                return true;
            }
        }
        return false;
    }

    /** Joins two groups (roots); the larger one absorbs the smaller. Returns the new root. */
    private int join(int ra, int rb) {
        if (group(ra).members.size() < group(rb).members.size()) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        absorb(groups[ra], groups[rb]);
        parent[rb] = ra;
        groups[rb] = null;
        return ra;
    }

    /** Adds group {@code from} to group {@code into}. */
    private static void absorb(Group into, Group from) {
        into.members.addAll(from.members);
        into.centroid = into.centroid.plus(from.centroid);
        from.names.forEach((n, c) -> into.names.merge(n, c, Integer::sum));
        into.core = null;
        into.triggers.addAll(from.triggers);
        from.eventWords.forEach((w, c) -> into.eventWords.merge(w, c, Integer::sum));
        into.coreEventWords = null;
        into.triggerWords.addAll(from.triggerWords);
        into.coarse &= from.coarse;
        into.participants.addAll(from.participants);
        into.countries.addAll(from.countries);
        from.dates.forEach(into.dates::putIfAbsent);
        from.reportDates.forEach(into.reportDates::putIfAbsent);
        into.sentences.addAll(from.sentences);
        from.texts.forEach((text, article) -> into.texts.merge(text, article, (x, y) -> x.equals(y) ? x : MANY_ARTICLES));
        from.headlines.forEach((h, c) -> into.headlines.merge(h, c, Integer::sum));
        into.coreHeadlines = null;
        from.byArticle.forEach((a, ms) -> into.byArticle.computeIfAbsent(a, k -> new ArrayList<>()).addAll(ms));
        into.maxFrom = max(into.maxFrom, from.maxFrom);
        into.minPastWritten = min(into.minPastWritten, from.minPastWritten);
        into.stamp++;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** The margin by which two groups (roots) pass their threshold, or NaN when they may not merge. */
    private double margin(int ra, int rb) {
        if (!apartPairs.isEmpty() && hasApart(ra, rb)) {
            return Double.NaN;
        }
        return margin(group(ra), group(rb));
    }

    /** The margin by which two groups pass their threshold, or NaN when they may not merge (splits by hand aside). */
    private double margin(Group a, Group b) {
        // (a sentence with two dates names two things unless both date its one trigger: the pairs of one article below)
        // event words agree as they do for two mentions: any within one article, the story's subject not across two
        boolean oneArticle = a.byArticle.size() == 1 && b.byArticle.size() == 1 && sharesArticle(a, b);
        Set<String> wordsA = oneArticle ? a.triggers : coreEventWords(a);
        Set<String> wordsB = oneArticle ? b.triggers : coreEventWords(b);
        if (!MentionProfiles.enoughNames(core(a), core(b), wordsA, wordsB) && !retold(a, b) && !sameHeadline(a, b)) {
            return Double.NaN; // not the same who and where: a place alone makes no event
        }
        if (reportsBefore(a, b) || reportsBefore(b, a)) {
            return Double.NaN;
        }
        if (Countries.differ(a.countries, b.countries) && !sharesArticle(a, b)) {
            return Double.NaN; // one group's sentences name other countries than the other's: two places
        }
        DateRelation worst = DateRelation.SAME;
        for (EventDate da : a.dates.values()) {
            for (EventDate db : b.dates.values()) {
                worst = worst.worst(DateRelation.of(da, db));
            }
        }
        if (worst == DateRelation.FAR) {
            return Double.NaN;
        }
        if (worst == DateRelation.NEAR && (reportNear(a, b) || reportNear(b, a))) {
            return Double.NaN; // a report's day against a day that disagrees with it: two things said or done
        }
        if ((worst == DateRelation.NEAR || a.coarse && b.coarse)
                && MentionProfiles.differentTriggers(a.triggerWords, b.triggerWords)) {
            return Double.NaN; // vague or disagreeing dates: only the same happening makes them one event
        }
        double threshold = settings.threshold(worst);
        Group small = a.byArticle.size() <= b.byArticle.size() ? a : b;
        Group large = small == a ? b : a;
        for (Map.Entry<Integer, List<Integer>> e : small.byArticle.entrySet()) {
            List<Integer> others = large.byArticle.get(e.getKey());
            if (others == null) {
                continue;
            }
            for (int i : e.getValue()) {
                for (int j : others) {
                    DateRelation r = p.relation(i, j);
                    // Two mentions of one article must pass as a pair: a writer who names a date twice means
                    // two things unless the two sentences tell the same happening.
                    if (p.sameArticleVeto(i, j, r) != null || p.evidence(i, j) < p.threshold(i, j, r)) {
                        return Double.NaN;
                    }
                }
            }
        }
        double m = a.centroid.cosine(b.centroid) + p.bonus(wordsA, wordsB, a.participants, b.participants) - threshold;
        return m >= 0 ? m : Double.NaN;
    }

    /** True when a report's date of {@code a} disagrees with a date of {@code b} ({@link MentionProfiles#reportsApart}). */
    private static boolean reportNear(Group a, Group b) {
        for (EventDate r : a.reportDates.values()) {
            for (EventDate d : b.dates.values()) {
                if (DateRelation.of(r, d) == DateRelation.NEAR) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A group's text held by members from several articles. */
    private static final int MANY_ARTICLES = -1;

    /** Marks a sentence's words up to its date phrase among a group's texts, apart from whole sentences. */
    private static final String TOLD = "\u0000";

    /**
     * Whether two groups hold one sentence, word for word, from two articles (or its words up to the date phrase,
     * {@link MentionProfiles#toldThrough}): the names test passes as it does for two
     * such mentions ({@link MentionProfiles#enoughNames(int, int)}), or a third copy of a wire sentence that names no one
     * stays apart from the group the first two made ("The flow of oil was shut off at 1425 local time (1925 GMT) on
     * Thursday", run by five BBC articles, was four marks).
     */
    private static boolean retold(Group a, Group b) {
        Group small = a.texts.size() <= b.texts.size() ? a : b;
        Group large = small == a ? b : a;
        for (Map.Entry<String, Integer> e : small.texts.entrySet()) {
            Integer other = large.texts.get(e.getKey());
            // the two groups' copies come from two articles; not one article's sentence whose two dates went apart
            if (other != null && (!other.equals(e.getValue()) || other == MANY_ARTICLES)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names at least half of a group's members hold (every name of a group of one or two). A group is judged by
     * the who and where most of its mentions share, not by every name any member brought: else each mention joined
     * adds names the next one may share, and a chain of one day's mentions drifts from a WHO meeting to a cabinet
     * committee's and a central bank's (all "meetings" on the same Tuesday).
     */
    private static Set<String> core(Group g) {
        if (g.core == null) {
            g.core = heldByHalf(g.names, g.members.size());
        }
        return g.core;
    }

    /**
     * The event words at least half of a group's members hold (every one of a group of one or two), as its names
     * ({@link #core}): each mention joined brings its own event words, and judged by all of them a group of one busy
     * day agreed with any sentence of that day ("sent" a bill, "published" an account, "gained" on the market).
     */
    private static Set<String> coreEventWords(Group g) {
        if (g.coreEventWords == null) {
            g.coreEventWords = heldByHalf(g.eventWords, g.members.size());
        }
        return g.coreEventWords;
    }

    /**
     * Whether two groups of one day hold a label at least half the members of each hold, the same or one opening the
     * other, as for two mentions ({@link MentionProfiles#enoughNames(int, int)}): "the well was capped". Held by half, so
     * that one member of a large group does not open it to every group that tells its thing.
     */
    private static boolean sameHeadline(Group a, Group b) {
        if (a.headlines.isEmpty() || b.headlines.isEmpty()) {
            return false;
        }
        LocalDate day = oneDay(a);
        if (day == null || !day.equals(oneDay(b))) {
            return false;
        }
        for (String x : coreHeadlines(a)) {
            for (String y : coreHeadlines(b)) {
                if (MentionProfiles.retoldHeadline(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> coreHeadlines(Group g) {
        if (g.coreHeadlines == null) {
            g.coreHeadlines = heldByHalf(g.headlines, g.members.size());
        }
        return g.coreHeadlines;
    }

    /** The words at least half of {@code members} members hold, from how many hold each. */
    private static Set<String> heldByHalf(Map<String, Integer> holders, int members) {
        Set<String> held = new HashSet<>();
        holders.forEach((word, count) -> {
            if (2 * count >= members) {
                held.add(word);
            }
        });
        return held;
    }

    /** True when some article has members in both groups. */
    private static boolean sharesArticle(Group a, Group b) {
        Group small = a.byArticle.size() <= b.byArticle.size() ? a : b;
        Group large = small == a ? b : a;
        for (Integer article : small.byArticle.keySet()) {
            if (large.byArticle.containsKey(article)) {
                return true;
            }
        }
        return false;
    }

    /** A member of {@code a} reports something under way, and a member of {@code b} dates it after that article. */
    private static boolean reportsBefore(Group a, Group b) {
        return a.minPastWritten != null && b.maxFrom != null && b.maxFrom.isAfter(a.minPastWritten);
    }

    /** The candidate pairs: found by blocking, compared in parallel, kept when they pass as a pair. */
    private List<Candidate> candidatePairs() {
        Blocking blocking = blocking();
        int n = p.size();
        LongAdder compared = new LongAdder();
        ThreadLocal<int[]> seen = ThreadLocal.withInitial(() -> new int[n]);
        List<Candidate> found = IntStream.range(0, n).parallel().boxed().flatMap(i -> {
            List<Candidate> mine = new ArrayList<>();
            compared.add(blocking.candidates(i, j -> {
                Candidate c = asPair(i, j);
                if (c != null) {
                    mine.add(c);
                }
            }, seen.get()));
            return mine.stream();
        }).toList();
        comparisons = compared.sum();
        candidates = found.size();
        return found;
    }

    /** Mentions {@code i < j} as a candidate pair, or null when they do not pass as a pair. */
    private Candidate asPair(int i, int j) {
        // the cheap tests first: dates, one article, names; the words; the two articles' stories last
        DateRelation r = p.relation(i, j);
        if (r == DateRelation.FAR || p.sameArticleVeto(i, j, r) != null
                || !p.enoughNames(i, j)
                || p.differentCountries(i, j) || p.differentHappenings(i, j) || p.differentTriggers(i, j, r)
                || p.reportsApart(i, j, r)
                || !apart.isEmpty() && apart.contains(key(i, j))) {
            return null;
        }
        double m = p.evidence(i, j) - p.threshold(i, j, r);
        if (m >= 0 && (p.sameArticle(i, j) || p.storySimilarity(p.article[i], p.article[j]) >= settings.story())) {
            return new Candidate(i, j, m, 0, 0);
        }
        return null;
    }

    /** Merges until no candidate passes, and returns the groups as lists of mention indices. */
    List<List<Integer>> run() {
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::margin).reversed()
                .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
        long t0 = System.nanoTime();
        List<Candidate> pairs = candidatePairs();
        pairNanos = System.nanoTime() - t0;
        for (Candidate c : pairs) {
            int ra = find(c.a());
            int rb = find(c.b());
            if (ra == rb) {
                continue;
            }
            boolean singletons = size(ra) == 1 && size(rb) == 1;
            if (singletons && ra == c.a() && rb == c.b()) {
                queue.add(c); // as it was found (stamps 0): no second record of millions of pairs
                continue;
            }
            double m = singletons ? c.margin() : margin(ra, rb);
            if (!Double.isNaN(m)) {
                queue.add(new Candidate(Math.min(ra, rb), Math.max(ra, rb), m, stamp(Math.min(ra, rb)),
                        stamp(Math.max(ra, rb))));
            }
        }
        Set<String> judged = new HashSet<>();
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            int ra = find(c.a());
            int rb = find(c.b());
            if (ra == rb) {
                continue;
            }
            int a = Math.min(ra, rb);
            int b = Math.max(ra, rb);
            if (a == c.a() && b == c.b() && stamp(a) == c.stampA() && stamp(b) == c.stampB()) {
                join(a, b);
                continue;
            }
            // One of the groups changed since this candidate was judged: judge the groups as they are now.
            if (!judged.add(a + ":" + stamp(a) + "/" + b + ":" + stamp(b))) {
                continue;
            }
            double m = margin(a, b);
            if (!Double.isNaN(m)) {
                queue.add(new Candidate(a, b, m, stamp(a), stamp(b)));
            }
        }
        joinOneDaysHappenings();
        // each copy joins the group of the mention it repeats; members in index order, groups by their first member
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(copyOf[i] >= 0 ? copyOf[i] : i);
            List<Integer> members = byRoot.get(root);
            if (members == null) {
                members = new ArrayList<>();
                byRoot.put(root, members);
                out.add(members);
            }
            members.add(i);
        }
        return out;
    }

    /** The fewest members each of two groups needs for {@link #joinOneDaysHappenings} to join them. */
    static final int ONE_DAY_MEMBERS = 2;
    /** The least centroid cosine of two groups of one day and one kind of happening for them to be one event. */
    static final double ONE_DAY_COSINE = 0.65;

    /**
     * One happening of one day, told in many articles, can end as several large groups: the names most members of
     * each hold differ (one side of the story names the rig and Louisiana, another BP and Transocean), or one
     * article's two mentions of it fail as a pair (a chronology's "2149 local time" and "20 April: rig explodes"),
     * and the pairwise joins stop. After them, groups of {@link #ONE_DAY_MEMBERS} mentions or more, every date of
     * both the same one day, whose core event words share a kind of happening of the concept table that is not the
     * story's own and whose centroids reach {@link #ONE_DAY_COSINE} are one event: the most alike pair of a day
     * first, until none is left. Sentences, countries and splits by hand still keep groups apart.
     */
    private void joinOneDaysHappenings() {
        Map<LocalDate, List<Integer>> byDay = new java.util.TreeMap<>();
        for (int r = 0; r < parent.length; r++) {
            if (parent[r] == r && groups[r] != null && groups[r].members.size() >= ONE_DAY_MEMBERS) {
                LocalDate day = oneDay(groups[r]);
                if (day != null) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(r);
                }
            }
        }
        for (List<Integer> roots : byDay.values()) {
            while (roots.size() > 1) {
                int bestA = -1;
                int bestB = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int x = 0; x < roots.size(); x++) {
                    for (int y = x + 1; y < roots.size(); y++) {
                        double c = oneHappening(roots.get(x), roots.get(y));
                        if (c > best) {
                            best = c;
                            bestA = x;
                            bestB = y;
                        }
                    }
                }
                if (bestA < 0) {
                    break;
                }
                int a = roots.get(bestA);
                int b = roots.get(bestB);
                roots.remove(bestB);
                roots.remove(bestA);
                roots.add(join(a, b));
                Collections.sort(roots);
            }
        }
    }

    /**
     * The one day a group is dated to: the day of its members dated to a day (or a time of it), which every longer
     * date of the group holds ("last week", "in April" beside "April 20"); null when its days differ or it has none.
     */
    private static LocalDate oneDay(Group g) {
        LocalDate day = null;
        for (EventDate d : g.dates.values()) {
            if (d.from() == null || d.to() == null) {
                return null;
            }
            if (d.from().equals(d.to())) {
                if (day != null && !day.equals(d.from())) {
                    return null;
                }
                day = d.from();
            }
        }
        if (day == null) {
            return null;
        }
        for (EventDate d : g.dates.values()) {
            if (day.isBefore(d.from()) || day.isAfter(d.to())) {
                return null;
            }
        }
        return day;
    }

    /** The centroid cosine of two groups of one day that tell one kind of happening, or NaN when they may not join. */
    private double oneHappening(int ra, int rb) {
        Group a = groups[ra];
        Group b = groups[rb];
        if (MentionProfiles.shared(a.sentences, b.sentences) > 0
                || Countries.differ(a.countries, b.countries) && !sharesArticle(a, b)
                || !apartPairs.isEmpty() && hasApart(ra, rb)
                || coreEventWords(a).stream().noneMatch(w -> w.startsWith("#") && coreEventWords(b).contains(w))) {
            return Double.NaN;
        }
        double cosine = a.centroid.cosine(b.centroid);
        return cosine >= ONE_DAY_COSINE ? cosine : Double.NaN;
    }

    // ---- the second pass: coarse groups attached to fine groups ----

    /**
     * A coarse group's best fine group: its index among the fine groups given, the margin by which the two pass, and
     * the fine group's smallest event id (ties between equal margins go to the smallest id: the same choice whichever
     * cells the fine groups were found in).
     */
    record Offer(int target, double margin, String targetId) {

        /** True when this offer beats {@code other} (null: no offer). */
        boolean beats(Offer other) {
            return other == null || margin > other.margin || margin == other.margin && targetId.compareTo(other.targetId) < 0;
        }
    }

    /**
     * The second pass in one process: after the first ({@link #run()}: each home cell merged apart), each coarse
     * group (every member a date of a month or longer) joins the fine group it passes by the widest margin
     * ({@link #offers}), if any. Fine groups never join each other here, nor coarse groups: every edge of this pass
     * goes from a coarse group to a fine one, and a coarse group has at most one, so nothing chains: an event is one
     * fine group and the coarse groups that chose it (or a coarse group alone).
     */
    List<List<Integer>> attach(List<List<Integer>> groups) {
        List<List<Integer>> fine = new ArrayList<>();
        List<List<Integer>> coarse = new ArrayList<>();
        for (List<Integer> g : groups) {
            (coarseGroup(g) ? coarse : fine).add(g);
        }
        if (coarse.isEmpty() || fine.isEmpty()) {
            return groups;
        }
        Offer[] offers = offers(fine, coarse);
        List<List<Integer>> joined = new ArrayList<>();
        fine.forEach(g -> joined.add(new ArrayList<>(g)));
        List<List<Integer>> out = new ArrayList<>();
        for (int k = 0; k < coarse.size(); k++) {
            if (offers[k] == null) {
                out.add(coarse.get(k));
            } else {
                joined.get(offers[k].target()).addAll(coarse.get(k));
            }
        }
        for (List<Integer> g : joined) {
            Collections.sort(g);
            out.add(g);
        }
        out.sort(Comparator.comparingInt(m -> m.get(0)));
        return out;
    }

    /** True when every member of a group is a candidate dated a month or longer: it belongs to a coarse cell. */
    boolean coarseGroup(List<Integer> g) {
        for (int i : g) {
            if (!p.candidate[i] || !Blocking.coarse(p.dates[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each coarse group's best fine group, or null: the fine groups it may join are those holding a fine mention of a
     * month its dates cover that shares a key word with one of its members (in a block of that month and word of at
     * most {@link MergeSettings#blockLimit()} fine mentions: a word more of them hold says nothing) and passes with it
     * as a pair; of those, the one the two groups pass by the widest margin (judged as groups, as the first pass
     * judges them: complete link on dates, centroids, names, one article's mentions). Each group is judged as its
     * members in index (the corpus's) order make it, so a job that brings a coarse group to each month it covers and
     * keeps the best offer decides as one process does.
     */
    Offer[] offers(List<List<Integer>> fine, List<List<Integer>> coarse) {
        Blocking b = blocking();
        int[] groupOf = new int[p.size()];
        java.util.Arrays.fill(groupOf, -1);
        Map<String, List<Integer>> block = new HashMap<>();
        for (int f = 0; f < fine.size(); f++) {
            for (int j : fine.get(f)) {
                groupOf[j] = f;
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (groupOf[j] >= 0 && copyOf[j] < 0 && p.candidate[j] && !Blocking.coarse(p.dates[j])) {
                int month = b.firstMonth(j);
                for (String term : b.keyTerms(j)) {
                    block.computeIfAbsent(month + " " + term, k -> new ArrayList<>()).add(j);
                }
            }
        }
        String[] ids = new String[fine.size()];
        for (int f = 0; f < fine.size(); f++) {
            ids[f] = fine.get(f).stream().map(j -> p.events.get(j).id()).min(Comparator.naturalOrder()).orElseThrow();
        }
        Offer[] out = new Offer[coarse.size()];
        Map<Integer, Group> made = new java.util.concurrent.ConcurrentHashMap<>(); // fine groups, made once
        IntStream.range(0, coarse.size()).parallel().forEach(k -> {
            List<Integer> g = coarse.get(k);
            java.util.TreeSet<Integer> months = new java.util.TreeSet<>();
            for (int i : g) {
                for (int m = b.firstMonth(i); m <= b.lastMonth(i); m++) {
                    months.add(m);
                }
            }
            java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
            for (int i : g) {
                Set<Integer> seen = new HashSet<>();
                for (String term : b.keyTerms(i)) {
                    for (int m : months) {
                        List<Integer> members = block.get(m + " " + term);
                        if (members == null || members.size() > settings.blockLimit()) {
                            continue;
                        }
                        for (int j : members) {
                            if (!targets.contains(groupOf[j]) && seen.add(j) && asPair(Math.min(i, j), Math.max(i, j)) != null) {
                                targets.add(groupOf[j]);
                            }
                        }
                    }
                }
            }
            if (targets.isEmpty()) {
                return;
            }
            Group a = built(g);
            Offer best = null;
            for (int t : targets) {
                if (!apartPairs.isEmpty() && splitByHand(g, fine.get(t))) {
                    continue;
                }
                double m = margin(a, made.computeIfAbsent(t, f -> {
                    Group g2 = built(fine.get(f));
                    core(g2); // made before it is shared: margin only reads them then
                    coreEventWords(g2);
                    return g2;
                }));
                Offer o = new Offer(t, m, ids[t]);
                if (!Double.isNaN(m) && o.beats(best)) {
                    best = o;
                }
            }
            out[k] = best;
        });
        return out;
    }

    /** A group of the given members (in index order), made afresh: the same whoever made it and in whatever task. */
    private Group built(List<Integer> members) {
        Group g = singleton(members.get(0));
        for (int k = 1; k < members.size(); k++) {
            if (copyOf[members.get(k)] < 0) { // a copy is judged as the mention it repeats
                absorb(g, singleton(members.get(k)));
            }
        }
        return g;
    }

    /** True when the user split some member of {@code a} from some member of {@code b}. */
    private boolean splitByHand(List<Integer> a, List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                if (apart.contains(key(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many mentions the group of root {@code r} holds. */
    private int size(int r) {
        return groups[r] == null ? 1 : groups[r].members.size();
    }

    /** How often the group of root {@code r} has changed. */
    private int stamp(int r) {
        return groups[r] == null ? 0 : groups[r].stamp;
    }

    /** How many pairs of mentions blocking let through to be compared. */
    long comparisons() {
        return comparisons;
    }

    /** Wall time spent blocking and comparing pairs. */
    long pairNanos() {
        return pairNanos;
    }

    /** How many of them passed as a pair. */
    long candidates() {
        return candidates;
    }
}

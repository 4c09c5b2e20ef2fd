package app.dateline.engine.merge;

import app.dateline.engine.cache.EngineFingerprint;
import app.dateline.engine.event.Event;
import app.dateline.engine.event.Stamps;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.text.Sentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups mentions that describe the same event into {@link MergedEvent}s.
 *
 * <p>Each plottable mention is a vector of TF-IDF weights over its sentence without the date phrase (stop
 * words dropped, words stemmed, concept phrases such as "seized control" and "return to power" read as one
 * concept, words near the date phrase counting most; see {@link MentionProfiles}). Groups are built bottom-up
 * ({@link Agglomeration}): the two groups whose centroids pass the similarity their dates ask for
 * ({@link MergeSettings}) by the widest margin merge first, until no pair passes. Every mention in a group must
 * be date-compatible with every other, so a chain of near dates cannot drift; the two groups must share a name
 * (in the mentions' paragraphs) and come from articles on the same story. Two mentions of one sentence never
 * merge (a sentence with two dates names two things), and two of one article only when one date holds the other
 * and the words pass {@link MergeSettings#sameArticle()}. Durations, sets, unanchored values and stamps are
 * never merged automatically. Two mentions are compared only within one home cell ({@link #homeCell}: the month a date
 * starts in, or the long dates of a year), so the merge is defined cell by cell and spreads over cells.
 */
public final class Merger {

    private final MergeSettings settings;
    private final Tokenizer tokenizer;
    private final boolean merging;
    private final MergeCache cache;

    public Merger(MergeSettings settings, Tokenizer tokenizer) {
        this(settings, tokenizer, true, MergeCache.NONE);
    }

    private Merger(MergeSettings settings, Tokenizer tokenizer, boolean merging, MergeCache cache) {
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.merging = merging;
        this.cache = cache;
    }

    /** This merger keeping its results in {@code cache}, so that the same mentions are grouped once. */
    public Merger withCache(MergeCache cache) {
        return new Merger(settings, tokenizer, merging, cache);
    }

    /** A merger that leaves every event on its own (manual merges still apply). */
    public static Merger none() {
        return new Merger(MergeSettings.DEFAULT, new Tokenizer(), false, MergeCache.NONE);
    }

    /** True when this merger merges automatically. */
    public boolean merging() {
        return merging;
    }

    /**
     * True when {@code mentions} mentions would be merged automatically: whenever merging is on, whatever their
     * number. Blocking keeps the work near-linear and its blocks are int arrays, so a folder a laptop can hold
     * (10,000 articles, a quarter of a million mentions) merges within a heap of 1.5 GB.
     */
    public boolean merges(int mentions) {
        return merging;
    }

    public Merger(MergeSettings settings) {
        this(settings, new Tokenizer());
    }

    public Merger() {
        this(MergeSettings.DEFAULT);
    }

    public MergeSettings settings() {
        return settings;
    }

    /** Every sentence of the corpus, with its article: the documents term weights are learnt from. */
    public static List<String> sentences(CorpusExtraction corpus) {
        CorpusSentences out = new CorpusSentences();
        for (ArticleExtraction a : corpus.articles()) {
            for (Sentence s : a.text().sentences()) {
                out.add(a.article().source(), a.text().text(s));
            }
        }
        return out;
    }

    public List<MergedEvent> merge(CorpusExtraction corpus) {
        return merge(corpus.events(), sentences(corpus), MergeConstraints.NONE);
    }

    /**
     * Merges the events that describe the same event. Every event comes out in exactly one merged event.
     *
     * @param idfDocuments the texts term weights are learnt from (the corpus's sentences); when empty, the
     *                     events' own sentences
     */
    public List<MergedEvent> merge(List<Event> events, Collection<String> idfDocuments, MergeConstraints constraints) {
        return run(events, idfDocuments, constraints).events();
    }

    /**
     * The same, with term weights learnt beforehand (a distributed job counts them over the whole archive and
     * merges block by block with them): given {@code new TfIdf(tokenizer(), df, n)} with the document frequencies
     * of the corpus's sentences, the result is that of {@link #merge(List, Collection, MergeConstraints)}.
     */
    public List<MergedEvent> merge(List<Event> events, TfIdf idf, MergeConstraints constraints) {
        return run(events, () -> new MentionProfiles(events, idf, settings, tokenizer), null, constraints, true).events();
    }

    /**
     * The blocks the merger files each event under (see {@link Blocking}: its heaviest terms, event words and
     * participants, for every month its date reaches), as text; none for an event never merged automatically.
     * Two events that share no block are never compared, so events that are not linked through shared blocks
     * merge apart exactly as together: a distributed job merges each connected group on its own. An event's
     * blocks depend only on its article's events and the weights, so they can be found article by article.
     */
    public List<List<String>> blocks(List<Event> events, TfIdf idf) {
        return filing(events, idf).stream().map(Filing::blocks).toList();
    }

    /**
     * How the merger files each event: its (key, month) {@link #blocks}, and the (key, year) blocks of long dates
     * it is a member of ({@code yearsFiled}) or looks up ({@code yearsLookedUp}), as text. A year block with more
     * than {@link MergeSettings#blockLimit()} members (counted over the whole corpus) is met by neighbours in date
     * order, which depend on all its members: a distributed job must merge everyone who files or looks it up
     * together. Found article by article, as the blocks.
     */
    public record Filing(List<String> blocks, List<String> yearsFiled, List<String> yearsLookedUp, String sentence,
                         int firstMonth, int lastMonth) {

        /** The months the event looks its keys up in (its date's, as {@code year * 12 + month - 1}); none when never a candidate. */
        public java.util.stream.IntStream monthsLookedUp() {
            return blocks.isEmpty() ? java.util.stream.IntStream.empty() : java.util.stream.IntStream.rangeClosed(firstMonth, lastMonth);
        }
    }

    /**
     * Each event's {@link Filing}, in order; {@code events} are one article's (or more, whole). {@code sentence}
     * names the event's sentence when it holds another date or time: a mention's words leave out the phrases of the
     * other dates of its sentence (see {@link MentionProfiles}), so the mentions of one sentence must be merged
     * together for their words to be weighed as when the corpus is merged whole; null otherwise.
     */
    public List<Filing> filing(List<Event> events, TfIdf idf) {
        MentionProfiles profiles = new MentionProfiles(events, idf, settings, tokenizer);
        Blocking blocking = new Blocking(profiles, settings);
        java.util.Map<String, Integer> datesOfSentence = new java.util.HashMap<>();
        for (Event e : events) {
            if (e.timex().type().isPoint()) {
                datesOfSentence.merge(MentionProfiles.sentenceKey(e), 1, Integer::sum);
            }
        }
        List<Filing> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String sentence = MentionProfiles.sentenceKey(e);
            boolean shared = e.timex().type().isPoint() && datesOfSentence.get(sentence) > 1;
            out.add(new Filing(blocking.filedUnder(i), blocking.yearsFiled(i), blocking.yearsLookedUp(i),
                    shared ? "sentence " + sentence : null, blocking.firstMonth(i), blocking.lastMonth(i)));
        }
        return out;
    }

    /**
     * The home cell an event is merged in, as text: the month its date starts in ({@code 2021-07}) for a date shorter
     * than a month (a day, a week, "late March"); the year it starts in ({@code 2021}) for a coarse date (a month, a
     * season, a quarter, a year); null for an event never merged automatically (durations, sets, unanchored values,
     * decades). The merge has two passes. First, each cell is merged on its own: blocking compares two mentions only
     * within one cell ({@link #mergeCells}). Then each coarse group (a group of the first pass whose every date is
     * coarse) joins at most one fine group: the one of the months its dates cover it passes by the widest margin
     * ({@link #mergeFineCell}); fine groups never join each other there, nor coarse groups, so nothing chains. A
     * happening told as "late December" in one article and "early January" in another is two events; "July 2021"
     * and "August 2021" are one when the words say so (one coarse cell), and "September 2021" joins "September 23".
     */
    public static String homeCell(Event e) {
        return candidate(e) ? Blocking.cellName(Blocking.homeCell(EventDate.of(e.timex()))) : null;
    }

    /**
     * True when the merger may merge a mention automatically: an anchored point precise enough to name one event
     * (durations, sets, unanchored values, decades and centuries are not), and no stamp ({@link Stamps}: a wire
     * story's or a page's time, a reader's comment's). A stamp is when its text was written, not an event: merged,
     * it joined the events of every article it shared words with ("LONDON | Thu Dec 16, 2010 3:40 pm EST" took a
     * lawsuit "filed last month" told three weeks later), and the stamps of hundreds of comments and wire stories
     * chained into one event.
     */
    public static boolean candidate(Event e) {
        return Blocking.candidate(EventDate.of(e.timex())) && !Stamps.isStamp(e);
    }

    /** True for an event of a coarse cell ({@link #homeCell}: a year's, its date a month or longer). */
    public static boolean coarse(Event e) {
        return candidate(e) && Blocking.coarse(EventDate.of(e.timex()));
    }

    /**
     * The months ({@code year * 12 + month - 1}) an event's date covers, for a coarse event: the fine cells whose
     * groups its group may join ({@link #mergeFineCell}); none for another. A count of months back reaches a month
     * either side ({@link MentionProfiles#reach}): "eighteen months ago" for a death of 25 June may be July.
     */
    public static java.util.stream.IntStream monthsCovered(Event e) {
        if (!coarse(e)) {
            return java.util.stream.IntStream.empty();
        }
        EventDate d = MentionProfiles.reach(e);
        return java.util.stream.IntStream.rangeClosed(d.from().getYear() * 12 + d.from().getMonthValue() - 1,
                d.to().getYear() * 12 + d.to().getMonthValue() - 1);
    }

    /** The name of a fine cell by its month ({@code year * 12 + month - 1}), as {@link #homeCell} names it. */
    public static String monthCell(int month) {
        return Blocking.cellName(month);
    }

    /**
     * The first pass of the merge on the events of one home cell or more, whole ({@link #homeCell}), in the corpus's
     * order, with {@code context} the other mentions of their sentences (the date phrases a mention's words leave
     * out), the corpus's weights {@code idf} and each article's words by {@code articleTerms} (null to weigh them
     * here): the groups merging the whole corpus makes of these events before the coarse groups are attached.
     */
    public List<MergedEvent> mergeCells(List<Event> events, List<Event> context, TfIdf idf,
                                        java.util.function.Function<app.dateline.engine.article.Article, TermVector> articleTerms) {
        return run(events, () -> new MentionProfiles(events, context, idf, settings, tokenizer, articleTerms), null,
                MergeConstraints.NONE, false).events();
    }

    /**
     * A coarse group's best fine group in one fine cell: {@code group} and {@code target} are the smallest event ids
     * of the two; of all the cells' offers for one coarse group, the one with the widest margin wins (ties: the
     * smallest target).
     */
    public record Offer(String group, String target, double margin) implements java.io.Serializable {

        /** True when this offer beats {@code other} (null: none). */
        public boolean beats(Offer other) {
            return other == null || new Agglomeration.Offer(0, margin, target).beats(new Agglomeration.Offer(0, other.margin, other.target));
        }
    }

    /** A fine cell merged: its groups (event ids, in the order given), and the offers to the coarse groups brought. */
    public record FineCell(List<List<String>> groups, List<Offer> offers) {
    }

    /**
     * One fine cell ({@link #homeCell}: a month) merged, and the coarse groups of the first pass that cover its month
     * offered its best group. {@code events} are the cell's events and the members of {@code coarseGroups} (event ids),
     * in the corpus's order, with the other mentions of their sentences as {@code context}: the cell's groups are what
     * {@link #mergeCells} gives, and each coarse group's offer is what one process finds for it among this month's groups.
     */
    public FineCell mergeFineCell(List<Event> events, List<Event> context, TfIdf idf,
                                  java.util.function.Function<app.dateline.engine.article.Article, TermVector> articleTerms,
                                  List<List<String>> coarseGroups) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            index.put(events.get(i).id(), i);
        }
        boolean[] attachOnly = new boolean[events.size()];
        List<List<Integer>> coarse = new ArrayList<>();
        for (List<String> g : coarseGroups) {
            List<Integer> members = new ArrayList<>();
            for (String id : g) {
                int i = index.get(id);
                attachOnly[i] = true;
                members.add(i);
            }
            members.sort(null);
            coarse.add(members);
        }
        MentionProfiles profiles = new MentionProfiles(events, context, idf, settings, tokenizer, articleTerms);
        Agglomeration a = new Agglomeration(profiles, settings, MergeConstraints.NONE, attachOnly);
        List<List<Integer>> fine = new ArrayList<>();
        for (List<Integer> g : a.run()) {
            if (!attachOnly[g.get(0)]) {
                fine.add(g);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        fine.forEach(g -> groups.add(g.stream().map(i -> events.get(i).id()).toList()));
        List<Offer> offers = new ArrayList<>();
        if (!coarse.isEmpty() && !fine.isEmpty()) {
            Agglomeration.Offer[] made = a.offers(fine, coarse);
            for (int k = 0; k < made.length; k++) {
                if (made[k] != null) {
                    String group = coarseGroups.get(k).stream().min(java.util.Comparator.naturalOrder()).orElseThrow();
                    offers.add(new Offer(group, made[k].targetId(), made[k].margin()));
                }
            }
        }
        return new FineCell(groups, offers);
    }

    /**
     * One event of the merge from its members (in the corpus's order, with the other mentions of their sentences as
     * {@code context}): its label, date and summary as merging the whole corpus gives them.
     */
    public MergedEvent combine(List<Event> members, List<Event> context, TfIdf idf,
                               java.util.function.Function<app.dateline.engine.article.Article, TermVector> articleTerms) {
        if (members.size() == 1) {
            return build(new MergeCache.Group(new int[] {0}, 0, 0), members); // one mention: its own label and sentence
        }
        MentionProfiles profiles = new MentionProfiles(members, context, idf, settings, tokenizer, articleTerms);
        List<Integer> all = java.util.stream.IntStream.range(0, members.size()).boxed().toList();
        return build(describe(all, profiles), members);
    }

    /** The tokenizer that term weights are learnt with. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * What a merge did: the merged events, how many mentions there were, how many pairs of them blocking let
     * through to be compared (against {@code mentions * (mentions - 1) / 2} without blocking), how many of
     * those passed as a pair, and whether the grouping came from the {@link MergeCache} (then nothing was
     * compared).
     */
    public record Report(List<MergedEvent> events, int mentions, long comparisons, long candidates, Phases phases,
                         boolean fromCache) {

        /** All pairs of mentions: what comparing without blocking would cost. */
        public long allPairs() {
            return (long) mentions * (mentions - 1) / 2;
        }
    }

    /**
     * Wall time of each phase, in nanoseconds: the mentions' vectors, blocking and comparing pairs (both in
     * parallel), grouping, building the merged events.
     */
    public record Phases(long profiles, long pairs, long grouping, long building) {
    }

    /** {@link #merge(List, Collection, MergeConstraints)} with the figures of the run. */
    public Report run(List<Event> events, Collection<String> idfDocuments, MergeConstraints constraints) {
        return run(events, () -> new MentionProfiles(events, idfDocuments, settings, tokenizer), idfDocuments, constraints,
                true);
    }

    /**
     * @param idfDocuments the documents the term weights are learnt from, or null when the weights are given (then
     *                     the {@link MergeCache} is not used: its key does not hold them)
     * @param attach       whether the second pass attaches coarse groups to fine ones (else the first pass alone)
     */
    private Report run(List<Event> events, java.util.function.Supplier<MentionProfiles> profilesOf,
                       Collection<String> idfDocuments, MergeConstraints constraints, boolean attach) {
        long t0 = System.nanoTime();
        String key = cache.enabled() && attach && idfDocuments != null
                ? MergeKey.of(events, idfDocuments, settings, constraints, merging, EngineFingerprint.current()) : null;
        Optional<List<MergeCache.Group>> cached = key == null ? Optional.empty() : cache.load(key, events.size());
        long comparisons = 0;
        long candidates = 0;
        long pairs = 0;
        long t1 = t0;
        List<MergeCache.Group> groups;
        if (cached.isPresent()) {
            groups = cached.get();
        } else {
            MentionProfiles profiles = profilesOf.get();
            t1 = System.nanoTime();
            List<List<Integer>> members;
            if (merges(events.size())) {
                Agglomeration a = new Agglomeration(profiles, settings, constraints);
                members = a.run();
                if (attach) {
                    members = a.attach(members);
                }
                comparisons = a.comparisons();
                candidates = a.candidates();
                pairs = a.pairNanos();
            } else {
                members = alone(events, constraints);
            }
            groups = new ArrayList<>(members.size());
            for (List<Integer> m : members) {
                groups.add(describe(m, profiles));
            }
            if (key != null) {
                cache.store(key, events.size(), groups);
            }
        }
        long t2 = System.nanoTime();
        List<MergedEvent> out = new ArrayList<>(groups.size());
        for (MergeCache.Group g : groups) {
            out.add(build(g, events));
        }
        out.sort(Comparator.comparing((MergedEvent m) -> m.date().from(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.date().to(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.sources().get(0), SOURCE_ORDER));
        long t3 = System.nanoTime();
        return new Report(out, events.size(), comparisons, candidates, new Phases(t1 - t0, pairs, t2 - t1 - pairs, t3 - t2),
                cached.isPresent());
    }

    /**
     * Each event on its own, but for the merges made by hand (or kept from a file), and never two events the user
     * split apart: each event of a must-merge set, in event order, joins the first group of that set it is not
     * split from.
     */
    private static List<List<Integer>> alone(List<Event> events, MergeConstraints constraints) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            index.put(events.get(i).id(), i);
        }
        List<int[]> apart = new ArrayList<>();
        for (MergeConstraints.Pair p : constraints.apart()) {
            Integer a = index.get(p.a());
            Integer b = index.get(p.b());
            if (a != null && b != null) {
                apart.add(new int[] {a, b});
            }
        }
        int[] group = new int[events.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (java.util.Set<String> together : constraints.together()) {
            List<Integer> members = together.stream().map(index::get).filter(java.util.Objects::nonNull).sorted().toList();
            List<Integer> heads = new ArrayList<>(); // one member of each group this set made
            for (int i : members) {
                int home = -1;
                for (int h : heads) {
                    if (!parted(group, group[h], group[i], apart)) {
                        home = group[h];
                        break;
                    }
                }
                if (home < 0) {
                    heads.add(i);
                } else if (home != group[i]) {
                    int absorbed = group[i];
                    for (int k = 0; k < group.length; k++) {
                        if (group[k] == absorbed) {
                            group[k] = home;
                        }
                    }
                }
            }
        }
        java.util.Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < group.length; i++) {
            groups.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    /** True when some member of group {@code a} was split from some member of group {@code b}. */
    private static boolean parted(int[] group, int a, int b, List<int[]> apart) {
        for (int[] p : apart) {
            if (group[p[0]] == a && group[p[1]] == b || group[p[0]] == b && group[p[1]] == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every pair of mentions that may be one event as far as dates, sentences and stories go, most similar first:
     * all pairs, without blocking, for tuning on small corpora.
     */
    public List<PairScore> pairs(List<Event> events, Collection<String> idfDocuments) {
        MentionProfiles p = new MentionProfiles(events, idfDocuments, settings, tokenizer);
        List<PairScore> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (p.veto(i, j) == null) {
                    Set<String> shared = new TreeSet<>(p.names.get(i));
                    shared.retainAll(p.names.get(j));
                    DateRelation r = p.relation(i, j);
                    out.add(new PairScore(p.events.get(i), p.events.get(j), r, p.evidence(i, j),
                            p.threshold(i, j, r), shared));
                }
            }
        }
        out.sort(Comparator.comparingDouble(PairScore::similarity).reversed());
        return out;
    }

    /** Sources by article date, then article, then position. */
    static final Comparator<Event> SOURCE_ORDER = Comparator
            .comparing((Event e) -> e.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.article().source())
            .thenComparingInt(e -> e.mention().begin());

    /**
     * A group as the cache keeps it: its members, the member nearest the group's centroid (its label is the
     * event's) and the member whose sentence tells the event best ({@link SummaryPicker}).
     */
    private static MergeCache.Group describe(List<Integer> members, MentionProfiles p) {
        TermVector centroid = null;
        for (int i : members) {
            centroid = centroid == null ? p.vectors[i] : centroid.plus(p.vectors[i]);
        }
        // The label is the headline of the source that tells the event best (its summary), so that what the
        // mark says and what the summary says are one account (see the README, "Merging").
        int best = members.size() == 1 ? members.get(0) : SummaryPicker.pick(members, p, centroid);
        int label = members.size() == 1 ? best : SummaryPicker.labelSource(members, p, best);
        int[] m = members.stream().mapToInt(Integer::intValue).toArray();
        return new MergeCache.Group(m, label, best);
    }


    /** A merged event from its group: the representative's label, the combined date, the summary sentence. */
    private static MergedEvent build(MergeCache.Group g, List<Event> events) {
        List<Event> sources = new ArrayList<>(g.members().length);
        for (int i : g.members()) {
            sources.add(events.get(i));
        }
        sources.sort(SOURCE_ORDER);
        DateCombiner.Combined date = DateCombiner.combine(sources);
        return MergedEvent.of(sources.get(0).id(), events.get(g.labelFrom()).label(), date.date(), sources,
                date.disagreement(), SummaryPicker.sentenceTelling(events.get(g.summaryFrom())));
    }
}

package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.text.Sentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 * and the words pass {@link MergeSettings#sameArticle()}. Durations, sets and unanchored values are never
 * merged automatically.
 */
public final class Merger {

    /**
     * Above this many events nothing is merged automatically: the comparison grows faster than the corpus
     * (150 articles, 2,100 events take about 3.5 s on two cores), and a folder of thousands of articles must
     * still open. Each mention then stands alone; the user can still merge by hand.
     */
    public static final int MAX_EVENTS = 3_000;

    private final MergeSettings settings;
    private final Tokenizer tokenizer;
    private final boolean merging;

    public Merger(MergeSettings settings, Tokenizer tokenizer) {
        this(settings, tokenizer, true);
    }

    private Merger(MergeSettings settings, Tokenizer tokenizer, boolean merging) {
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.merging = merging;
    }

    /** A merger that leaves every event on its own (manual merges still apply). */
    public static Merger none() {
        return new Merger(MergeSettings.DEFAULT, new Tokenizer(), false);
    }

    /** True when {@code events} would be merged automatically: merging is on and they are not too many. */
    public boolean merges(int events) {
        return merging && events <= MAX_EVENTS;
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

    /** Every sentence of the corpus: the documents term weights are learnt from. */
    public static List<String> sentences(CorpusExtraction corpus) {
        List<String> out = new ArrayList<>();
        for (ArticleExtraction a : corpus.articles()) {
            for (Sentence s : a.text().sentences()) {
                out.add(a.text().text(s));
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
        return merge(new MentionProfiles(events, idfDocuments, settings, tokenizer), events, constraints);
    }

    /**
     * The same, with term weights learnt beforehand (a distributed job counts them over the whole archive and
     * merges block by block with them): given {@code new TfIdf(tokenizer(), df, n)} with the document frequencies
     * of the corpus's sentences, the result is that of {@link #merge(List, Collection, MergeConstraints)}.
     */
    public List<MergedEvent> merge(List<Event> events, TfIdf idf, MergeConstraints constraints) {
        return merge(new MentionProfiles(events, idf, settings, tokenizer), events, constraints);
    }

    /** The tokenizer that term weights are learnt with. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    private List<MergedEvent> merge(MentionProfiles profiles, List<Event> events, MergeConstraints constraints) {
        List<MergedEvent> out = new ArrayList<>();
        List<List<Integer>> groups = merges(events.size()) ? new Agglomeration(profiles, constraints).run()
                : alone(events, constraints);
        for (List<Integer> members : groups) {
            out.add(build(members, profiles));
        }
        out.sort(Comparator.comparing((MergedEvent m) -> m.date().from(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.date().to(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.sources().get(0), SOURCE_ORDER));
        return out;
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

    /** Every pair of mentions that may be one event as far as dates, sentences and stories go, most similar first. */
    public List<PairScore> pairs(List<Event> events, Collection<String> idfDocuments) {
        MentionProfiles p = new MentionProfiles(events, idfDocuments, settings, tokenizer);
        List<PairScore> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (p.veto(i, j) == null) {
                    Set<String> shared = new TreeSet<>(p.names.get(i));
                    shared.retainAll(p.names.get(j));
                    DateRelation r = p.relation(i, j);
                    out.add(new PairScore(p.events.get(i), p.events.get(j), r, p.similarity(i, j),
                            p.threshold(r, p.sameArticle(i, j)), shared));
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

    /** A merged event from its members: the label of the member nearest the group's centroid, the combined date. */
    private static MergedEvent build(List<Integer> members, MentionProfiles p) {
        List<Event> sources = new ArrayList<>();
        TermVector centroid = null;
        for (int i : members) {
            sources.add(p.events.get(i));
            centroid = centroid == null ? p.vectors[i] : centroid.plus(p.vectors[i]);
        }
        sources.sort(SOURCE_ORDER);
        Event representative = sources.get(0);
        double best = -1;
        for (Event e : sources) {
            double c = p.vectors[p.events.indexOf(e)].cosine(centroid);
            if (c > best + 1e-9) {
                best = c;
                representative = e;
            }
        }
        DateCombiner.Combined date = DateCombiner.combine(sources);
        return MergedEvent.of(sources.get(0).id(), representative.label(), date.date(), sources, date.disagreement());
    }
}

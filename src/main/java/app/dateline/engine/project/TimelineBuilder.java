package app.dateline.engine.project;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergeConstraints;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.rank.EventRanker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a project to a reading of the corpus: adds the user's events, merges with the user's merges and
 * splits in force, then puts the user's dates, labels and hidden marks on the merged events and ranks them
 * ({@link EventRanker}: each gets its importance). A correction
 * whose event is not found is kept in the project and reported in {@link Timeline#unresolved()}. Not
 * thread-safe (it may tag added phrases with its own tagger): keep one per thread that builds timelines.
 */
public final class TimelineBuilder {

    private final Merger merger;
    private final List<Set<String>> fixedGroups;
    /** A timeline file's words for its events, by the id of each of their sources. */
    private final Map<String, KeptText> keptTexts;
    private final PhraseEvents phrases = new PhraseEvents();
    private final EventRanker ranker;

    public TimelineBuilder(Merger merger) {
        this(merger, List.of());
    }

    /**
     * A builder that keeps groups made before (a timeline read from a file: its events' sources, by event id) as if
     * merged by hand; the user's splits still part them. With {@link Merger#none()} the file's merging stands as it is.
     */
    public TimelineBuilder(Merger merger, List<Set<String>> fixedGroups) {
        this(merger, fixedGroups, Map.of());
    }

    /**
     * As {@link #TimelineBuilder(Merger, List)}, and an event the file's merging made as it was keeps the file's label
     * and summary ({@code keptTexts}, by the id of each source), so that a story reads as it was saved.
     */
    public TimelineBuilder(Merger merger, List<Set<String>> fixedGroups, Map<String, KeptText> keptTexts) {
        this(merger, fixedGroups, keptTexts, new EventRanker());
    }

    private TimelineBuilder(Merger merger, List<Set<String>> fixedGroups, Map<String, KeptText> keptTexts, EventRanker ranker) {
        this.merger = merger;
        this.fixedGroups = List.copyOf(fixedGroups);
        this.keptTexts = Map.copyOf(keptTexts);
        this.ranker = ranker;
    }

    /**
     * A builder that neither merges automatically nor ranks (every importance stays 0): what was read, as it is,
     * at once; for a reading the user cancelled.
     */
    public static TimelineBuilder unmergedUnranked() {
        return new TimelineBuilder(Merger.none(), List.of(), Map.of(), null);
    }

    public TimelineBuilder() {
        this(new Merger());
    }

    public Timeline build(CorpusExtraction corpus, Project project) {
        List<Unresolved> unresolved = new ArrayList<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (Event e : corpus.events()) {
            events.put(e.id(), e);
        }
        addUserEvents(corpus, project, events, unresolved);
        List<Event> all = List.copyOf(events.values());
        EventIndex index = new EventIndex(all);
        MergeConstraints constraints = constraints(project, index, unresolved);
        if (!fixedGroups.isEmpty()) {
            List<Set<String>> together = new ArrayList<>(fixedGroups);
            together.addAll(constraints.together());
            constraints = new MergeConstraints(together, constraints.apart());
        }
        List<MergedEvent> merged = new ArrayList<>(merger.merge(all, Merger.sentences(corpus), constraints));
        if (!keptTexts.isEmpty()) {
            merged.replaceAll(this::withKeptText);
        }

        Map<String, Integer> home = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            for (Event e : merged.get(i).sources()) {
                home.put(e.id(), i);
            }
        }
        for (DateCorrection c : project.dateCorrections()) {
            int target = target(c.event(), index, home);
            if (!Edit.isPlaceable(c.value())) {
                // a value typed into the file by hand ("2021-13", "yesterday"): refused, the event keeps its date
                unresolved.add(new Unresolved("date", "'" + c.value() + "' for " + c.event().describe()
                        + " is not a TIMEX3 value Dateline can place (such as 2021-08, 2021-08-15, 2021-SU); the event keeps its own date"));
            } else if (target < 0) {
                unresolved.add(new Unresolved("date", c.value() + " for " + c.event().describe()));
            } else {
                merged.set(target, merged.get(target).withDate(EventDate.of(PhraseEvents.timex(c.value(), c.mod()))));
            }
        }
        for (LabelCorrection c : project.labelCorrections()) {
            int target = target(c.event(), index, home);
            if (target < 0) {
                unresolved.add(new Unresolved("label", "'" + c.label() + "' for " + c.event().describe()));
            } else {
                merged.set(target, merged.get(target).withLabel(c.label()));
            }
        }
        for (EventRef r : project.hidden()) {
            int target = target(r, index, home);
            if (target < 0) {
                unresolved.add(new Unresolved("hidden", r.describe()));
            } else {
                merged.set(target, merged.get(target).withHidden(true));
            }
        }
        return new Timeline(ranker == null ? merged : ranker.rank(corpus.articles(), merged), unresolved);
    }

    /** The event with the file's words for it, when it is the file's event with all its sources and no other. */
    private MergedEvent withKeptText(MergedEvent m) {
        KeptText kept = keptTexts.get(m.sources().get(0).id());
        if (kept == null || kept.sources() != m.sources().size()
                || m.sources().stream().anyMatch(e -> keptTexts.get(e.id()) != kept)) { // one instance per file event
            return m; // merged or parted by hand since: its words are chosen again
        }
        return m.withOwnTexts(kept.label(), kept.summary());
    }

    private void addUserEvents(CorpusExtraction corpus, Project project, Map<String, Event> events, List<Unresolved> unresolved) {
        Map<String, ArticleExtraction> articles = new HashMap<>();
        Map<String, List<ArticleExtraction>> byName = new HashMap<>();
        for (ArticleExtraction a : corpus.articles()) {
            String path = ArticlePaths.absolute(a.article().source());
            articles.put(path, a);
            byName.computeIfAbsent(ArticlePaths.fileName(path), k -> new ArrayList<>()).add(a);
        }
        for (AddedEvent added : project.addedEvents()) {
            ArticleExtraction article = articles.get(added.article());
            List<ArticleExtraction> sameName = byName.getOrDefault(ArticlePaths.fileName(added.article()), List.of());
            if (article == null && sameName.size() == 1) {
                article = sameName.get(0);
            }
            if (article == null) {
                unresolved.add(new Unresolved("added", "'" + added.text() + "': " + added.article() + " was not read"));
                continue;
            }
            PhraseEvents.Outcome o = phrases.make(added, article);
            if (o.event() == null) {
                unresolved.add(new Unresolved("added", o.problem()));
            } else {
                events.put(o.event().id(), o.event()); // the user's reading of a phrase wins over the engine's
            }
        }
    }

    private static MergeConstraints constraints(Project project, EventIndex index, List<Unresolved> unresolved) {
        List<Set<String>> together = new ArrayList<>();
        for (ManualMerge m : project.merges()) {
            List<Event> a = index.findAll(m.a());
            List<Event> b = index.findAll(m.b());
            if (a.isEmpty() || b.isEmpty()) {
                unresolved.add(new Unresolved("merge", (a.isEmpty() ? describe(m.a()) : describe(m.b())) + " was not found"));
                continue;
            }
            Set<String> ids = new HashSet<>();
            a.forEach(e -> ids.add(e.id()));
            b.forEach(e -> ids.add(e.id()));
            together.add(ids);
        }
        List<MergeConstraints.Pair> apart = new ArrayList<>();
        for (ManualSplit s : project.splits()) {
            List<Event> detached = index.findAll(s.detached());
            List<Event> rest = index.findAll(s.rest());
            if (detached.isEmpty() || rest.isEmpty()) {
                unresolved.add(new Unresolved("split", describe(detached.isEmpty() ? s.detached() : s.rest()) + " was not found"));
                continue;
            }
            for (Event d : detached) {
                for (Event r : rest) {
                    apart.add(new MergeConstraints.Pair(d.id(), r.id()));
                }
            }
        }
        return new MergeConstraints(together, apart);
    }

    /** The merged event holding most of the reference's sources, or -1 when none of them is found. */
    private static int target(EventRef ref, EventIndex index, Map<String, Integer> home) {
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        for (Event e : index.findAll(ref.sources())) {
            Integer h = home.get(e.id());
            if (h != null) {
                votes.merge(h, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    private static String describe(List<EventKey> keys) {
        return keys.isEmpty() ? "an event" : keys.get(0).describe();
    }
}

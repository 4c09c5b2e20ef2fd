package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.tagger.Tense;
import app.dateline.engine.tagger.TenseDetector;
import app.dateline.engine.timex.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every event its {@link MergedEvent#importance()}: how central it is to the story, from the evidence that
 * it mattered (see {@link ImportanceWeights} and the README, "Importance"): how many articles and publishers tell
 * it, how often its date is referred to again with the same words, whether it stands in an article's lead, the
 * burst of articles published on and after it, how precise its date is, whether its sentences tell an actual
 * happening ({@link Actuality}; a time stamp of a wire story or a reader's comment is not, see {@link Stamps}),
 * whether it is background from long before the story, whether its articles are about the story at all
 * ({@link StoryWords}: a radio running order that names the story once is not), and whether it is part of a more important event's moment
 * ({@link Moments}). Events that are not on the timeline get 0.
 */
public final class EventRanker {

    private final ImportanceWeights weights;
    private final Actuality actuality;
    private final Tokenizer tokenizer;
    private final TenseDetector tenses;

    public EventRanker(ImportanceWeights weights, Actuality actuality, Tokenizer tokenizer, TenseDetector tenses) {
        this.weights = weights;
        this.actuality = actuality;
        this.tokenizer = tokenizer;
        this.tenses = tenses;
    }

    public EventRanker() {
        this(ImportanceWeights.DEFAULT, Actuality.english(), new Tokenizer(), new TenseDetector(RuleSet.englishTable("tense")));
    }

    /** The events in the same order, each with its importance. */
    public List<MergedEvent> rank(List<ArticleExtraction> articles, List<MergedEvent> events) {
        return rank(RankEvidence.of(articles, events).withStory(StoryWords.of(articles, tokenizer)), events);
    }

    /**
     * The same with the corpus's evidence put together elsewhere (a distributed job: each block of events with
     * its own mentions, the days counted over the whole archive); {@code rank(RankEvidence.of(articles, events), events)}
     * is {@link #rank(List, List)}.
     */
    public List<MergedEvent> rank(RankEvidence evidence, List<MergedEvent> events) {
        return discountMoments(rankBeforeMoments(evidence, events));
    }

    /**
     * The events in the same order, each with its importance before the moments pass ({@link Moments}): a
     * distributed job ranks blocks of events with this, then runs {@link #discountMoments} on the events of each
     * article ({@link ArticleMoments}). {@code discountMoments(rankBeforeMoments(evidence, events))} is
     * {@link #rank(RankEvidence, List)}.
     */
    public List<MergedEvent> rankBeforeMoments(RankEvidence evidence, List<MergedEvent> events) {
        Corpus corpus = new Corpus(evidence, tokenizer);
        List<MergedEvent> out = new ArrayList<>(events.size());
        for (MergedEvent m : events) {
            out.add(m.withImportance(m.isPlottable() ? importance(m, corpus) : 0));
        }
        return out;
    }

    /** The events in the same order, those part of a more important event's moment with their importance lowered. */
    public List<MergedEvent> discountMoments(List<MergedEvent> events) {
        return new Moments(tokenizer).discount(events, weights.moment());
    }

    double importance(MergedEvent m, Corpus corpus) {
        Set<String> articles = new HashSet<>();
        Set<String> publishers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> terms = new HashSet<>();
        double lead = 0;
        double actual = 0;
        double news = 0;
        m.sources().forEach(e -> ids.add(e.id()));
        // a time stamp says when a text was written: it is no source of the event, unless the event has no other
        List<Event> telling = m.sources().stream().filter(e -> !Stamps.isStamp(e)).toList();
        boolean stamped = telling.isEmpty();
        for (Event e : stamped ? m.sources() : telling) {
            articles.add(e.article().source());
            publishers.add(e.article().publisher() != null ? e.article().publisher() : e.article().source());
            terms.addAll(corpus.terms(e));
            lead = Math.max(lead, Math.exp(-corpus.sentenceIndex(e) / 2.0));
            actual = Math.max(actual, stamped ? weights.stamp() : actuality.factor(Actuality.around(e)) * tense(e));
            news = Math.max(news, news(e, corpus.firstPublished));
        }
        int references = corpus.references(m.date(), terms, ids);
        EventDate d = m.date();
        double burst = d.days() <= 7 ? corpus.publishedBetween(d.from(), d.from().plusDays(2)) - ownBetween(stamped ? m.sources() : telling, d.from(), d.from().plusDays(2)) : 0;
        double evidence = weights.articles() * Math.log1p(articles.size()) + weights.publishers() * Math.log1p(publishers.size())
                + weights.references() * Math.log1p(references) + weights.lead() * lead + weights.burst() * Math.log1p(burst);
        double background = corpus.firstPublished != null
                && d.to().isBefore(corpus.firstPublished.minusYears(weights.backgroundYears())) ? weights.background() : 1;
        double onStory = 1 - weights.aboutStory() + weights.aboutStory() * belonging(articles, corpus.evidence.story());
        return evidence * precision(d.granularity()) * actual * background * news * onStory;
    }

    /**
     * How much the event's articles are about the story, on average: an event that radio running orders of several
     * weeks tell (merged as one "presents" listing) is theirs even if one of them opens on the story.
     */
    private static double belonging(Set<String> articles, StoryWords story) {
        return articles.stream().mapToDouble(story::belonging).average().orElse(1);
    }

    /** How many of the event's own articles were published from {@code from} to {@code to}: its telling is no burst. */
    private static int ownBetween(List<Event> sources, LocalDate from, LocalDate to) {
        Set<String> counted = new HashSet<>();
        for (Event e : sources) {
            LocalDate pub = e.article().published();
            if (pub != null && !pub.isBefore(from) && !pub.isAfter(to)) {
                counted.add(e.article().source());
            }
        }
        return counted.size();
    }

    /**
     * The story is what happened from its first article on; what an article recalls from before that is
     * context: 1 for events that end on or after the story's first article (an article of 2024 recalling the
     * story's 2022 is a later reference, evidence that it mattered), falling by half every {@code newsHalfLife}
     * days before it towards {@code 1 - newsWeight}; 1 when no article has a date.
     */
    private double news(Event e, LocalDate storyStart) {
        if (storyStart == null || e.timex().to() == null) {
            return 1;
        }
        long gap = Math.max(0, storyStart.toEpochDay() - e.timex().to().toEpochDay());
        return 1 - weights.newsWeight() + weights.newsWeight() * Math.pow(0.5, gap / (double) weights.newsHalfLife());
    }

    /** A past happening counts in full, a statement with no tense a little less, one in the future as a plan. */
    private double tense(Event e) {
        int begin = Math.max(0, e.mention().begin() - e.sentenceBegin());
        int end = Math.min(e.sentence().length(), Math.max(begin, e.mention().end() - e.sentenceBegin()));
        Tense t = tenses.tense(e.sentence(), begin, end);
        return t == Tense.PAST ? 1 : t == Tense.FUTURE ? weights.future() : weights.untensed();
    }

    /** Two mentions of one date tell the same thing when their labels share {@value #SHARED_TERMS} content words. */
    static final int SHARED_TERMS = 2;

    /** A precise date is more likely an event than a period: "in 2022" is often a trend. */
    static double precision(Granularity g) {
        return switch (g) {
            case TIME, DAY -> 1.0;
            case WEEK, MONTH -> 0.95;
            case SEASON, QUARTER -> 0.8;
            case HALF_YEAR -> 0.7;
            case YEAR -> 0.6;
            case DECADE -> 0.4;
            case CENTURY -> 0.3;
            case NONE -> 0.0;
        };
    }

    /** The mentions of one span of days, with an index from each word to the mentions whose labels hold it. */
    static final class Span {
        final List<Event> events = new ArrayList<>();
        final Map<String, List<Integer>> postings = new HashMap<>();

        void add(Event e, Set<String> terms) {
            for (String t : terms) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(events.size());
            }
            events.add(e);
        }

        int sharing(Set<String> with, Set<String> ids) {
            int[] shared = new int[events.size()];
            int count = 0;
            for (String t : with) {
                for (int i : postings.getOrDefault(t, List.of())) {
                    if (++shared[i] == SHARED_TERMS && !ids.contains(events.get(i).id())) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    /** What the ranker reads off the whole corpus once. */
    static final class Corpus {
        final Map<String, Span> bySpan = new HashMap<>();
        final Tokenizer tokenizer;
        final Map<String, Set<String>> terms = new HashMap<>();
        final Map<LocalDate, Integer> published = new HashMap<>();
        final LocalDate firstPublished;

        final RankEvidence evidence;

        Corpus(RankEvidence evidence, Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
            this.evidence = evidence;
            published.putAll(evidence.published());
            for (Event e : evidence.mentions()) {
                if (e.isPlottable()) {
                    bySpan.computeIfAbsent(e.timex().from() + "/" + e.timex().to(), k -> new Span()).add(e, terms(e));
                }
            }
            firstPublished = evidence.firstPublished();
        }

        /** The content words of a mention's label, computed once. */
        Set<String> terms(Event e) {
            return terms.computeIfAbsent(e.id(), id -> new HashSet<>(tokenizer.terms(e.label())));
        }

        /** Mentions of exactly the days of {@code d}, not among {@code ids}, sharing {@value #SHARED_TERMS} words with {@code with}. */
        int references(EventDate d, Set<String> with, Set<String> ids) {
            Span span = bySpan.get(d.from() + "/" + d.to());
            return span == null ? 0 : span.sharing(with, ids);
        }

        int sentenceIndex(Event e) {
            return evidence.sentenceIndex(e);
        }

        int publishedBetween(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                n += published.getOrDefault(d, 0);
            }
            return n;
        }
    }
}

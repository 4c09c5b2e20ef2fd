package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.MergedEvent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link EventRanker} reads off a corpus beyond an event's own sources: the mentions whose dates an event's
 * date may be referred to again by, the index of each mention's sentence in its article (the lead counts), and
 * how many articles were published on each day (the burst, and the first day of the story). Made from the
 * articles at once ({@link #of}), or put together from parts counted elsewhere: a distributed job counts the
 * days and the sentence indices on its executors and ranks each block of events with its own mentions.
 *
 * @param mentions      the mentions references are counted among
 * @param sentenceIndex each mention's sentence index in its article, by event id (a mention not here counts as far
 *                      from the lead)
 * @param published     how many articles were published on each day (every article read, with or without events)
 * @param story         what the story is about and how much each article opens on it ({@link StoryWords#UNKNOWN}
 *                      when the articles are not at hand: every article belongs)
 */
public record RankEvidence(List<Event> mentions, Map<String, Integer> sentenceIndex, Map<LocalDate, Integer> published,
                           StoryWords story) implements Serializable {

    /** The index a mention whose article is not known gets: as far from the lead as the tenth sentence. */
    static final int UNKNOWN_SENTENCE = 10;

    public RankEvidence {
        mentions = List.copyOf(mentions);
        sentenceIndex = Map.copyOf(sentenceIndex);
        published = Map.copyOf(published);
    }

    /** The evidence with no knowledge of what the story is about: every article belongs to it. */
    public RankEvidence(List<Event> mentions, Map<String, Integer> sentenceIndex, Map<LocalDate, Integer> published) {
        this(mentions, sentenceIndex, published, StoryWords.UNKNOWN);
    }

    /** The same evidence, knowing what the story is about. */
    public RankEvidence withStory(StoryWords words) {
        return new RankEvidence(mentions, sentenceIndex, published, words);
    }

    /** The evidence of these articles, all of it. */
    public static RankEvidence of(List<ArticleExtraction> articles) {
        return of(articles, List.of());
    }

    /**
     * The evidence of these articles, with the sentence index also of the events' sources that are not among the
     * articles' mentions (a phrase the user added) but whose article is.
     */
    public static RankEvidence of(List<ArticleExtraction> articles, List<MergedEvent> events) {
        List<Event> mentions = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<LocalDate, Integer> published = new HashMap<>();
        for (ArticleExtraction a : articles) {
            LocalDate pub = a.article().published();
            if (pub != null) {
                published.merge(pub, 1, Integer::sum);
            }
            index.putAll(sentenceIndices(a));
            mentions.addAll(a.events());
        }
        Map<String, ArticleExtraction> bySource = new HashMap<>();
        articles.forEach(a -> bySource.put(a.article().source(), a));
        for (MergedEvent m : events) {
            for (Event e : m.sources()) {
                ArticleExtraction a = bySource.get(e.article().source());
                if (!index.containsKey(e.id()) && a != null) {
                    index.put(e.id(), indexIn(a, e));
                }
            }
        }
        return new RankEvidence(mentions, index, published);
    }

    /** The index of each of the article's mentions' sentences, by event id. */
    public static Map<String, Integer> sentenceIndices(ArticleExtraction a) {
        Map<String, Integer> index = new HashMap<>();
        for (Event e : a.events()) {
            index.put(e.id(), indexIn(a, e));
        }
        return index;
    }

    private static int indexIn(ArticleExtraction a, Event e) {
        return a.text().sentences().isEmpty() ? UNKNOWN_SENTENCE : a.text().sentenceAt(e.sentenceBegin()).index();
    }

    int sentenceIndex(Event e) {
        return sentenceIndex.getOrDefault(e.id(), UNKNOWN_SENTENCE);
    }

    /** The first day an article was published, or null. */
    LocalDate firstPublished() {
        return published.keySet().stream().min(LocalDate::compareTo).orElse(null);
    }
}

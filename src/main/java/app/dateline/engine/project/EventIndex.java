package app.dateline.engine.project;

import app.dateline.engine.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the event an {@link EventKey} names in a new reading of the corpus: by article, offsets and text;
 * failing that (the article was edited and the offsets moved) by text within the same sentence, nearest to
 * the old offset; and when the article's folder moved, by the article's file name if only one article has it.
 */
final class EventIndex {

    private final Map<String, List<Event>> byArticle = new HashMap<>();
    private final Map<String, List<String>> articlesByName = new HashMap<>();

    EventIndex(List<Event> events) {
        for (Event e : events) {
            String article = ArticlePaths.absolute(e.article().source());
            byArticle.computeIfAbsent(article, k -> {
                articlesByName.computeIfAbsent(ArticlePaths.fileName(k), n -> new ArrayList<>()).add(k);
                return new ArrayList<>();
            }).add(e);
        }
    }

    Optional<Event> find(EventKey key) {
        List<Event> events = byArticle.get(key.article());
        if (events == null) {
            List<String> sameName = articlesByName.getOrDefault(ArticlePaths.fileName(key.article()), List.of());
            if (sameName.size() != 1) {
                return Optional.empty();
            }
            events = byArticle.get(sameName.get(0));
        }
        for (Event e : events) {
            if (e.mention().begin() == key.begin() && e.mention().end() == key.end() && e.mention().text().equals(key.text())) {
                return Optional.of(e);
            }
        }
        Event best = null;
        for (Event e : events) {
            if (e.mention().text().equals(key.text()) && key.sentence() != null && squash(e.sentence()).equals(squash(key.sentence()))
                    && (best == null || Math.abs(e.mention().begin() - key.begin()) < Math.abs(best.mention().begin() - key.begin()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The events a list of keys names, those found. */
    List<Event> findAll(List<EventKey> keys) {
        List<Event> out = new ArrayList<>();
        for (EventKey k : keys) {
            find(k).ifPresent(out::add);
        }
        return out;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

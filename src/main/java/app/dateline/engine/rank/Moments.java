package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One moment, one place among the key events. An event is part of a more important event's moment when no
 * article tells it without telling that event too, both are dated to one day, the days are the same or next to
 * each other, and the two share a word of their labels or a name of their summaries: "Blinken met with
 * ministers" on Wednesday evening, told only in the article of "Blinken stated Thursday that the world was
 * unified" at the UN. Its importance is multiplied by a factor, so that a top N shows N moments rather than one
 * moment twice. The most important event of a moment is never lowered; events are taken from the most important
 * down (ties: the order given), so the result does not depend on anything but the events and their order.
 */
final class Moments {

    /** Two days at most this far apart can be one moment. */
    static final int DAYS_APART = 1;

    private final Tokenizer tokenizer;

    Moments(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The events in the same order, those that are part of a more important event's moment with importance × factor. */
    List<MergedEvent> discount(List<MergedEvent> events, double factor) {
        if (factor == 1) {
            return events;
        }
        List<Integer> order = new ArrayList<>();
        Map<Integer, Candidate> candidates = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Candidate c = candidate(events.get(i));
            if (c != null) {
                candidates.put(i, c);
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -events.get(i).importance()).thenComparingInt(i -> i));
        Map<String, List<Candidate>> heads = new HashMap<>();
        List<MergedEvent> out = new ArrayList<>(events);
        for (int i : order) {
            Candidate c = candidates.get(i);
            if (partOfAMoment(c, heads.getOrDefault(c.articles.iterator().next(), List.of()))) {
                out.set(i, c.event.withImportance(c.event.importance() * factor));
            } else {
                for (String a : c.articles) {
                    heads.computeIfAbsent(a, k -> new ArrayList<>()).add(c);
                }
            }
        }
        return out;
    }

    /** An event told (not only stamped) on one day, with its articles; null for any other. */
    private Candidate candidate(MergedEvent m) {
        LocalDate day = DayEvidence.day(m.date());
        Set<String> articles = articles(m);
        return day == null || articles.isEmpty() ? null : new Candidate(m, day, articles);
    }

    /**
     * The articles that tell an event this pass can lower or keep as a head (an event dated to one day with a
     * positive importance), sorted; empty for any other event, which the pass leaves alone. Every event that
     * decides an event's moment tells all of its articles, so the events of one article decide each of theirs.
     */
    static Set<String> articles(MergedEvent m) {
        Set<String> articles = new TreeSet<>();
        if (DayEvidence.day(m.date()) == null || m.importance() <= 0) {
            return articles;
        }
        for (Event e : m.sources()) {
            if (!Stamps.isStamp(e)) {
                articles.add(e.article().source());
            }
        }
        return articles;
    }

    /** True when one of the more important events already kept is the head of this event's moment. */
    private boolean partOfAMoment(Candidate c, List<Candidate> heads) {
        for (Candidate head : heads) {
            if (head.event.importance() > c.event.importance()
                    && Math.abs(head.day.toEpochDay() - c.day.toEpochDay()) <= DAYS_APART
                    && head.articles.containsAll(c.articles)
                    && words(head).stream().anyMatch(words(c)::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The words of an event's headline and the names of its summary, read when first asked for. */
    private Set<String> words(Candidate c) {
        if (c.words == null) {
            c.words = new HashSet<>(tokenizer.terms(c.event.label()));
            c.words.addAll(tokenizer.names(c.event.summary()));
        }
        return c.words;
    }

    private static final class Candidate {
        final MergedEvent event;
        final LocalDate day;
        final Set<String> articles;
        Set<String> words;

        Candidate(MergedEvent event, LocalDate day, Set<String> articles) {
            this.event = event;
            this.day = day;
            this.articles = articles;
        }
    }
}

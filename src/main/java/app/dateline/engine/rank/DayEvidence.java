package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.timex.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a corpus says about each day: which articles date an event to it, on which later days articles still
 * refer to it, how many articles were published on it, and its events. Only events of day (or time) precision
 * count: "June 2010" is no evidence for any one day of June.
 */
public final class DayEvidence {

    /** A reference counts as "later" when the article appeared more than this many days after the day. */
    static final int LATER_AFTER_DAYS = 2;

    private final Map<LocalDate, Set<String>> referring = new HashMap<>();
    private final Map<LocalDate, Set<LocalDate>> laterDays = new HashMap<>();
    private final Map<LocalDate, Integer> published = new HashMap<>();
    private final Map<LocalDate, List<Event>> events = new TreeMap<>();
    private final Map<LocalDate, List<ArticleExtraction>> articlesOf = new HashMap<>();
    private LocalDate firstPublished;

    /**
     * @param articles the articles, in a fixed order (their events and publication dates are read)
     * @param from     first day of the window, or null for no limit
     * @param to       last day of the window (inclusive), or null
     */
    public DayEvidence(List<ArticleExtraction> articles, LocalDate from, LocalDate to) {
        for (ArticleExtraction a : articles) {
            LocalDate pub = a.article().published();
            if (pub != null) {
                firstPublished = firstPublished == null || pub.isBefore(firstPublished) ? pub : firstPublished;
                published.merge(pub, 1, Integer::sum);
                articlesOf.computeIfAbsent(pub, d -> new ArrayList<>()).add(a);
            }
            for (Event e : a.events()) {
                LocalDate day = day(e);
                if (day == null || from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                    continue;
                }
                referring.computeIfAbsent(day, d -> new HashSet<>()).add(a.article().source());
                events.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
                if (pub != null && pub.isAfter(day.plusDays(LATER_AFTER_DAYS))) {
                    laterDays.computeIfAbsent(day, d -> new HashSet<>()).add(pub);
                }
            }
        }
    }

    /** The day an event is dated to, when it names one day (a date or a time on it), else null. */
    static LocalDate day(Event e) {
        Timex t = e.timex();
        if (!e.isPlottable() || !t.granularity().isPoint() || t.from() == null || !t.from().equals(t.to())) {
            return null;
        }
        return t.from();
    }

    public int references(LocalDate day) {
        return referring.getOrDefault(day, Set.of()).size();
    }

    public int laterDays(LocalDate day) {
        return laterDays.getOrDefault(day, Set.of()).size();
    }

    public int published(LocalDate day) {
        return published.getOrDefault(day, 0);
    }

    /** The events dated to the day, in the order of the articles and of their text. */
    public List<Event> events(LocalDate day) {
        return events.getOrDefault(day, List.of());
    }

    /** The articles published on the day, in the order given. */
    public List<ArticleExtraction> articlesPublished(LocalDate day) {
        return articlesOf.getOrDefault(day, List.of());
    }

    /** Every day that is dated by some event or has articles published on it. */
    public Set<LocalDate> days() {
        Set<LocalDate> out = new HashSet<>(events.keySet());
        out.addAll(published.keySet());
        return out;
    }

    /** How much the corpus says the day mattered, by the weights. */
    public double score(LocalDate day, RankWeights w) {
        double background = firstPublished != null && day.isBefore(firstPublished.minusYears(w.backgroundYears())) ? w.background() : 1;
        return background * (w.references() * Math.log1p(references(day)) + w.laterDays() * Math.log1p(laterDays(day))
                + w.published() * Math.log1p(published(day)) + w.publishedNext() * Math.log1p(published(day.plusDays(1))));
    }
}

package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a story's events say about each day: which articles date an event to it, on which later days articles
 * still refer to it, how many articles were published on it, and its events. The events are the merged ones
 * (one happening however often told): an event dated to one day counts every article that tells it for that
 * day, also those whose own mention was coarser ("in April", merged with "April 20"); an event whose sources
 * disagree on the day counts each day-precise source for its own day. Events of a coarser date ("June 2010")
 * are no evidence for any one day of it, nor are stamps and mentions coarser than a month ({@link #tellsTheDay}).
 */
public final class DayEvidence {

    /** A reference counts as "later" when the article appeared more than this many days after the day. */
    static final int LATER_AFTER_DAYS = 2;

    private final Map<LocalDate, Set<String>> referring = new HashMap<>();
    private final Map<LocalDate, Set<LocalDate>> laterDays = new HashMap<>();
    private final Map<LocalDate, Integer> published = new HashMap<>();
    private final Map<LocalDate, Set<MergedEvent>> events = new TreeMap<>();
    private final Map<LocalDate, List<Event>> mentions = new TreeMap<>();
    private final Map<LocalDate, List<ArticleExtraction>> articlesOf = new HashMap<>();
    private LocalDate firstPublished;
    private LocalDate lastPublished;

    /**
     * @param articles the articles, in a fixed order (their publication dates are read)
     * @param story    the story's events (merged, in a fixed order); hidden and unplottable ones are left out
     * @param from     first day of the window, or null for no limit
     * @param to       last day of the window (inclusive), or null
     */
    public DayEvidence(List<ArticleExtraction> articles, List<MergedEvent> story, LocalDate from, LocalDate to) {
        this(articles, story, from, to, StoryWords.UNKNOWN);
    }

    public DayEvidence(List<ArticleExtraction> articles, List<MergedEvent> story, LocalDate from, LocalDate to, StoryWords words) {
        for (ArticleExtraction a : articles) {
            LocalDate pub = a.article().published();
            if (pub != null && words.belonging(a.article().source()) > 0) {
                firstPublished = firstPublished == null || pub.isBefore(firstPublished) ? pub : firstPublished;
                lastPublished = lastPublished == null || pub.isAfter(lastPublished) ? pub : lastPublished;
                published.merge(pub, 1, Integer::sum);
                articlesOf.computeIfAbsent(pub, d -> new ArrayList<>()).add(a);
            }
        }
        for (MergedEvent m : story) {
            if (m.hidden() || !m.isPlottable()) {
                continue;
            }
            LocalDate whole = day(m.date());
            for (Event e : m.sources()) {
                LocalDate day = whole != null ? whole : day(e);
                if (day == null || from != null && day.isBefore(from) || to != null && day.isAfter(to)
                        || !tellsTheDay(e, whole) || words.belonging(e.article().source()) == 0) {
                    continue;
                }
                referring.computeIfAbsent(day, d -> new HashSet<>()).add(e.article().source());
                events.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(m);
                mentions.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
                LocalDate pub = e.article().published();
                if (pub != null && pub.isAfter(day.plusDays(LATER_AFTER_DAYS))) {
                    laterDays.computeIfAbsent(day, d -> new HashSet<>()).add(pub);
                }
            }
        }
    }

    /**
     * Whether a source of an event is evidence for the event's day. A date that stamps a text ({@link Stamps}: a
     * wire story's time stamp, a reader's comment) tells when something was written, not that something happened
     * that day, as for the importance. A mention coarser than a month merged into an event of one day ("in
     * 2010") says nothing about that day: a month ("in April", "last month") or a week still points at it.
     */
    static boolean tellsTheDay(Event e, LocalDate whole) {
        if (Stamps.isStamp(e)) {
            return false;
        }
        Granularity g = e.timex().granularity();
        return whole == null || g.isPoint() || g == Granularity.WEEK || g == Granularity.MONTH;
    }

    /** The day a date names, when it names one (a date or a time on it), else null. */
    static LocalDate day(EventDate d) {
        if (!d.isPlottable() || !d.granularity().isPoint() || d.isRange() || !d.from().equals(d.to())) {
            return null;
        }
        return d.from();
    }

    /** The day a mention is dated to, when it names one day, else null. */
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

    /**
     * How many articles tell the day's news the day after: those published the next day. After the corpus's last
     * day of publication nothing is known, not nothing was printed: for that day the articles of the day itself
     * stand in for the next day's, so the latest day of a folder is not ranked down for the articles it cannot
     * have yet.
     */
    public int publishedNext(LocalDate day) {
        return day.equals(lastPublished) ? published(day) : published(day.plusDays(1));
    }

    /** The events dated to the day, in the story's order. */
    public List<MergedEvent> events(LocalDate day) {
        return List.copyOf(events.getOrDefault(day, Set.of()));
    }

    /**
     * The mentions that date something to the day and are evidence for it ({@link #tellsTheDay}), in the story's
     * order.
     */
    public List<Event> mentions(LocalDate day) {
        return mentions.getOrDefault(day, List.of());
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
                + w.published() * Math.log1p(published(day)) + w.publishedNext() * Math.log1p(publishedNext(day)));
    }
}

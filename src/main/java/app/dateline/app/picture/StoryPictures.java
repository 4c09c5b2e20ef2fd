package app.dateline.app.picture;

import app.dateline.app.model.ArticleSeries;
import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.OpeningView;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.story.KeyEvents;
import app.dateline.engine.timex.DateInWords;
import app.dateline.engine.timex.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Makes the {@link StoryPicture} of a story's events: what every published layout (SVG, PNG, HTML) shows. */
public final class StoryPictures {

    /** From how many events the title's years are those the window opens on (below, the axis is plain). */
    static final int OPENING_EVENTS = 12;

    private StoryPictures() {
    }

    /**
     * @param shown      the events to draw (on the timeline, not hidden; the top N when the user asked)
     * @param all        how many events the story has on the timeline (more than {@code shown} after a top N)
     * @param undated    how many events have no date on the calendar ("now", durations): named, not drawn
     * @param title      the title, or null to make one of the words the articles' titles share
     * @param from       first day to show, or null for all
     * @param to         the day after the last to show, or null
     * @param colours    the story's colours, the window's (every article read, in the order read)
     */
    public static StoryPicture of(List<MergedEvent> shown, int all, int undated, String title, Double from, Double to,
                                  ArticleSeries colours) {
        List<MergedEvent> events = shown.stream().filter(MergedEvent::isPlottable)
                .filter(m -> from == null || start(m) < to && end(m) > from)
                .sorted(Comparator.comparingDouble(StoryPictures::start).thenComparingDouble(StoryPictures::end))
                .toList();
        SourceGroups groups = new SourceGroups(colours, events.stream().map(m -> m.sources().get(0).article()).toList());
        Set<String> key = new HashSet<>();
        int keys = app.dateline.app.timeline.layout.TimelineModel.keyCount(events.size());
        KeyEvents.ranked(events).stream().limit(keys).forEach(m -> key.add(m.id()));
        List<PictureEvent> drawn = new ArrayList<>();
        Set<Article> articles = new LinkedHashSet<>();
        for (MergedEvent m : events) {
            m.sources().forEach(s -> articles.add(s.article()));
            drawn.add(event(m, groups.of(m.sources().get(0).article()), key.contains(m.id()), colours));
        }
        AxisBreaks axis = AxisBreaks.of(drawn.stream().map(e -> new double[] {e.start(), e.end()}).toList());
        String name = title != null && !title.isBlank() ? title.strip()
                : PictureTitle.of(articles.stream().map(Article::displayTitle).distinct().toList(), years(axis, events));
        return new StoryPicture(name, subtitle(drawn, articles.size(), all), drawn, groups.groups(),
                notShown(drawn.size(), all, undated, shown.size() - events.size()), credit(articles, colours));
    }

    /**
     * The picture of a whole timeline: its visible events; those with no date on the calendar are counted.
     *
     * @param articles the articles read, in the order read (the window's colours); empty when not known: then the
     *                 articles that tell the timeline's events, in the order a folder is read
     */
    public static StoryPicture of(Timeline timeline, String title, List<Article> articles) {
        List<MergedEvent> visible = timeline.visible();
        return of(visible, visible.size(), undated(timeline.events()), title, null, null, colours(timeline, articles));
    }

    /** The picture of a whole timeline whose reading is not known: coloured by its events' articles in path order. */
    public static StoryPicture of(Timeline timeline, String title) {
        return of(timeline, title, List.of());
    }

    /** The window's colours of a timeline read from {@code articles} (or, when empty, from its events' articles). */
    public static ArticleSeries colours(Timeline timeline, List<Article> articles) {
        if (!articles.isEmpty()) {
            return ArticleSeries.ofArticles(articles);
        }
        List<Article> told = new ArrayList<>();
        timeline.events().forEach(m -> m.sources().forEach(s -> told.add(s.article())));
        return ArticleSeries.ofSources(told);
    }

    /**
     * The events not hidden whose date is not on the calendar (durations, "now"): counted under a picture. A date
     * that says when a text was written (a stamp, the article's date line) is on the calendar but no event: not counted.
     */
    public static int undated(List<MergedEvent> events) {
        return (int) events.stream().filter(m -> !m.hidden() && !m.date().isPlottable()).count();
    }

    static double start(MergedEvent m) {
        return m.date().from().toEpochDay();
    }

    static double end(MergedEvent m) {
        return m.date().to().toEpochDay() + 1.0;
    }

    private static PictureEvent event(MergedEvent m, int group, boolean key, ArticleSeries colours) {
        Event first = m.sources().get(0);
        boolean point = (m.date().granularity() == Granularity.DAY || m.date().granularity() == Granularity.TIME)
                && m.date().from().equals(m.date().to());
        Set<String> sources = new LinkedHashSet<>();
        List<PictureEvent.Excerpt> excerpts = new ArrayList<>();
        for (Event s : m.sources()) {
            sources.add(colours.sourceNameOf(s.article()));
            excerpts.add(new PictureEvent.Excerpt(s.excerpt(), s.excerptMentionBegin(), s.excerptMentionEnd(), describe(s.article())));
        }
        return new PictureEvent(m.id(), start(m), end(m), point, DateInWords.of(m.date().timex()), m.label(),
                first.sentence().strip(), List.copyOf(sources), group, m.sourcesDisagree(), key, excerpts);
    }

    /** "Foreign Affairs, “America Can’t Isolate the Taliban”, March 5, 2024". */
    static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.publisher() != null && !a.publisher().isBlank()) {
            b.append(a.publisher().strip()).append(", ");
        }
        b.append('\u201c').append(a.displayTitle()).append('\u201d');
        if (a.published() != null) {
            b.append(", ").append(DateInWords.range(a.published(), a.published()));
        }
        return b.toString();
    }

    /**
     * The story's years for its title: those of the stretch the window opens on ({@link OpeningView#opening}: the
     * densest stretch, or the heart of a big story's key events), so pooled H1N1, whose background recalls 1947 to
     * 2020, is "H1N1, 2009"; a story told all along keeps all its years ("The Taliban, 2020–2024").
     */
    static String years(AxisBreaks axis, List<MergedEvent> events) {
        if (events.isEmpty()) {
            return null;
        }
        double[] story = axis.storyDays();
        if (events.size() >= OPENING_EVENTS) {
            story = OpeningView.opening(events.stream().map(m -> TimelineItem.of(m, 0)).toList(), story);
        }
        int y0 = LocalDate.ofEpochDay((long) Math.floor(story[0])).getYear();
        int y1 = LocalDate.ofEpochDay((long) Math.ceil(story[1]) - 1).getYear();
        return y0 == y1 ? String.valueOf(y0) : y0 + "\u2013" + y1;
    }

    private static String subtitle(List<PictureEvent> drawn, int articles, int all) {
        if (drawn.isEmpty()) {
            return "No dated events";
        }
        double first = drawn.stream().mapToDouble(PictureEvent::start).min().orElse(0);
        double last = drawn.stream().mapToDouble(PictureEvent::end).max().orElse(1);
        String range = DateInWords.range(LocalDate.ofEpochDay((long) first), LocalDate.ofEpochDay((long) last - 1));
        String what = drawn.size() < all ? "The " + drawn.size() + " key events of " + all
                : drawn.size() + (drawn.size() == 1 ? " event" : " events");
        return what + " told by " + articles + (articles == 1 ? " article" : " articles") + " · " + range;
    }

    private static String notShown(int drawn, int all, int undated, int outside) {
        List<String> parts = new ArrayList<>();
        if (all > drawn + outside) {
            parts.add((all - drawn - outside) + " less important events are left out");
        }
        if (outside > 0) {
            parts.add(outside + (outside == 1 ? " event lies" : " events lie") + " outside the range shown");
        }
        if (undated > 0) {
            parts.add(undated + (undated == 1 ? " mention has" : " mentions have") + " no date on the calendar (durations, \u201cnow\u201d)");
        }
        if (parts.isEmpty()) {
            return null;
        }
        String s = String.join("; ", parts) + ".";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String credit(Set<Article> articles, ArticleSeries colours) {
        Set<String> names = new LinkedHashSet<>();
        articles.forEach(a -> names.add(colours.sourceNameOf(a)));
        List<String> list = new ArrayList<>(names);
        String sources = list.size() <= 8 ? String.join(", ", list)
                : String.join(", ", list.subList(0, 8)) + " and " + (list.size() - 8) + " more";
        return "Sources: " + sources + " \u00b7 Timeline made with Dateline";
    }
}

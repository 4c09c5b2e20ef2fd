package app.dateline.engine.project;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexValues;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One thing the user does to a project. An edit makes a new project from the old one; undo goes back to the old
 * one ({@link EditHistory}), so every edit reverts exactly. The factories check their input and throw
 * {@link IllegalArgumentException} with a message for the user.
 */
public interface Edit {

    Project apply(Project project);

    /** "Change date to 2021-08": for the Undo and Redo menu items. */
    String description();

    static Edit changeDate(MergedEvent event, String value, TimexMod mod) {
        String v = value == null ? "" : value.strip();
        if (!isPlaceable(v)) {
            throw new IllegalArgumentException("'" + value + "' is not a date Dateline can place: use a TIMEX3 value such as "
                    + "2021-08, 2021-08-15, 2021-SU or 2021");
        }
        DateCorrection c = new DateCorrection(EventRef.of(event), v, mod);
        return of("Change date to " + v + (mod == null ? "" : " (" + mod.name().toLowerCase(Locale.ROOT) + ")"),
                p -> p.withDateCorrection(c));
    }

    /** True when {@code value} is a TIMEX3 date Dateline can put on the timeline. */
    static boolean isPlaceable(String value) {
        try {
            return value != null && TimexValues.granularity(value) != Granularity.NONE && TimexValues.span(value) != null;
        } catch (RuntimeException notAValue) {
            return false;
        }
    }

    static Edit changeLabel(MergedEvent event, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a label cannot be empty");
        }
        LabelCorrection c = new LabelCorrection(EventRef.of(event), label.strip());
        return of("Change label", p -> p.withLabelCorrection(c));
    }

    static Edit hide(MergedEvent event) {
        EventRef r = EventRef.of(event);
        return of("Hide event", p -> p.withHidden(r, true));
    }

    static Edit show(MergedEvent event) {
        EventRef r = EventRef.of(event);
        return of("Show event", p -> p.withHidden(r, false));
    }

    /**
     * An event from a phrase the user selected in an article body.
     *
     * @param value the TIMEX3 value, or null to let the engine read the phrase
     * @param label the label, or null for one made from the sentence
     */
    static Edit addEvent(String article, String body, int begin, int end, String value, TimexMod mod, String label) {
        if (begin < 0 || end > body.length() || end <= begin || body.substring(begin, end).isBlank()) {
            throw new IllegalArgumentException("select a phrase in the article to make an event of it");
        }
        if (value != null && (TimexValues.granularity(value.strip()) == Granularity.NONE || TimexValues.span(value.strip()) == null)) {
            throw new IllegalArgumentException("'" + value + "' is not a date Dateline can place");
        }
        String path = ArticlePaths.absolute(article);
        AddedEvent a = new AddedEvent("user:" + path + "#" + begin + "-" + end, path, begin, end, body.substring(begin, end),
                value == null ? null : value.strip(), mod, label);
        return of("Add event '" + a.text() + "'", p -> p.withAddedEvent(a));
    }

    static Edit merge(MergedEvent a, MergedEvent b) {
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("pick two different events to merge");
        }
        ManualMerge m = new ManualMerge(EventRef.of(a).sources(), EventRef.of(b).sources());
        return of("Merge events", p -> p.withMerge(m));
    }

    /** Takes {@code detached} sources out of a merged event; they stay together as one event if several. */
    static Edit split(MergedEvent event, List<Event> detached) {
        List<EventKey> out = detached.stream().map(EventKey::of).toList();
        List<EventKey> rest = EventRef.of(event).sources().stream().filter(k -> !out.contains(k)).toList();
        if (out.isEmpty() || rest.isEmpty()) {
            throw new IllegalArgumentException("to split an event, take out some of its sources but not all");
        }
        ManualSplit s = new ManualSplit(out, rest);
        return of("Split event", p -> p.withSplit(s));
    }

    private static Edit of(String description, UnaryOperator<Project> f) {
        return new Edit() {
            @Override
            public Project apply(Project project) {
                return f.apply(project);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}

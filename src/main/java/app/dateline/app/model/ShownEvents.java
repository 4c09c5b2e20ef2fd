package app.dateline.app.model;

import app.dateline.app.timeline.layout.SourceBadge;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged events of a timeline as the views draw them: one {@link Event} per merged event, standing for all
 * its sources. It is the first source with the merged event's id, date (a range when sources disagree) and
 * label, the label carrying the badge: "×4" for the number of articles, "⚠" when they disagree on the date.
 * Keeps which merged event each drawn event stands for, and which drawn event holds each source.
 */
public final class ShownEvents {

    private final List<Event> events = new ArrayList<>();
    private final Map<String, MergedEvent> merged = new HashMap<>();
    private final Map<String, Event> bySource = new HashMap<>();

    public ShownEvents(Timeline timeline) {
        for (MergedEvent m : timeline.events()) {
            if (m.hidden()) {
                continue;
            }
            Event shown = drawn(m);
            events.add(shown);
            merged.put(shown.id(), m);
            for (Event s : m.sources()) {
                bySource.put(s.id(), shown);
            }
        }
    }

    /** The drawn events, in the timeline's order, hidden ones left out. */
    public List<Event> events() {
        return events;
    }

    /** The merged event a drawn event stands for, or null. */
    public MergedEvent mergedOf(Event drawn) {
        return drawn == null ? null : merged.get(drawn.id());
    }

    /** The drawn event holding a source (or the drawn event itself), or null when it is hidden or unknown. */
    public Event drawnOf(Event source) {
        if (source == null) {
            return null;
        }
        return bySource.get(source.id()); // a drawn event has the id of its first source
    }

    static Event drawn(MergedEvent m) {
        Event first = m.sources().get(0);
        EventDate d = m.date();
        Mention fm = first.mention();
        Timex t = new Timex(d.type(), d.value(), d.mod(), d.from(), d.to(), d.granularity());
        Mention mention = new Mention(fm.begin(), fm.end(), fm.text(), t, fm.anchor(), fm.sentence(), fm.paragraph(), fm.origin());
        return new Event(m.id(), first.article(), mention, label(m), first.sentence(), first.excerpt(),
                first.sentenceBegin(), first.excerptBegin(), first.trigger());
    }

    /** "Taliban take Kabul  ×4 ⚠". */
    public static String label(MergedEvent m) {
        return SourceBadge.label(m.label(), m.sourceCount(), m.sourcesDisagree());
    }
}

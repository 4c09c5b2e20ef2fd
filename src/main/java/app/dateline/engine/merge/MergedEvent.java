package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * One event on the timeline with every source that describes it: one mention, or several from different
 * articles merged because their dates agree and their sentences say the same thing. Carries the user's
 * corrections once a project is applied: the label and date in effect, whether it is hidden, and what the
 * sources themselves say ({@link #extractedLabel()}, {@link #extractedDate()}).
 *
 * @param id           stable while its first source stays: the id of that source
 * @param label        the label in effect (the user's, else the most representative source's)
 * @param date         the date in effect (the user's, else the sources' combined date)
 * @param sources      the mentions, by article date then position
 * @param disagreement when sources give dates with no day in common: who says what; else null
 * @param summary      the one source sentence that tells the event best (see the README, "Merging")
 * @param importance   how central the event is to the story, higher is more (0 until ranked; see
 *                     {@code app.dateline.engine.rank.EventRanker})
 */
public record MergedEvent(String id, String label, EventDate date, List<Event> sources, Disagreement disagreement,
                          String extractedLabel, EventDate extractedDate, boolean hidden, String summary,
                          double importance) implements java.io.Serializable {

    public MergedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one source");
        }
        if (summary == null) {
            summary = sources.get(0).sentence().strip();
        }
    }

    /** An event as the merger made it, before any correction. */
    static MergedEvent of(String id, String label, EventDate date, List<Event> sources, Disagreement disagreement,
                          String summary) {
        return new MergedEvent(id, label, date, sources, disagreement, label, date, false, summary, 0);
    }

    /** How many different articles describe it: the count shown on its mark. */
    public int sourceCount() {
        return (int) sources.stream().map(e -> e.article().source()).distinct().count();
    }

    public boolean isMerged() {
        return sources.size() > 1;
    }

    public boolean sourcesDisagree() {
        return disagreement != null;
    }

    /**
     * On the timeline: an anchored date, and not only dates that tell no event ({@link Event#noEvent()}: the article's
     * own "Published:" line, a stamp such as a reader's comment's, a date asked about, a sentence not in English).
     */
    public boolean isPlottable() {
        return date.isPlottable() && sources.stream().anyMatch(e -> e.noEvent() == null);
    }

    public boolean labelCorrected() {
        return !label.equals(extractedLabel);
    }

    public boolean dateCorrected() {
        return !date.equals(extractedDate);
    }

    public MergedEvent withLabel(String newLabel) {
        return new MergedEvent(id, newLabel, date, sources, disagreement, extractedLabel, extractedDate, hidden, summary,
                importance);
    }

    /**
     * The event as the merger made it, with another label and summary of its own (not a correction): a timeline file's
     * words for it, opened again.
     */
    public MergedEvent withOwnTexts(String ownLabel, String ownSummary) {
        return new MergedEvent(id, ownLabel, date, sources, disagreement, ownLabel, extractedDate, hidden, ownSummary,
                importance);
    }

    public MergedEvent withDate(EventDate newDate) {
        return new MergedEvent(id, label, newDate, sources, disagreement, extractedLabel, extractedDate, hidden, summary,
                importance);
    }

    public MergedEvent withHidden(boolean hide) {
        return new MergedEvent(id, label, date, sources, disagreement, extractedLabel, extractedDate, hide, summary,
                importance);
    }

    public MergedEvent withImportance(double newImportance) {
        return new MergedEvent(id, label, date, sources, disagreement, extractedLabel, extractedDate, hidden, summary,
                newImportance);
    }
}

package app.dateline.engine.story;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import java.util.List;

/**
 * A corpus read into its timeline: the reading, the project whose corrections apply, and the merged, corrected
 * events. The window, {@code export} (every format) and {@code export-png} all show {@link #shown(int)}.
 *
 * @param stopped whether the reading was stopped early (then nothing was merged)
 */
public record Story(CorpusExtraction reading, Project project, Timeline timeline, boolean stopped) {

    /** The events to draw: on the timeline, not hidden; the {@code top} most important only when {@code top > 0}. */
    public List<MergedEvent> shown(int top) {
        return KeyEvents.top(timeline.visible(), top);
    }
}

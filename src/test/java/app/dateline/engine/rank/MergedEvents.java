package app.dateline.engine.rank;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import java.util.List;

/** Merged events for the ranking's tests, made from the mentions of a corpus read from test articles. */
final class MergedEvents {

    private MergedEvents() {
    }

    /** The mention of {@code file} whose sentence contains {@code sentencePart}. */
    static Event in(CorpusExtraction corpus, String file, String sentencePart) {
        return corpus.events().stream()
                .filter(e -> e.article().source().endsWith(file) && e.sentence().contains(sentencePart))
                .findFirst().orElseThrow();
    }

    /** One event told by {@code sources}, labelled and dated by the first of them, not yet ranked. */
    static MergedEvent merged(Event... sources) {
        EventDate d = EventDate.of(sources[0].timex());
        return new MergedEvent(sources[0].id(), sources[0].label(), d, List.of(sources), null, sources[0].label(), d, false, null, 0);
    }
}

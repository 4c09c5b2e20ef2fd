package app.dateline.app.timeline;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;

/** Events made up for the timeline's tests: a TIMEX3 date and a label, told by one made-up article. */
public final class MadeUpEvents {

    private MadeUpEvents() {
    }

    /**
     * The event {@code article} tells at character {@code at} (its id is the article's source and {@code at}), on
     * the date {@code value} (with {@code mod}, or null), labelled {@code label}, as the merger leaves an event told once.
     */
    public static MergedEvent told(Article article, int at, String value, TimexMod mod, String label) {
        Timex t = Timex.of(TimexType.DATE, value, mod);
        Mention m = new Mention(at, at + 1, value, t, Anchor.explicit(), 0, 0, "test");
        return SyntheticEvents.alone(new Event(article.source() + "#" + at, article, m, label, label, label, 0, 0));
    }

    /** The day {@code iso} (YYYY-MM-DD) as the timeline counts days: its epoch day. */
    public static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }
}

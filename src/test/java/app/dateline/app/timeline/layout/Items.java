package app.dateline.app.timeline.layout;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.app.timeline.MadeUpEvents;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.TimexMod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small events for layout tests: a TIMEX3 value and a label, in a made-up article. */
final class Items {

    static final Article ARTICLE = new Article("test/a.txt", "A", "Wire", LocalDate.of(2024, 3, 5), DateOrigin.FRONT_MATTER,
            "body", List.of());

    /** Every character is 6 pixels wide. */
    static final TextMeasure SIX = s -> 6.0 * s.length();

    private static int next;

    private Items() {
    }

    static MergedEvent event(String value, TimexMod mod, String label) {
        return MadeUpEvents.told(ARTICLE, next++, value, mod, label);
    }

    static TimelineItem item(String value, String label) {
        return TimelineItem.of(event(value, null, label), 0).fitted(SIX, 250);
    }

    static double day(String iso) {
        return MadeUpEvents.day(iso);
    }

    /** A story told every other month from January of one year to November of another: periods a month long. */
    static List<double[]> story(int fromYear, int toYear) {
        List<double[]> periods = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (int m = 1; m <= 12; m += 2) {
                LocalDate d = LocalDate.of(y, m, 1);
                periods.add(new double[] {d.toEpochDay(), d.plusMonths(1).toEpochDay()});
            }
        }
        return periods;
    }
}

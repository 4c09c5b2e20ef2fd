package app.dateline.app.timeline;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up events for benchmarks (each told by one article): spread over decades, in many articles, with the mix of precisions news has
 * (mostly days and months, some weeks, seasons, years, early/mid/late parts and decades) and labels of
 * news-like length. The same seed gives the same events.
 */
public final class SyntheticEvents {

    private static final String[] WORDS = ("the minister said talks with officials would resume after the summit "
            + "government envoy capital embassy sanctions council vote delegation agreement ceasefire protest "
            + "election parliament court ruling report aid border troops withdrawal meeting statement").split(" ");

    private SyntheticEvents() {
    }

    public static List<MergedEvent> make(int count, long seed) {
        Random r = new Random(seed);
        int articles = Math.max(1, Math.min(200, count / 50));
        List<Article> arts = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            arts.add(new Article("synthetic/article-" + a + ".txt", "Synthetic article " + a, "Bench Wire",
                    LocalDate.of(2024, 1, 1), DateOrigin.GIVEN, "x", List.of()));
        }
        LocalDate first = LocalDate.of(1950, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay());
        List<MergedEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // news clusters around recent years: skew the dates towards the end of the range
            LocalDate d = first.plusDays((long) (days * Math.pow(r.nextDouble(), 0.35)));
            Timex t = timex(r, d);
            StringBuilder label = new StringBuilder();
            int words = 4 + r.nextInt(14);
            for (int w = 0; w < words; w++) {
                label.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            label.setCharAt(0, Character.toUpperCase(label.charAt(0)));
            Article art = arts.get(r.nextInt(articles));
            Mention m = new Mention(i, i + 4, t.value(), t, Anchor.explicit(), 0, 0, "synthetic");
            events.add(alone(new Event(art.source() + "#" + i, art, m, label.toString(), label.toString(), label.toString(), 0, 0)));
        }
        return events;
    }

    /** An event told by one article, as the merger leaves it. */
    public static MergedEvent alone(Event e) {
        EventDate d = EventDate.of(e.timex());
        return new MergedEvent(e.id(), e.label(), d, List.of(e), null, e.label(), d, false, null, 0);
    }

    private static Timex timex(Random r, LocalDate d) {
        double p = r.nextDouble();
        String value;
        TimexMod mod = null;
        if (p < 0.50) {
            value = d.toString();
        } else if (p < 0.72) {
            value = String.format("%04d-%02d", d.getYear(), d.getMonthValue());
        } else if (p < 0.80) {
            value = String.format("%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) == d.getYear()
                    ? d.getYear() : d.getYear(), Math.min(52, d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        } else if (p < 0.85) {
            value = d.getYear() + "-" + new String[] {"SP", "SU", "FA", "WI"}[r.nextInt(4)];
        } else if (p < 0.94) {
            value = Integer.toString(d.getYear());
        } else if (p < 0.98) {
            value = Integer.toString(d.getYear());
            mod = new TimexMod[] {TimexMod.START, TimexMod.MID, TimexMod.END}[r.nextInt(3)];
        } else {
            value = Integer.toString(d.getYear() / 10);
        }
        Timex t = Timex.of(TimexType.DATE, value, mod);
        return t.isAnchoredPoint() ? t : Timex.of(TimexType.DATE, d.toString(), null);
    }
}

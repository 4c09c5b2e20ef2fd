package app.dateline.app;

import static app.dateline.app.timeline.MadeUpEvents.day;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.MadeUpEvents;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.merge.MergedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A big pooled story in the timeline, as pooled H1N1 with all its events: two thousand events told from late
 * April to mid-June 2009, three hundred weak background ones recalled all over 2000-2008, and far dates (the
 * year 1000, 1347, 1918, 2050, 2099). The view opens on the story's months, and at every zoom every event in
 * view has its label or is counted in a "+N" badge.
 */
class CrowdedStoryWindowTest {

    private static final Article ARTICLE = new Article("pooled/a.txt", "Swine flu", "Wire", LocalDate.of(2009, 6, 20),
            DateOrigin.FRONT_MATTER, "body", List.of());
    private static final String[] WORDS = ("the health minister said officials confirmed new cases of swine flu "
            + "school closed flights vaccine hospital patients pandemic alert level raised virus spread").split(" ");
    private static TimelineStage shown;
    private static TimelineView timeline;

    @BeforeAll
    static void show() throws Exception {
        shown = TimelineStage.show(pooledStory(), 1200, 420);
        timeline = shown.timeline();
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
    }

    private static List<MergedEvent> pooledStory() {
        Random r = new Random(7);
        List<MergedEvent> events = new ArrayList<>();
        LocalDate from = LocalDate.of(2009, 4, 24);
        for (int k = 0; k < 2000; k++) {
            LocalDate d = from.plusDays(r.nextInt(53));
            events.add(event(d.toString(), label(r), k % 70 == 0 ? 6 + r.nextDouble() * 3 : 1 + r.nextDouble()));
        }
        for (int k = 0; k < 300; k++) {
            LocalDate d = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9 * 365));
            events.add(event(k % 3 == 0 ? Integer.toString(d.getYear()) : d.toString(),
                    "Published a large number of articles", 0.5));
        }
        for (int k = 0; k < 30; k++) { // periods whose marks run across a view of weeks
            events.add(event(k % 2 == 0 ? "2009" : "2009-05", label(r), 0.4));
        }
        for (String far : new String[] {"1000", "1347", "1918", "2050", "2099"}) {
            events.add(event(far, "A plague epidemic was one of the worst", 0.3));
        }
        return events;
    }

    private static String label(Random r) {
        StringBuilder b = new StringBuilder();
        int words = 3 + r.nextInt(9);
        for (int w = 0; w < words; w++) {
            b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static int next;

    private static MergedEvent event(String value, String label, double importance) {
        return MadeUpEvents.told(ARTICLE, next++, value, null, label).withImportance(importance);
    }

    @Test
    void itOpensOnTheStorysMonthsNotOnTheYearsItRecalls() throws Exception {
        WindowFixture.onFx(() -> {
            timeline.fitMost(0.9);
            timeline.paintNow();
        });
        double width = timeline.getWidth();
        // the story's seven weeks fill most of the view; the years it recalls are off to the left
        double story = timeline.xOf(day("2009-06-16"), width) - timeline.xOf(day("2009-04-24"), width);
        assertThat(story).as("the story's weeks on screen").isGreaterThan(width * 0.6);
        assertThat(timeline.xOf(day("2009-01-01"), width)).as("2000-2008 off the view").isLessThan(0);
        everyEventInViewIsLabelledOrCounted("the opening view");
    }

    /**
     * Show all: the story's year holds nine tenths of the events and gets more than half the width; the nine
     * years of background before it keep a narrow place of their own, and the far dates theirs. Sized by length,
     * 2000-2009 was one block and 2009 a tenth of it.
     */
    @Test
    void showAllGivesTheStorysYearMostOfTheWidth() throws Exception {
        WindowFixture.onFx(() -> {
            timeline.fit();
            timeline.paintNow();
        });
        double width = timeline.getWidth();
        double year = timeline.xOf(day("2010-01-01"), width) - timeline.xOf(day("2009-01-01"), width);
        double background = timeline.xOf(day("2009-01-01"), width) - timeline.xOf(day("2000-01-01"), width);
        assertThat(year).as("2009 at Show all").isGreaterThan(width * 0.5);
        assertThat(background).as("2000-2008 at Show all").isGreaterThan(width * 0.04).isLessThan(year / 2);
        assertThat(timeline.xOf(day("1918-06-01"), width)).as("the far past in view, before the background")
                .isBetween(0.0, timeline.xOf(day("2000-01-01"), width));
    }

    /** The background is drawn smaller than the story, yet a fortnight of it can still fill the view. */
    @Test
    void theBackgroundZoomsInToDaysToo() throws Exception {
        WindowFixture.onFx(() -> {
            timeline.setVisibleRange(day("2004-03-01"), day("2004-03-15"));
            timeline.paintNow();
        });
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).as("days in view").isLessThan(20);
        assertThat(timeline.getVisibleStart()).isGreaterThan(day("2004-02-20"));
    }

    @Test
    void atEveryZoomEveryEventInViewHasALabelOrIsCountedInABadge() throws Exception {
        WindowFixture.onFx(() -> {
            timeline.fit();
            timeline.paintNow();
        });
        everyEventInViewIsLabelledOrCounted("show all");
        double mid = day("2009-05-10");
        for (double len : new double[] {400, 90, 30, 8}) {
            WindowFixture.onFx(() -> {
                timeline.setVisibleRange(mid - len / 2, mid + len / 2);
                timeline.paintNow();
            });
            everyEventInViewIsLabelledOrCounted(len + " days");
        }
    }

    private static void everyEventInViewIsLabelledOrCounted(String view) {
        assertThat(timeline.getClusteredCount()).as(view + ": the lanes are full").isPositive();
        assertThat(timeline.getBadges()).as(view).isNotEmpty();
        assertThat(timeline.getBadgedCount()).as(view + ": every folded mark is counted in a badge")
                .isEqualTo(timeline.getClusteredCount());
        assertThat(timeline.getUnlabelledMarks()).as(view + ": marks with neither a label nor a count").isEmpty();
        List<javafx.geometry.Bounds> badges = timeline.getBadgeBounds();
        for (int a = 0; a + 1 < badges.size(); a++) {
            assertThat(badges.get(a).getMaxX()).as(view + ": badge " + a + " of " + timeline.getBadges() + " ends before the next")
                    .isLessThanOrEqualTo(badges.get(a + 1).getMinX());
        }
        // the words naming a break's empty years ("no events, 1919–1999") never lie over a mark or a count
        for (javafx.geometry.Bounds words : timeline.getBreakWordBounds()) {
            for (javafx.geometry.Bounds badge : badges) {
                assertThat(words.intersects(badge)).as(view + ": break words " + words + " over badge " + badge).isFalse();
            }
            for (javafx.geometry.Point2D mark : timeline.clusterPositions()) {
                assertThat(words.contains(mark)).as(view + ": break words " + words + " over marks at " + mark).isFalse();
            }
        }
        List<MergedEvent> drawn = timeline.getDrawnEvents();
        for (int a = 0; a < drawn.size(); a++) {
            javafx.geometry.Bounds ba = timeline.markBounds(drawn.get(a));
            for (int b = a + 1; b < drawn.size(); b++) {
                javafx.geometry.Bounds bb = timeline.markBounds(drawn.get(b));
                boolean overlap = Math.min(ba.getMaxX(), bb.getMaxX()) - Math.max(ba.getMinX(), bb.getMinX()) > 2
                        && Math.min(ba.getMaxY(), bb.getMaxY()) - Math.max(ba.getMinY(), bb.getMinY()) > 2;
                assertThat(overlap).as(view + ": " + drawn.get(a).label() + " " + ba + " and " + drawn.get(b).label()
                        + " " + bb).isFalse();
            }
        }
    }
}

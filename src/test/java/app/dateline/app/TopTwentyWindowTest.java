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
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A story's top twenty in the window, as pooled H1N1's: fifteen of them told within eight days at the end of April,
 * each label a long sentence, one told of the whole of April, and four spread over May and June. The view is as the window opens it (late April
 * to mid-June, the crowd at its left edge, where no label has room on the left of its mark). A journalist who asked
 * for the top twenty reads twenty names: no "+4" hides any of them, no two labels overlap, and every label sits
 * beside its own mark, in its row.
 */
class TopTwentyWindowTest {

    private static final Article ARTICLE = new Article("pooled/a.txt", "Flu", "Wire", LocalDate.of(2009, 6, 20),
            DateOrigin.FRONT_MATTER, "body", List.of());
    private static final String[][] TOLD = {
        {"2009-04", "The virus spread in the towns of the south for weeks"},
        {"2009-04-24", "People in the capital were told not to kiss or shake hands"},
        {"2009-04-25", "Soldiers handed out masks at the stations of the underground"},
        {"2009-04-25", "A traveller back from the coast was taken to hospital in the north"},
        {"2009-04-25", "The health agency warned against closing the borders to travellers"},
        {"2009-04-26", "The schools of the capital were closed until further notice"},
        {"2009-04-27", "The health agency raised its alert level to four of six"},
        {"2009-04-28", "The prime minister will join a meeting of the emergency committee"},
        {"2009-04-28", "The first death of a child outside the country was confirmed"},
        {"2009-04-29", "The health agency raised its alert level to five of six"},
        {"2009-04-29", "A toddler died in a hospital near the border after a week of fever"},
        {"2009-04-29", "The airline cancelled every flight to the capital for a week"},
        {"2009-04-30", "A spokesperson said there was a ban on pork from the region"},
        {"2009-04-30", "A traveller arrived in a hotel abroad and the hotel was sealed"},
        {"2009-05-01", "Three more deaths had been confirmed in the south of the country"},
        {"2009-05-01", "Five pupils of one school were diagnosed after a trip abroad"},
        {"2009-05-11", "The vaccine makers said the first doses might be ready by autumn"},
        {"2009-06-03", "The chief of the health agency examined data from eight countries"},
        {"2009-06-11", "The health agency declared the first pandemic of the century"},
        {"2009-06-11", "A woman in the port city was confirmed as the ninth death"},
    };
    private static TimelineStage shown;
    private static TimelineView timeline;
    private static final List<MergedEvent> EVENTS = new ArrayList<>();

    @BeforeAll
    static void show() throws Exception {
        for (int k = 0; k < TOLD.length; k++) {
            EVENTS.add(event(k, TOLD[k][0], TOLD[k][1], 20 - k * 0.7));
        }
        // the timeline pane of the window at 1440x900: eleven lanes of 24 pixels
        shown = TimelineStage.show(EVENTS, 1150, 362);
        timeline = shown.timeline();
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
    }

    private static MergedEvent event(int at, String value, String label, double importance) {
        return MadeUpEvents.told(ARTICLE, at, value, null, label).withImportance(importance);
    }

    @Test
    void theOpeningViewNamesAllTwentyEachBesideItsOwnMarkWithNoOverlap() throws Exception {
        WindowFixture.onFx(() -> {
            timeline.setVisibleRange(day("2009-04-23"), day("2009-06-16"));
            timeline.paintNow();
        });
        everyEventIsNamedBesideItsMark("the opening view");
    }

    @Test
    void showAllNamesAllTwentyToo() throws Exception {
        WindowFixture.onFx(() -> {
            timeline.fit();
            timeline.paintNow();
        });
        everyEventIsNamedBesideItsMark("Show all");
    }

    private static void everyEventIsNamedBesideItsMark(String view) throws Exception {
        List<Bounds> boxes = new ArrayList<>();
        WindowFixture.onFx(() -> {
            for (int k = 0; k < EVENTS.size(); k++) {
                MergedEvent e = EVENTS.get(k);
                String told = TOLD[k][0];
                String label = timeline.drawnLabel(e);
                Point2D mark = timeline.markerPosition(e);
                Bounds box = timeline.markBounds(e);
                assertThat(label).as(view + ": the label of " + e.label()).isNotNull().isNotBlank();
                assertThat(mark.getX()).as(view + ": the mark of " + e.label() + " in view")
                        .isBetween(0.0, timeline.getWidth());
                // mark and label share one row, the label running from the mark to the right or ending at it
                assertThat(mark.getY()).as(view + ": the mark of " + e.label() + " in its label's row")
                        .isBetween(box.getMinY(), box.getMaxY());
                if (told.length() > 7) { // a day: its label runs from its mark or ends at it
                    double fromLeft = mark.getX() - box.getMinX();
                    double fromRight = box.getMaxX() - mark.getX();
                    assertThat(Math.min(fromLeft, fromRight)).as(view + ": the mark of " + e.label() + " at an end of its label")
                            .isLessThan(12);
                    assertThat(Math.max(fromLeft, fromRight)).as(view + ": the label of " + e.label() + " beside its mark")
                            .isGreaterThan(100);
                } else { // a month: its label is on its bar
                    double end = timeline.xOf(day(told + "-01") + 30, timeline.getWidth());
                    assertThat(box.getMinX()).as(view + ": the label of " + e.label() + " on its bar").isLessThan(end);
                }
                assertThat(box.getHeight()).as(view + ": a row that a 12-pixel label is read in").isGreaterThanOrEqualTo(16);
                boxes.add(box);
            }
            assertThat(timeline.getBadges()).as(view + ": counts that hide some of the top twenty").isEmpty();
        });
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                Bounds p = boxes.get(a);
                Bounds q = boxes.get(b);
                boolean overlap = p.getMinX() < q.getMaxX() - 0.5 && q.getMinX() < p.getMaxX() - 0.5
                        && p.getMinY() < q.getMaxY() - 0.5 && q.getMinY() < p.getMaxY() - 0.5;
                assertThat(overlap).as(view + ": " + EVENTS.get(a).label() + " over " + EVENTS.get(b).label()).isFalse();
            }
        }
    }
}

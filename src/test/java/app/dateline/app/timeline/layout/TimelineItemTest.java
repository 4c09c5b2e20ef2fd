package app.dateline.app.timeline.layout;

import static app.dateline.app.timeline.layout.Items.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dateline.engine.timex.TimexMod;
import org.junit.jupiter.api.Test;

class TimelineItemTest {

    @Test
    void aDayIsAPointInTheMiddleOfItsDay() {
        TimelineItem it = Items.item("2001-09-11", "Attacks");
        assertThat(it.point()).isTrue();
        assertThat(it.anchor()).isEqualTo(day("2001-09-11") + 0.5);
        assertThat(it.isPart()).isFalse();
    }

    @Test
    void aYearIsASpanOverTheWholeYearNotItsFirstDay() {
        TimelineItem it = Items.item("2022", "Talks");
        assertThat(it.point()).isFalse();
        assertThat(it.start()).isEqualTo(day("2022-01-01"));
        assertThat(it.end()).isEqualTo(day("2023-01-01"));
    }

    @Test
    void lateJanuaryIsTheLatePartInsideTheWholeMonth() {
        TimelineItem it = TimelineItem.of(Items.event("2024-01", TimexMod.END, "Ceremony"), 3);
        assertThat(it.isPart()).isTrue();
        assertThat(it.start()).isEqualTo(day("2024-01-22"));
        assertThat(it.end()).isEqualTo(day("2024-02-01"));
        assertThat(it.periodStart()).isEqualTo(day("2024-01-01"));
        assertThat(it.periodEnd()).isEqualTo(day("2024-02-01"));
        assertThat(it.series()).isEqualTo(3);
    }

    @Test
    void aLongLabelIsCutWithAnEllipsisToFit() {
        TimelineItem it = TimelineItem.of(Items.event("2022", null,
                "Russia accepted their ambassadors according to state-run RIA Novosti in a statement"), 0).fitted(Items.SIX, 120);
        assertThat(it.label()).endsWith("…");
        assertThat(it.labelWidth()).isLessThanOrEqualTo(120);
        assertThat(Items.SIX.width(it.label())).isEqualTo(it.labelWidth());
    }

    @Test
    void aLabelCutToOneWordIsLeftOutAndTheMarkStandsAlone() {
        TimelineItem it = TimelineItem.of(Items.event("1989", null, "The company wouldn't be profitable"), 0);
        assertThat(it.cut(Items.SIX, 60)).isEmpty(); // "The…" or "The compa…" would be all that fits
        assertThat(it.cut(Items.SIX, 90)).isEqualTo("The company…");
        assertThat(it.cut(Items.SIX, 400)).isEqualTo("The company wouldn't be profitable");
    }

    @Test
    void undatedEventsCannotBePlotted() {
        assertThatThrownBy(() -> TimelineItem.of(Items.event("P2Y", null, "x"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

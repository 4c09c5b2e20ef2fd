package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRelationTest {

    private static EventDate d(String value) {
        return EventDate.of(Timex.of(TimexType.DATE, value, null));
    }

    @Test
    void fromTheSameDaysToTooFarApart() {
        assertThat(DateRelation.of(d("2021-08"), d("2021-08"))).isEqualTo(DateRelation.SAME);
        assertThat(DateRelation.of(d("2021-09-23"), d("2021-09"))).isEqualTo(DateRelation.INSIDE);
        assertThat(DateRelation.of(d("2021-08"), d("2021-SU"))).isEqualTo(DateRelation.INSIDE);
        assertThat(DateRelation.of(d("2001-09-11"), d("2001"))).isEqualTo(DateRelation.INSIDE_COARSE);
        assertThat(DateRelation.of(d("2021-09"), d("2021-FA"))).isEqualTo(DateRelation.INSIDE);
        assertThat(DateRelation.of(d("2021-Q3"), d("2021-SU"))).isEqualTo(DateRelation.OVERLAP);
        assertThat(DateRelation.of(d("2021-07"), d("2021-08"))).isEqualTo(DateRelation.NEAR);
        assertThat(DateRelation.of(d("2021-09-22"), d("2021-09-23"))).isEqualTo(DateRelation.NEAR);
        assertThat(DateRelation.of(d("2021"), d("2022"))).isEqualTo(DateRelation.NEAR);
        assertThat(DateRelation.of(d("2021-07"), d("2021-09"))).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(d("2021-07"), d("2022"))).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(d("2021-09-22"), d("2021-09-24"))).isEqualTo(DateRelation.FAR);
    }

    @Test
    void aReportingPeriodIsNearOnlyToAnotherPeriod() {
        // "first-quarter net profits" (written in April) against the spill of April: two things, not a disagreement
        assertThat(DateRelation.of(d("2010-Q1"), d("2010-04"))).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(d("2010-H1"), d("2010-07"))).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(d("2010-Q1"), d("2010-Q2"))).isEqualTo(DateRelation.NEAR);
        // inside, as before
        assertThat(DateRelation.of(d("2010-04"), d("2010-Q2"))).isEqualTo(DateRelation.INSIDE);
    }

    @Test
    void twoClockTimesOfOneDayAnHourApartAreTwoMoments() {
        EventDate afternoon = EventDate.of(Timex.of(TimexType.TIME, "2009-05-29T14:04", null));
        EventDate quarterPast = EventDate.of(Timex.of(TimexType.TIME, "2009-05-29T14:20", null));
        EventDate evening = EventDate.of(Timex.of(TimexType.TIME, "2009-05-29T20:28", null));
        assertThat(DateRelation.of(afternoon, evening)).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(afternoon, quarterPast)).isEqualTo(DateRelation.SAME);
        assertThat(DateRelation.of(afternoon, d("2009-05-29"))).isEqualTo(DateRelation.SAME);
    }

    @Test
    void modsNarrowTheSpan() {
        EventDate lateJanuary = EventDate.of(Timex.of(TimexType.DATE, "2024-01", TimexMod.END));
        assertThat(DateRelation.of(lateJanuary, d("2024-01"))).isEqualTo(DateRelation.INSIDE);
        assertThat(DateRelation.of(lateJanuary, d("2024-01-05"))).isEqualTo(DateRelation.FAR);
    }

    @Test
    void decadesAndUnanchoredValuesNeverMerge() {
        assertThat(DateRelation.of(d("199"), d("1996"))).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(d("XXXX-04"), d("XXXX-04"))).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(EventDate.of(Timex.of(TimexType.DURATION, "P2Y", null)), d("2021"))).isEqualTo(DateRelation.FAR);
    }

    @Test
    void anArticleCannotReportWhatOthersDateAfterItWasWritten() {
        LocalDate written = LocalDate.of(2021, 7, 29);
        LocalDate later = LocalDate.of(2022, 8, 16);
        assertThat(DateRelation.of(d("2021-07"), written, d("2021-08"), later)).isEqualTo(DateRelation.FAR);
        assertThat(DateRelation.of(d("2021-08"), later, d("2021-07"), written)).isEqualTo(DateRelation.FAR);
        // a forecast ("will meet in August", written in July) is not held to it
        assertThat(DateRelation.of(d("2021-08"), written, d("2021-08"), later)).isEqualTo(DateRelation.SAME);
        assertThat(DateRelation.of(d("2021-07"), null, d("2021-08"), later)).isEqualTo(DateRelation.NEAR);
    }
}

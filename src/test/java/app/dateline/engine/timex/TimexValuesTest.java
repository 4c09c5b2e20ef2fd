package app.dateline.engine.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimexValuesTest {

    @ParameterizedTest(name = "{0} covers {1}..{2} ({3})")
    @CsvSource({
            "2001-09-11, 2001-09-11, 2001-09-11, DAY",
            "2021-08,    2021-08-01, 2021-08-31, MONTH",
            "2024-02,    2024-02-01, 2024-02-29, MONTH",
            "1998-10-XX, 1998-10-01, 1998-10-31, MONTH",
            "2022-W32,   2022-08-08, 2022-08-14, WEEK",
            "2021-W38,   2021-09-20, 2021-09-26, WEEK",
            "2021-SU,    2021-06-01, 2021-08-31, SEASON",
            "2023-WI,    2023-12-01, 2024-02-29, SEASON",
            "2023-Q3,    2023-07-01, 2023-09-30, QUARTER",
            "2021,       2021-01-01, 2021-12-31, YEAR",
            "199,        1990-01-01, 1999-12-31, DECADE",
            "20,         2000-01-01, 2099-12-31, CENTURY",
            "2021-09-22TEV, 2021-09-22, 2021-09-22, TIME",
    })
    void valueFormsCoverTheirDays(String value, LocalDate from, LocalDate to, Granularity granularity) {
        TimexSpan span = TimexValues.span(value);
        assertThat(span).isEqualTo(new TimexSpan(from, to));
        assertThat(TimexValues.granularity(value)).isEqualTo(granularity);
    }

    @Test
    void lateNarrowsToTheLastThird() {
        assertThat(TimexValues.span("2024-01", TimexMod.END)).isEqualTo(
                new TimexSpan(LocalDate.of(2024, 1, 22), LocalDate.of(2024, 1, 31)));
        assertThat(TimexValues.span("2022", TimexMod.MID).from()).isAfter(LocalDate.of(2022, 4, 1));
        assertThat(TimexValues.span("2023", TimexMod.START).to()).isBefore(LocalDate.of(2023, 5, 15));
    }

    @Test
    void impossibleAndOpenValuesHaveNoSpan() {
        assertThat(TimexValues.span("2021-02-30")).isNull();
        assertThat(TimexValues.span("2020-13")).isNull();
        assertThat(TimexValues.span("XXXX-04")).isNull();
        assertThat(TimexValues.span("PRESENT_REF")).isNull();
        assertThat(TimexValues.span("P2Y")).isNull();
    }

    @Test
    void durationsAreNotPlotted() {
        Timex t = Timex.of(TimexType.DURATION, "P2Y", null);
        assertThat(t.isAnchoredPoint()).isFalse();
        assertThat(t.granularity()).isEqualTo(Granularity.NONE);
    }
}

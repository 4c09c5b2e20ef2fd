package app.dateline.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.export.TimelineDate.Parts;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.timex.DateInWords;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineDateTest {

    private static TimelineDate of(String value, TimexMod mod) {
        return TimelineDate.of(EventDate.of(Timex.of(value.contains("T") ? TimexType.TIME : TimexType.DATE, value, mod)));
    }

    private static Parts ym(int y, int m) {
        return new Parts(y, m, null, null, null);
    }

    private static Parts ymd(int y, int m, int d) {
        return new Parts(y, m, d, null, null);
    }

    @Test
    void oneUnitIsAStartAtItsOwnPrecision() {
        assertThat(of("2021-08", null)).isEqualTo(new TimelineDate(ym(2021, 8), null, null));
        assertThat(of("2001-09-11", null)).isEqualTo(new TimelineDate(ymd(2001, 9, 11), null, null));
        assertThat(of("2021", null)).isEqualTo(new TimelineDate(new Parts(2021, null, null, null, null), null, null));
        assertThat(of("2021-09-22T14:30", null)).isEqualTo(new TimelineDate(new Parts(2021, 9, 22, 14, 30), null, null));
        assertThat(of("2021-09-22TEV", null)).isEqualTo(new TimelineDate(ymd(2021, 9, 22), null, "Wednesday, September 22, 2021, in the evening"));
    }

    @Test
    void spansOfSeveralUnitsHaveAnEndAndWords() {
        assertThat(of("2021-SU", null)).isEqualTo(new TimelineDate(ym(2021, 6), ym(2021, 8), "Summer 2021"));
        assertThat(of("2021-WI", null)).isEqualTo(new TimelineDate(ym(2021, 12), ym(2022, 2), "Winter 2021\u201322"));
        assertThat(of("2021-Q3", null)).isEqualTo(new TimelineDate(ym(2021, 7), ym(2021, 9), "The third quarter of 2021"));
        assertThat(of("2021-H1", null)).isEqualTo(new TimelineDate(ym(2021, 1), ym(2021, 6), "The first half of 2021"));
        assertThat(of("2021-W29", null)).isEqualTo(new TimelineDate(ymd(2021, 7, 19), ymd(2021, 7, 25), "The week of July 19, 2021"));
        assertThat(of("199", null)).isEqualTo(new TimelineDate(new Parts(1990, null, null, null, null),
                new Parts(1999, null, null, null, null), "The 1990s"));
        // a century by its ordinal: "the 2000s" is how the decade 200 reads
        assertThat(of("20", null).display()).isEqualTo("The 21st century");
        assertThat(of("200", null).display()).isEqualTo("The 2000s");
    }

    @Test
    void earlyMidAndLateNarrowTheSpanOneUnitFiner() {
        assertThat(of("2024-01", TimexMod.END)).isEqualTo(new TimelineDate(ymd(2024, 1, 22), ymd(2024, 1, 31), "Late January 2024"));
        assertThat(of("2021", TimexMod.END)).isEqualTo(new TimelineDate(ym(2021, 9), ym(2021, 12), "Late 2021"));
        assertThat(of("2022", TimexMod.MID).display()).isEqualTo("Mid-2022");
        assertThat(of("2023", TimexMod.START).display()).isEqualTo("Early 2023");
        assertThat(of("199", TimexMod.START).display()).isEqualTo("The early 1990s");
        assertThat(of("18", TimexMod.END).display()).isEqualTo("The late 19th century");
        assertThat(of("2021-SU", TimexMod.END).display()).isEqualTo("Late summer 2021");
    }

    @Test
    void disagreeingSourcesRunFromTheEarliestToTheLatestAndSaySo() {
        EventDate range = new EventDate(TimexType.DATE, "2021-07/2021-08", null, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 8, 31),
                app.dateline.engine.timex.Granularity.MONTH);
        TimelineDate d = TimelineDate.of(range);
        assertThat(d.start()).isEqualTo(ym(2021, 7));
        assertThat(d.end()).isEqualTo(ym(2021, 8));
        assertThat(d.display()).isEqualTo("July 2021 to August 2021 (sources disagree)");
        assertThat(TimelineDate.words(range)).isEqualTo("July 2021 to August 2021");
    }

    @Test
    void theExportsSayADateAsTheWindowDoes() {
        for (String value : new String[] {"2021-09-23", "2021-FA", "2021-W29-WE", "2024-01", "2021-09-22TNI", "199"}) {
            EventDate d = EventDate.of(Timex.of(value.contains("T") ? TimexType.TIME : TimexType.DATE, value, TimexMod.APPROX));
            assertThat(TimelineDate.words(d)).isEqualTo(DateInWords.of(d.timex()));
        }
        // a date TimelineJS writes itself has no display words; "about" that day needs them
        assertThat(of("2021-09-23", null).display()).isNull();
        assertThat(of("2021-09-23", TimexMod.APPROX).display()).isEqualTo("About Thursday, September 23, 2021");
    }
}

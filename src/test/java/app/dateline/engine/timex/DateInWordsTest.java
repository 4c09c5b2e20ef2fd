package app.dateline.engine.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInWordsTest {

    private static String words(String value, TimexMod mod) {
        return DateInWords.of(Timex.of(TimexType.DATE, value, mod));
    }

    @Test
    void datesAsAReaderWouldSayThem() {
        assertThat(words("2021-09-23", null)).isEqualTo("Thursday, September 23, 2021");
        assertThat(words("2024-01", TimexMod.END)).isEqualTo("late January 2024");
        assertThat(words("2022", TimexMod.MID)).isEqualTo("mid-2022");
        assertThat(words("2021-SU", null)).isEqualTo("summer 2021");
        assertThat(words("2021-WI", null)).isEqualTo("winter 2021–22");
        assertThat(words("199", null)).isEqualTo("the 1990s");
        assertThat(words("199", TimexMod.START)).isEqualTo("the early 1990s");
        assertThat(words("18", TimexMod.END)).isEqualTo("the late 19th century");
        assertThat(words("20", null)).isEqualTo("the 21st century");
        assertThat(words("10", null)).isEqualTo("the 11th century");
        assertThat(words("2022-W32", null)).isEqualTo("the week of August 8, 2022");
        assertThat(words("2021-Q3", null)).isEqualTo("the third quarter of 2021");
        assertThat(words("2021-Q1", TimexMod.START)).isEqualTo("early in the first quarter of 2021");
        assertThat(words("2021-W29-WE", null)).isEqualTo("the weekend of July 24, 2021");
        // a day's mod is said ("about", "before", "by"), but "mid-" a day is nothing a reader says
        assertThat(words("2021-09-23", TimexMod.APPROX)).isEqualTo("about Thursday, September 23, 2021");
        assertThat(words("2021-09-23", TimexMod.ON_OR_BEFORE)).isEqualTo("by Thursday, September 23, 2021");
        assertThat(words("2021-09-23", TimexMod.MID)).isEqualTo("Thursday, September 23, 2021");
        assertThat(words("2021-09-23", TimexMod.END)).isEqualTo("late on Thursday, September 23, 2021");
        assertThat(DateInWords.of(Timex.of(TimexType.TIME, "2021-09-22TEV", null)))
                .isEqualTo("Wednesday, September 22, 2021, in the evening");
    }

    @Test
    void disagreeingSourcesDatesReadAsOneDate() {
        assertThat(words("2010-04-19/2010-04-20", null)).isEqualTo("April 19 to 20, 2010");
        assertThat(words("2010-04-30T14:00/2010-05-01TNI", null)).isEqualTo("April 30 to May 1, 2010");
        assertThat(words("2009-12-31/2010-01-01", null)).isEqualTo("December 31, 2009 to January 1, 2010");
        assertThat(words("2010-05/2010-06-01", null)).isEqualTo("May 2010 to June 1, 2010");
        assertThat(words("2010-SU/2010-FA", null)).isEqualTo("summer 2010 to fall 2010");
    }

    @Test
    void whatIsNotADateSaysSo() {
        assertThat(DateInWords.of(Timex.of(TimexType.DURATION, "P2Y", null))).contains("not a date").contains("P2Y");
        assertThat(words("XXXX-04", null)).contains("does not pin down").contains("XXXX-04");
        assertThat(words("PRESENT_REF", null)).startsWith("now");
    }

    @Test
    void shortFormsForTheList() {
        assertThat(DateInWords.shortOf(Timex.of(TimexType.DATE, "2001-09-11", null))).isEqualTo("Sep 11, 2001");
        assertThat(DateInWords.shortOf(Timex.of(TimexType.DATE, "2024-01", TimexMod.END))).isEqualTo("late Jan 2024");
        assertThat(DateInWords.shortOf(Timex.of(TimexType.DATE, "199", null))).isEqualTo("1990s");
        assertThat(DateInWords.shortOf(Timex.of(TimexType.DATE, "19", null))).isEqualTo("20th century");
    }

    @Test
    void rangesAtThePrecisionTheirLengthSuits() {
        assertThat(DateInWords.range(LocalDate.of(1990, 1, 1), LocalDate.of(2024, 3, 5))).isEqualTo("1990 – 2024");
        assertThat(DateInWords.range(LocalDate.of(2021, 8, 1), LocalDate.of(2022, 3, 31))).isEqualTo("August 2021 – March 2022");
        assertThat(DateInWords.range(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 8, 20))).isEqualTo("August 1, 2021 – August 20, 2021");
        // one day is one date: an article's date in the web page's sources, a badge of one day's marks
        assertThat(DateInWords.range(LocalDate.of(2009, 5, 15), LocalDate.of(2009, 5, 15))).isEqualTo("May 15, 2009");
    }
}

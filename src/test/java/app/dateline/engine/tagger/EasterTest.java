package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            // published Easter dates, the earliest (March 22) and latest (April 25) possible among them
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "1961, 1961-04-02",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2014, 2014-04-20",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2038, 2038-04-25"})
    void isTheKnownDate(int year, String date) {
        assertThat(Easter.sunday(year)).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void isASundayBetweenMarch22AndApril25EveryYear() {
        for (int year = 1583; year <= 2400; year++) {
            LocalDate sunday = Easter.sunday(year);
            assertThat(sunday.getDayOfWeek()).as("%d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(sunday).as("%d", year).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }
}

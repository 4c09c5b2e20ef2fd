package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "nineteen ninety-six,        1996",
            "Nineteen seventy nine,      1979",
            "nineteen hundred,           1900",
            "eighteen twelve,            1812",
            "two thousand,               2000",
            "the year two thousand,      2000",
            "two thousand and one,       2001",
            "twenty twenty,              2020",
    })
    void readsYearsInWords(String words, String year) {
        assertThat(SpelledNumbers.year(words)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"nineteen apples", "seven ninety"})
    void refusesWhatIsNotAYear(String words) {
        assertThat(SpelledNumbers.year(words)).isNull();
    }
}

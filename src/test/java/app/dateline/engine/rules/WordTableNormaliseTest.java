package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A word as matched in text is looked up lower-cased, each run of white space one space, the ends stripped. */
class WordTableNormaliseTest {

    @Test
    void aWordIsLowerCasedAndItsWhiteSpaceMadeOneSpace() {
        assertThat(WordTable.normalise("May")).isEqualTo("may");
        assertThat(WordTable.normalise("Next\t \nWeek ")).isEqualTo("next week");
        assertThat(WordTable.normalise("mid\u000B-\fyear\r")).isEqualTo("mid - year");
        // a space "\\s" does not take is kept inside, and stripped at the ends
        assertThat(WordTable.normalise("\u2003New\u00A0Year\u2003")).isEqualTo("new\u00A0year");
    }

    @Test
    void aTablesValueIsFoundWhateverTheSpacingAndCase() {
        WordTable months = RuleSet.english().table("month");
        assertThat(months).isNotNull();
        assertThat(months.value("SEPTEMBER")).isEqualTo(months.value("september")).isNotNull();
    }
}

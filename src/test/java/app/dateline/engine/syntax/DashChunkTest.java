package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A spaced dash before a determiner parts two noun phrases; a hyphen inside a phrase does not (Chunker). */
class DashChunkTest {

    @Test
    void aSpacedDashBeforeADeterminerOpensTheNextPhrase() {
        // was one phrase "the broken valve - the part" with its head "part"
        assertThat(NounPhrases.of("The broken valve - the part that holds the pressure - was replaced."))
                .contains("The broken valve/valve", "the part/part");
    }

    @Test
    void aHyphenOrADashBeforeANameStaysInsideThePhrase() {
        assertThat(NounPhrases.of("The Trans-Siberian line reopened.")).contains("The Trans-Siberian line/line");
        // a list's entry: its date and the name after its dash, as before
        assertThat(NounPhrases.of("March 3 - Engineers reopen the line.")).contains("March 3 - Engineers/Engineers");
    }
}

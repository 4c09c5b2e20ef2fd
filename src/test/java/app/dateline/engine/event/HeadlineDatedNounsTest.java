package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-third round: a date that belongs to a noun the main clause only mentions. Each sentence is written for its
 * rule; the comment says what the label was before.
 */
class HeadlineDatedNounsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aDateAfterItsNounWithOfIsThatHappenings() {
        // was "Investigators are still looking into the cause of the explosion"
        assertThat(labels.label("Investigators are still looking into the cause of the explosion of April 20.", "April 20"))
                .isEqualTo("The explosion");
        // was "The families of the victims of the attacks met the president"
        assertThat(labels.label("The families of the victims of the attacks of September 11, 2001 met the president.",
                "September 11, 2001")).isEqualTo("The attacks");
        // a kind of thing of a period, or an award's "of the year", is no happening of that date
        assertThat(labels.label("The band has made some of the finest releases of 2009 in the city.", "2009"))
                .doesNotStartWith("The finest releases");
        assertThat(labels.label("Beyond Petroleum won two PRWeek campaign of the year awards in 2010.", "the year"))
                .doesNotStartWith("Two PRWeek campaign");
    }

    @Test
    void aWellBeforeItsRelativeClauseIsANoun() {
        // was "The estimate was for the total crude leaking from the Macondo well" ("well" read as an adverb)
        assertThat(labels.label("The estimate was for the total crude leaking from the Macondo well that blew out on"
                + " April 20.", "April 20")).isEqualTo("The Macondo well blew out");
    }
}

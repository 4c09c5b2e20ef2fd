package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Forty-seventh round: the words around a date phrase that the label lost or kept wrongly. Each sentence is written
 * for its rule; the comment says what the label was before.
 */
class HeadlineAroundDatesTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aComparedAmountStaysWithItsComparison() {
        // was "Shares plunged as much": the second "as" was read as a clause's
        assertThat(labels.label("Shares in Acme plunged as much as 20% on Monday.", "on Monday"))
                .contains("plunged as much as 20%");
        // "as long as" still opens a clause
        assertThat(labels.label("Acme will pay the claims on Monday as long as 20 lawyers agree.", "on Monday"))
                .doesNotContain("as long");
    }

    @Test
    void lateOrEarlyBeforeTheDatesPrepositionIsTheDates() {
        // was "The lawsuit was filed late in District Court"
        assertThat(labels.label("The lawsuit was filed late on Wednesday in District Court in New Orleans.", "Wednesday"))
                .isEqualTo("The lawsuit was filed in District Court in New Orleans");
    }

    @Test
    void aNameAfterADateTheChunkerJoinedToItOpensTheSubject() {
        // was "Mexican TV praised the country's precautions"
        assertThat(labels.label("Speaking on Mexican TV late on Monday evening President Felipe Calderon praised the"
                + " country's precautions against swine flu.", "late on Monday evening"))
                .startsWith("Felipe Calderon praised the country's precautions");
        // a date that qualifies a name's phrase after "the" leaves the subject before it whole
        assertThat(labels.label("The final costs to Exxon shareholders from the 1989 Exxon Valdez tanker disaster were"
                + " less than the cleanup figures.", "1989")).startsWith("The final costs");
    }

    @Test
    void aStatementIsAnOccasionOfSaying() {
        // was "A statement"
        assertThat(labels.label("In a statement on Tuesday, BP said it supported the commission's efforts.", "on Tuesday"))
                .isEqualTo("BP said it supported the commission's efforts");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: an amount keeps its rate ("per day", "a year") and both ends of its range ("8 million to 9 million
 * gallons"). Each sentence is written for its rule (none is copied from the stories or the compression pairs); the
 * comment says what the label was before.
 */
class HeadlineRatesAndRangesTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aRateAfterAnAmountStaysWithIt() {
        // was "A spokeswoman had said the mill was pressing 4,000 tonnes": the cut fell on "per"
        assertThat(labels.label("But on Monday, a spokeswoman had said the mill was pressing 4,000 tonnes per day or slightly more.",
                "on Monday")).isEqualTo("A spokeswoman had said the mill was pressing 4,000 tonnes per day");
        // "a year" after the amount is no cut point either (a determiner), and stays as before
        assertThat(labels.label("The new plant will press 80,000 tonnes of olives a year, the company said on Monday.", "on Monday"))
                .isEqualTo("The new plant will press 80,000 tonnes of olives a year");
    }

    @Test
    void aRepetitionAfterNoAmountIsNoRate() {
        // "per" after a noun with no number is a phrase like any other, and goes with the length's cut
        assertThat(DateWords.rateAt(new app.dateline.engine.syntax.SentenceParser().parse(
                "The ferry crossed the lake per day in the summer.", 0), 5)).isFalse();
        assertThat(DateWords.rateAt(new app.dateline.engine.syntax.SentenceParser().parse(
                "The ferry carried 300 cars per day in the summer.", 0), 5)).isTrue();
    }

    @Test
    void aRangeOfNumbersIsOneSubject() {
        // was "3 million had drained": the subject's first phrase alone
        assertThat(labels.label("The engineer said surveys show that 3 million to 4 million litres had drained from the reservoir by "
                + "June 2.", "by June 2")).isEqualTo("3 million to 4 million litres had drained from the reservoir");
        // was "700 are crossing the border"
        assertThat(labels.label("The agency has estimated that 700 to 900 people a day are crossing the border near the town since "
                + "March.", "since March")).isEqualTo("700 to 900 people are crossing the border near the town");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Seventeenth round: a saying whose label the cuts left without anything said ("Thad Allen told a White House
 * briefing", pooled BP's top 60) tells what was said, alone. Each sentence is written for its rule (none is copied from
 * the stories); the comment says what the label was before the rule.
 */
class HeadlineSayingsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aToldClauseTooLongForItsSpeakerIsToldAlone() {
        // was "Jane Porter told a Senate hearing"
        assertThat(labels.label("Harbour master Jane Porter told a Senate hearing Tuesday that a boom across the damaged"
                + " channel is now keeping up to 300,000 gallons of diesel a day from reaching the marina.", "Tuesday"))
                .isEqualTo("A boom is now keeping up to 300,000 gallons of diesel a day");
        // a short told clause keeps its speaker and audience
        assertThat(labels.label("Jane Porter told reporters Tuesday that the boom is holding.", "Tuesday"))
                .isEqualTo("Jane Porter told reporters that the boom is holding");
        // a saying that keeps what was said is left as it is
        assertThat(labels.label("The port authority said Tuesday it was closing the channel.", "Tuesday"))
                .isEqualTo("The port authority said it was closing the channel");
    }
}

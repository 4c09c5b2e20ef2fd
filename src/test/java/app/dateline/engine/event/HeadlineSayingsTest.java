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
        // what was told alone must read whole: not from inside its subject ("Front of the Askhams had been
        // identified"), not opening with the speaker's pronoun; else the saying stays (the merger takes it last)
        assertThat(labels.label("A spokeswoman told the Courier on Tuesday that nearly all the guests seated right behind"
                + " and in front of the Millers at the long banquet table had been traced.", "Tuesday"))
                .isEqualTo("A spokeswoman told the Courier"); // not "Front of the Millers had been traced"
        assertThat(labels.label("The firm's chief told a press conference on Tuesday that he could not guarantee that"
                + " the second attempt to seal the leaking tank would work.", "Tuesday"))
                .isEqualTo("The firm's chief told a press conference"); // not "He could not guarantee the second attempt"
        // a saying that keeps what was said is left as it is
        assertThat(labels.label("The port authority said Tuesday it was closing the channel.", "Tuesday"))
                .isEqualTo("The port authority said it was closing the channel");
    }

    @Test
    void aQuotationSaidOnAnOccasionIsWhatWasSaid() {
        // fifty-ninth round (saying-occasions.txt's "testimony"): the occasion's words after the saying make it an
        // attribution of the quotation before it; was "The mayor said in testimony to be delivered to the council"
        assertThat(labels.label("\"The collapse of the old bridge never should have happened,\" the mayor said in testimony to be"
                + " delivered to the council on Thursday.", "on Thursday")).isEqualTo("The collapse of the old bridge never should have happened");
        // was "The city engineer said in an interview"
        assertThat(labels.label("\"The repairs to the old bridge will take at least two years,\" the city engineer said in an interview"
                + " on Thursday.", "on Thursday")).isEqualTo("The repairs will take at least two years");
        // with no quotation the occasion is no attribution: the clause before names no one who did it
        assertThat(labels.label("The flood covered 300 square miles of the valley and reached far into the town, engineers from the"
                + " river authority said in a statement late on Sunday.", "late on Sunday")).isEqualTo("Engineers said in a statement");
    }
}

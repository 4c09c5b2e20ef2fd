package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: a participle with nothing after it but its date, inside a finite verb's object, qualifies the noun
 * right before it, and that verb's clause tells the event. Each sentence is written for its rule (none is copied from
 * the stories or the compression pairs); the comment says what the label was before.
 */
class HeadlineDatedParticiplesTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theClauseWhoseObjectHoldsTheParticiplesNounIsTheEvent() {
        // was "The responsibility published": the object's first noun as the participle's subject
        assertThat(labels.label("The council accepted some of the responsibility for the flooding in a short statement published "
                + "Thursday, admitting that its pumps had failed.", "Thursday"))
                .isEqualTo("The council accepted some of the responsibility");
    }

    @Test
    void anAuxiliaryOrASayingIsNoClauseToGiveWayTo() {
        // the participle is the question's own verb
        assertThat(labels.label("Was your grandfather baptised in 1851?", "in 1851")).doesNotStartWith("Was");
        // the participle is the verb of the clause said
        assertThat(labels.label("Teachers say new rules on homework needed now, before the exams.", "now"))
                .isEqualTo("New rules needed");
    }
}

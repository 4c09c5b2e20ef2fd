package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fiftieth round: a subject renamed between dashes ("the damaged riser - the pipe which takes oil from the well - was
 * cut", thirteen BBC articles) and a subject with its short name in brackets before a relative clause ("The World
 * Health Organisation (WHO), which ..., said"). Sentences written for the rules; the comment says what the label was.
 */
class HeadlineAppositivesTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aPhraseRenamedBetweenDashesWithItsClauseIsPassedToTheSubject() {
        // was "The broken valve - the part which holds the pressure - was replaced"
        assertThat(labels.label("The broken valve - the part which holds the pressure - was replaced on Monday.", "on Monday"))
                .isEqualTo("The broken valve was replaced");
        // was "First, the broken valve - the part that holds the pressure - was" (its verb lost)
        assertThat(labels.label("First, the broken valve - the part that holds the pressure - was replaced on Monday.",
                "on Monday")).isEqualTo("The broken valve was replaced");
        // a clause of its own between dashes keeps its subject
        assertThat(labels.label("The valve broke on Monday - the crew had warned of it - and the well blew out.", "on Monday"))
                .startsWith("The valve broke");
    }

    @Test
    void aShortNameInBracketsBeforeARelativeClauseIsPassedToTheName() {
        // was "Said it would meet again" for both
        assertThat(labels.label("The International Energy Agency (IEA), which raised its forecast, said on Friday it would "
                + "meet again.", "on Friday")).isEqualTo("The International Energy Agency said it would meet again");
        assertThat(labels.label("The International Energy Agency (IEA) - which raised its forecast - said on Friday it would "
                + "meet again.", "on Friday")).isEqualTo("The International Energy Agency said it would meet again");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Twenty-third round: the subject of a clause inside another ("relations, which have been deepening since the rebels
 * overthrew", "that a decision to continue drilling after unusual readings may have been"). Each sentence is written
 * for its rule (none is copied from the stories); the comment says what the label was before.
 */
class HeadlineSubjectsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aSubordinateClauseInsideARelativeClauseHasItsOwnSubject() {
        // was "The reporter had inquired as to the approach" (the trigger "backed"), then "Relations overthrew the government"
        assertThat(labels.label("The reporter asked about relations, which have been deepening since the rebels overthrew the "
                + "U.S.-backed government in July 2021.", "July 2021")).isEqualTo("The rebels overthrew the U.S.-backed government");
        // a relative clause whose noun is the verb's subject is passed, as before
        assertThat(labels.label("A Merseyside woman who had recently returned from Mexico was confirmed as a case on Monday.",
                "Monday")).startsWith("A Merseyside woman was confirmed");
    }

    @Test
    void aSubjectWaitingForItsVerbHoldsThePhraseAfterASubordinator() {
        // was "BP officials said a decision to continue drilling": "after" read as the opening of a clause of its own
        assertThat(labels.label("BP officials said on Tuesday that a decision to continue drilling after unusual pressure readings "
                + "may have been a fundamental mistake.", "on Tuesday")).isEqualTo("A decision may have been a fundamental mistake");
        // a clause that opens with the subordinator keeps it for its own
        assertThat(labels.label("After the well blew out on Tuesday, the crew left the rig.", "on Tuesday"))
                .isEqualTo("The well blew out");
    }

    @Test
    void aSubjectOpeningWithAHyphenatedWordKeepsItWhole() {
        // was "Government fell": the model read "backed" as the verb
        assertThat(labels.label("The U.S.-backed government fell in August 2021.", "August 2021")).isEqualTo("The U.S.-backed government fell");
        assertThat(labels.label("Texas-based Acme has had losses since June 1989.", "since June 1989")).isEqualTo("Texas-based Acme has had losses");
    }
}

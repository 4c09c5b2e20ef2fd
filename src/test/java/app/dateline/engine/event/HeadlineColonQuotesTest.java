package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-eighth round: what a speaker says after a colon ("said: "..."", "told reporters: "..."") is what was said, as
 * after "that"; the labels stopped at the colon and said only who spoke ("The mayor said"). Each sentence is written
 * for its rule (none is copied from the stories); the comment says what the label was before.
 */
class HeadlineColonQuotesTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theColonOpensWhatWasSaid() {
        // was "The mayor said"
        assertThat(labels.label("The mayor said on Monday: \"The new bridge will open to traffic in the spring.\"", "on Monday"))
                .isEqualTo("The mayor said the new bridge will open to traffic");
        // was "The coach told reporters": the hearer between the verb and the colon
        assertThat(labels.label("The coach told reporters on Friday: \"The team played its best game of the season.\"", "on Friday"))
                .isEqualTo("The coach told reporters the team played its best game of the season");
        // was "The agency said": right after the verb the colon opens what was said without a quotation too
        assertThat(labels.label("The agency said on Monday: The new levee has held through the storm.", "on Monday"))
                .isEqualTo("The agency said the new levee has held through the storm");
        // a colon after the verb's own object opens a list, not what was said
        assertThat(labels.label("The mayor said two things on Monday: the bridge will close and the ferry will run.", "on Monday"))
                .isEqualTo("The mayor said two things");
    }

    @Test
    void aLeadInAfterTheColonGoes() {
        // was "The minister said"
        assertThat(labels.label("The minister said on Tuesday: \"To put it plainly, the budget was a mistake.\"", "on Tuesday"))
                .isEqualTo("The minister said the budget was a mistake");
        // was "The analyst said"
        assertThat(labels.label("The analyst said on Monday: \"With the prospect of more rain, the river will rise again.\"",
                "on Monday")).isEqualTo("The analyst said the river will rise again");
    }

    @Test
    void theSpeakerStaysWithTheQuotationsIAndYou() {
        // was "The judge told the defendant"; "You may not leave the country" alone would name no one
        assertThat(labels.label("The judge told the defendant on Monday: \"You may not leave the country.\"", "on Monday"))
                .isEqualTo("The judge told the defendant you may not leave the country");
        // was "The mayor said"
        assertThat(labels.label("The mayor said on Monday: \"We will rebuild the bridge.\"", "on Monday"))
                .isEqualTo("The mayor said we will rebuild the bridge");
        // without a colon "we" is no quotation's speaker: the label is what was said, as before (not "Evidence to
        // suggest we are seeing ...")
        assertThat(labels.label("We have evidence to suggest we are seeing the worst flood of the century on Monday.", "on Monday"))
                .isEqualTo("We are seeing the worst flood of the century");
    }

    @Test
    void aQuotationsCapitalIsWrittenSmallButANamesStays() {
        // was "He said: "I think we can all agree the bridge must be rebuilt."", the whole sentence
        assertThat(labels.label("On Monday, he said: \"I think we can all agree the bridge must be rebuilt.\"", "On Monday"))
                .isEqualTo("He said I think we can all agree the bridge must be rebuilt");
        // was "The mayor said"
        assertThat(labels.label("The mayor said on Monday: \"Smith will lead the inquiry.\"", "on Monday"))
                .isEqualTo("The mayor said Smith will lead the inquiry");
    }

    @Test
    void theArticleBeforeAnAbbreviationInCapitalsLeavesItAName() {
        // was "US said three schools would close": the tagger read "US" as the pronoun "us"
        assertThat(labels.label("A US federal health official, Dr Jane Roe of the city's health department, said on Tuesday that "
                + "three schools would close.", "on Tuesday")).isEqualTo("A US federal health official said three schools would close");
    }
}

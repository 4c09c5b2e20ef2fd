package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Twenty-seventh round: what a subject's noun is of ("The moratorium [on deepwater drilling]"), and how a long subject
 * is shortened (to the longest run of its phrases that fits, not to its first phrase). Each sentence is written for
 * its rule (none is copied from the stories); the comment says what the label was before.
 */
class HeadlineLongSubjectsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aSubjectKeepsThePhraseThatSaysWhatItsNounIsOf() {
        // was "The moratorium was lifted"
        assertThat(labels.label("The moratorium on deepwater drilling in the Gulf was lifted on October 12.", "October 12"))
                .isEqualTo("The moratorium on deepwater drilling was lifted");
        // was "The plan was announced": "to" and the infinitive's object
        assertThat(labels.label("The plan to reopen the schools was announced on Monday.", "on Monday"))
                .isEqualTo("The plan to reopen the schools was announced");
        // was "Work was completed": a preposition and an -ing form
        assertThat(labels.label("Work on installing the new valve using divers two miles off the coast was completed on Friday.",
                "on Friday")).isEqualTo("Work on installing the new valve was completed");
        // a noun that is no such pair keeps its "of" phrases only, as before
        assertThat(labels.label("The ceremony at the palace was held on Monday.", "on Monday")).isEqualTo("The ceremony was held");
    }

    @Test
    void whatTheSubjectsNounIsOfGoesBeforeTheVerbsPhraseAndTheObjectsModifiers() {
        // too long with the verb's first phrase: the phrase goes whole, the object stays
        assertThat(labels.label("The ministry's decision to close dozens of schools across the northern provinces of the country "
                + "has angered parents in the region since Monday.", "since Monday"))
                .isEqualTo("The ministry's decision has angered parents in the region");
        // the phrase does not fit with the agent's name and title: the label keeps them whole (was "... by retired navy Adm")
        assertThat(labels.label("The decision to begin the evacuation of the platform was made late Thursday by retired navy Adm. "
                + "John Smith, the regional commander, after the forecast of a storm.", "late Thursday"))
                .isEqualTo("The decision was made by retired navy Adm. John Smith");
    }

    @Test
    void aLongSubjectKeepsTheLongestRunOfItsPhrasesThatFits() {
        // was "The number stands at more than 300"
        assertThat(labels.label("The number of confirmed cases of the new flu in the whole of the United Kingdom stands at more "
                + "than 300 on Friday.", "on Friday")).isEqualTo("The number of confirmed cases stands at more than 300");
        // a count keeps what it counts: was "Thousands have been leaking into the bay every day"
        assertThat(labels.label("Thousands of barrels of oil from the broken pipe have been leaking into the bay every day since "
                + "April.", "since April")).isEqualTo("Thousands of barrels have been leaking into the bay every day");
        // a run is never cut between two names joined by "of": not "The surface area of the Gulf tripled in size"
        assertThat(labels.label("The surface area of the Gulf of Mexico oil slick tripled in size on Friday.", "on Friday"))
                .isEqualTo("The surface area tripled in size");
    }

    @Test
    void aLongSubjectsNameWithOfInItStaysWhole() {
        // forty-sixth round: were "The Church is about to face ..." and "The Department will look for violations"
        assertThat(labels.label("The Church of Scotland's general assembly is about to face its most difficult debate in years on Monday.",
                "on Monday")).startsWith("The Church of Scotland");
        assertThat(labels.label("The US Department of Justice will look for violations of the Clean Water Act and other laws in "
                + "the coming months, officials said on Tuesday.", "on Tuesday")).startsWith("The US Department of Justice will look");
        // an "of" phrase that is no name still goes first ("The owner of the barge"), as before
        assertThat(labels.label("The owner of the small river barge that sank near the old bridge at the mouth of the river "
                + "has promised to pay for the clean-up on Tuesday.", "on Tuesday")).doesNotContain("of the small river barge");
    }
}

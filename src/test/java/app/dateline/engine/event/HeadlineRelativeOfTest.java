package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Forty-sixth round: a "that" or "which" clause right after "X of Y" tells of Y, the noun it follows (the pooled stories
 * had "Owner exploded in flames" for "Transocean, owner of the drilling platform that exploded in flames"). A count or a
 * measure before "of" and a name with "of" in it stay whole. Each sentence is written for its rule; the comment says
 * what the label was before.
 */
class HeadlineRelativeOfTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aThingsClauseAfterAnOfPhraseTellsOfTheNounItFollows() {
        // was "Owner exploded in flames"
        assertThat(labels.label("The suit names Acme Drilling, owner of the river barge that sank on April 20, as a defendant.",
                "on April 20")).isEqualTo("The river barge sank");
        // was "The strain of bird flu has caused deaths"
        assertThat(labels.label("Doctors fear the spread of a virus that has reached 30 countries since April.", "since April"))
                .isEqualTo("A virus has reached 30 countries");
    }

    @Test
    void aCountOrAMeasureBeforeOfKeepsItsPhrase() {
        assertThat(labels.label("Officials named one of the barges that sank on April 20.", "on April 20")).startsWith("One of the barges");
        assertThat(labels.label("Officials counted the 4,000 barrels of oil that spilled on April 20.", "on April 20"))
                .startsWith("The 4,000 barrels of oil");
    }

    @Test
    void aNameWithOfInItStaysWhole() {
        assertThat(labels.label("He was praised for his handling of the Bank of England report that appeared on Monday.", "on Monday"))
                .startsWith("The Bank of England");
    }

    @Test
    void aPersonsClauseStillTellsOfThePerson() {
        assertThat(labels.label("The police questioned the owner of the barge who fled on Monday.", "on Monday"))
                .startsWith("The owner of the barge fled");
    }

    @Test
    void aParticipleAfterAnInfinitivesObjectQualifiesThatObject() {
        // was "The region caused by the sinking of the barge": the walk back went through "to view"
        assertThat(labels.label("The governor toured the region to view damage caused by the sinking of the barge on May 2.", "on May 2"))
                .isEqualTo("Damage caused by the sinking of the barge");
        // a participle the tagger took for a finished verb stays the subject's ("The latest attempt failed")
        assertThat(labels.label("The latest attempt to free the barge failed on Friday.", "on Friday"))
                .isEqualTo("The latest attempt to free the barge failed");
    }
}

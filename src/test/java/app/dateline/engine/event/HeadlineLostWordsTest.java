package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: labels that lost their subject ("Was completed", "Have washed ashore"), named an appositive
 * instead of the person ("Head of Mercer Capital sold her shares"), or ended on an infinitive whose object was cut ("A
 * hearing has opened in Boston to determine"). Each sentence is written for its rule (none is copied from the
 * stories); the comment says what the label was before.
 */
class HeadlineLostWordsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aDeterminerStandingForItsNounIsTheSubject() {
        // was "Was completed"
        assertThat(labels.label("This was completed on 1 June.", "on 1 June")).isEqualTo("This was completed");
        // was "Were evacuated from the platform"
        assertThat(labels.label("All were evacuated from the platform on Tuesday.", "on Tuesday"))
                .isEqualTo("All were evacuated from the platform");
        // with its noun the determiner is part of the phrase, as before
        assertThat(labels.label("All the workers were evacuated from the platform on Tuesday.", "on Tuesday"))
                .isEqualTo("All the workers were evacuated from the platform");
    }

    @Test
    void aQuotedSubjectBeforeACommaInsertStays() {
        // was "Have washed ashore in Alabama"
        assertThat(labels.label("\"Tar balls\", in the form of small black lumps, have washed ashore in Alabama since April 20.",
                "since April 20")).isEqualTo("Tar balls have washed ashore in Alabama");
    }

    @Test
    void aRelativeClauseAfterAnAppositiveTellsWhatTheNamedPersonDid() {
        // was "Head of Mercer Capital sold her shares"
        assertThat(labels.label("\"The government is very angry with the company,\" said Anne Mercer, head of Mercer Capital, who"
                + " sold her shares on Monday.", "on Monday")).isEqualTo("Anne Mercer sold her shares");
        // was "A maker of garden tools opened a plant there"
        assertThat(labels.label("The city hired Acme, a maker of garden tools, which opened a plant there in May.", "in May"))
                .isEqualTo("Acme opened a plant there");
        // was "A retired nurse founded the charity": after "of" the name is the person's
        assertThat(labels.label("The film tells the story of Mary Baines, a retired nurse who founded the charity in 1962.", "in 1962"))
                .isEqualTo("Mary Baines founded the charity");
        // "that" with no comma qualifies the nearest noun, the regime: the country named before was not deposed
        assertThat(labels.label("He met his counterpart from Chad, the main ally of the military regime that was deposed by rebels"
                + " in 2009, on Thursday.", "in 2009")).doesNotStartWith("Chad");
        // a place after a preposition is no person: a young man returned, not Spain
        assertThat(labels.label("In Spain, a young man who had recently returned from Mexico fell ill in April.", "in April"))
                .doesNotStartWith("Spain");
    }

    @Test
    void anInfinitiveOfAimWhoseObjectWasCutGoesWhole() {
        // was "A hearing has opened in Boston to determine"
        assertThat(labels.label("A hearing has opened in Boston on Tuesday to determine whether the former nurse who treated the"
                + " senator in his last weeks should stand trial for fraud.", "on Tuesday")).isEqualTo("A hearing has opened in Boston");
        // was "The crew started a test burn to see"
        assertThat(labels.label("The crew started a test burn on Wednesday to see how much of the slick could be set alight"
                + " safely in open water near the coast.", "on Wednesday")).isEqualTo("The crew started a test burn");
        // after a verb the infinitive is the verb's complement, and stays
        assertThat(labels.label("The minister plans to visit the flooded towns of the north-east on Friday.", "on Friday"))
                .isEqualTo("The minister plans to visit the flooded towns");
    }

    @Test
    void aQuantifierFloatedOffItsSubjectLeavesTheSubjectWhole() {
        // was "Confirmed their cases"
        assertThat(labels.label("Peru, Chile and Ghana all confirmed their cases on Monday.", "on Monday"))
                .isEqualTo("Peru, Chile and Ghana all confirmed their cases");
        // was "Reacted strongly against the decision"
        assertThat(labels.label("They all reacted strongly against the decision in 1931.", "in 1931"))
                .isEqualTo("They all reacted strongly against the decision");
        // a floated "each" is no subject of its own: not "Each spoke to the press"
        assertThat(labels.label("The mayor and the governor each spoke to the press on Wednesday.", "on Wednesday"))
                .isEqualTo("The mayor and the governor each spoke to the press");
    }

    @Test
    void anAgeSetOffAfterANameIsNoSubject() {
        // was "38 died at the city's hospital"
        assertThat(labels.label("Anne Baker, 38, from Leeds, died on Sunday at the city's hospital.", "on Sunday"))
                .isEqualTo("Anne Baker died at the city's hospital");
    }

    @Test
    void aGerundAfterAPrepositionIsNoVerbBetweenVerbsThatShareTheirSubject() {
        // was "Took a bus to the clinic"
        assertThat(labels.label("She felt unwell after landing and took a bus to the clinic on Friday.", "on Friday"))
                .isEqualTo("She took a bus to the clinic");
    }

    @Test
    void aNumberBeforeAnInfinitiveKeepsItsPhrase() {
        // was "The firm said it has agreed to pool": "to form" was read as the end of a range of numbers
        assertThat(labels.label("The firm said on Wednesday it has agreed to pool $2 billion to form a new venture.", "on Wednesday"))
                .isEqualTo("The firm said it has agreed to pool $2 billion");
    }

    @Test
    void theSpeakerNamesThePronounPastTheSayingsCircumstances() {
        // was "She gave the patient two tablets", whom the sentence before named: the speaker stands before "that"
        assertThat(labels.label("Dr Lane reveals in an interview with detectives that, on the night of 3 May, she gave the patient"
                + " two tablets.", "3 May")).isEqualTo("Dr Lane gave the patient two tablets");
    }

    @Test
    void aNameOfSeveralWordsAfterAndIsNotCutFromTheNameBeforeIt() {
        // was "The study was published by the National Oceanic"
        assertThat(labels.label("The study was published on Monday by the National Oceanic and Atmospheric Administration in"
                + " Washington.", "on Monday")).isEqualTo("The study was published");
        // a list of one-word names may still lose its last: was and is "... towards the coasts of Alabama"
        assertThat(labels.label("The oil slick drifted on Friday towards the coasts of Alabama and Mississippi and the Florida"
                + " Panhandle.", "on Friday")).isEqualTo("The oil slick drifted towards the coasts of Alabama");
    }

    @Test
    void anExistentialThereRightBeforeItsVerbIsItsSubject() {
        // a caption run into the text: was "His own defence was no sign of the doctor or his lawyers"
        assertThat(labels.label("The doctor chose not to speak in his own defence There was no sign of the doctor on Friday or his"
                + " lawyers.", "on Friday")).isEqualTo("There was no sign of the doctor or his lawyers");
    }

    @Test
    void aPhraseOpeningWithAPossessiveStartsTheSubject() {
        // the date phrase left "evening" out: was "Evening will talk to the nation"
        assertThat(labels.label("Tomorrow evening our mayor will talk to the city about the floods.", "Tomorrow"))
                .isEqualTo("Our mayor will talk to the city about the floods");
    }
}

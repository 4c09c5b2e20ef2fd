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
    void anAgeInDecadesIsPartOfTheSubject() {
        // was "A woman s died" and "Heart conditions died": "40s" was split into "40" and a verb "s"
        assertThat(labels.label("A woman in her 40s died on Monday.", "Monday")).isEqualTo("A woman died");
        assertThat(labels.label("Officials said on Saturday a man in his 30s with underlying heart conditions died last week.",
                "last week")).isEqualTo("A man died");
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

    @Test
    void aPronounRightBeforeItsVerbIsItsSubjectAndItsSpeakerNamesIt() {
        // was "Reporters would resign": the hearer taken for the subject
        assertThat(labels.label("The minister told reporters he would resign on Monday.", "on Monday"))
                .isEqualTo("The minister told reporters he would resign");
        // was "Investors would cut 500 jobs"
        assertThat(labels.label("The company told investors it would cut 500 jobs in March.", "March"))
                .isEqualTo("The company told investors it would cut 500 jobs");
        // was "He would resign": a speaker named by a common noun is kept with what it said
        assertThat(labels.label("The minister said he would resign on Monday.", "on Monday")).isEqualTo("The minister said he would resign");
        // a hearer named by a common noun is not "she": the speaker is
        assertThat(labels.label("Nutritionist Cherilyn Lee tells the court she warned the singer about the sedative on 26 October 2011.",
                "26 October 2011")).isEqualTo("Nutritionist Cherilyn Lee warned the singer about the sedative");
        // a pronoun joined to a phrase before it is no subject of its own
        assertThat(labels.label("My husband and I are now retired since 2005.", "since 2005")).isEqualTo("My husband and I are now retired");
        // but after a verb's object, "and" opens a clause of its own: not "Susan and they had 7 children"
        assertThat(labels.label("Richard married Susan and they had 7 children in 1869.", "1869")).isEqualTo("They had 7 children");
    }

    @Test
    void aPronounRightAfterANounOpensAClauseThatQualifiesIt() {
        // "the victim [whom] she assaulted": the label names the victim, not a bare "She assaulted"
        assertThat(labels.label("A judge has ordered the singer to pay $3.7 million to the victim she assaulted in October 2007.",
                "October 2007")).isEqualTo("The victim she assaulted");
        // a preposition's phrase before the pronoun is an adverbial: not "The moment we are at level five"
        assertThat(labels.label("What I do not get is that at the moment we are at level five in 2009.", "2009"))
                .isEqualTo("We are at level five");
        // was "The census was living at Lletty Meifod": a fronted phrase with no main clause after it is no subject
        assertThat(labels.label("On the 1901 census he was living at a farm as a shoemaker.", "1901")).isEqualTo("He was living at a farm");
        // but a fronted phrase before a comma and the main clause holds a clause that qualifies its noun
        assertThat(labels.label("Along with the regional conference it staged in January, the government now hosts 18 embassies.",
                "January")).isEqualTo("The regional conference staged");
    }
    @Test
    void aSubjectBeforeAParticipleWithItsAdverbsIsFound() {
        // twenty-seventh round; was "Has killed up to 60 people in the region": "before" with no object read as a preposition
        assertThat(labels.label("A strain of flu never seen before has killed up to 60 people in the region, officials said on "
                + "Friday.", "on Friday")).isEqualTo("A strain of flu has killed up to 60 people in the region");
        // but "before" with a gerund's clause is its preposition: the sentence's verb stays the event
        assertThat(labels.label("The well leaked 4.9 million barrels of oil before being capped on July 15.", "July 15"))
                .isEqualTo("The well leaked 4.9 million barrels of oil");
    }

    @Test
    void aClauseSetOffByACommaQualifiesTheNounAfterAnInfinitive() {
        // twenty-seventh round; was "Nothing has come easy in the long campaign to kill the Macondo well" (the trigger
        // "blew" with the subject "the long campaign")
        assertThat(labels.label("Nothing has come easy in the long campaign to kill the Macondo well, which blew out on April 20 and "
                + "destroyed the rig.", "on April 20")).isEqualTo("The Macondo well blew out");
    }

    @Test
    void aCompoundsLastNounIsNoAdverb() {
        // twenty-seventh round; was "A relief bored into the bottom of the damaged well to pump": "well" read as an adverb
        assertThat(labels.label("On Thursday, a relief well bored into the bottom of the damaged well to pump in cement.", "On Thursday"))
                .isEqualTo("A relief well bored into the bottom of the damaged well");
    }
    @Test
    void aParticiplesClauseAfterACommaIsToldByTheMainClause() {
        // twenty-seventh round; was "The band beginning": the participle took the main clause's subject
        assertThat(labels.label("The band had been due to play 20 concerts at the arena in the capital, beginning on 3 May.",
                "on 3 May")).isEqualTo("The band had been due to play 20 concerts at the arena");
        // with no main verb before it, the participle keeps its subject, as before
        assertThat(labels.label("Rescue crews on Monday, anticipating the arrival of the storm.", "on Monday"))
                .isEqualTo("Rescue crews anticipating the arrival of the storm");
    }

    @Test
    void aSecondVerbSharesTheSubjectPastADateOrAParticiplesPhraseInCommas() {
        // was "Had denied any wrongdoing": the commas around the date closed the clause
        assertThat(labels.label("The surgeon was charged with negligence, in June 2019, but had denied any wrongdoing.", "June 2019"))
                .isEqualTo("The surgeon had denied any wrongdoing");
        // was "Was freed on medical grounds": the participle's phrase between commas is passed
        assertThat(labels.label("The pilot was convicted of smuggling in 2015, carrying 40 kilos, but was freed on medical grounds "
                + "last August.", "last August")).isEqualTo("The pilot was freed on medical grounds");
    }

    @Test
    void aNamesAgeWithoutItsClosingCommaIsNoSubject() {
        // was "58 was arrested": the page left out the comma after the age
        assertThat(labels.label("Jane Smith, 58 was arrested on Monday.", "on Monday")).isEqualTo("Jane Smith was arrested");
        // a number after a place the sentence opens with is the subject
        assertThat(labels.label("In Kabul, 58 were killed on Monday.", "on Monday")).isEqualTo("58 were killed");
    }
}

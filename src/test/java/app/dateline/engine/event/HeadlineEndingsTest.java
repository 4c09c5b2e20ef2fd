package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Nineteenth round: labels that stopped before their thought ended (a dangling preposition, a bare saying verb, an
 * object whose verb was cut, a subject without its head). Each sentence is written for its rule (none is copied from the
 * stories); the comment says what the label was before the rule.
 */
class HeadlineEndingsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    private String label(String sentence, String date) {
        return labels.label(sentence, date);
    }

    @Test
    void aPrepositionTheTaggerCallsAParticleGoesWithTheDate() {
        // was "A preliminary hearing is scheduled to begin on"
        assertThat(label("A preliminary hearing is scheduled to begin on 4 January where the judge will decide whether the case"
                + " goes ahead.", "4 January")).isEqualTo("A preliminary hearing is scheduled to begin");
    }

    @Test
    void whatASpeakerSaysAfterAClauseOfTimeIsTheEventAndItsPronounIsThatClausesSubject() {
        // was "The prosecutor said": "when" opened the said clause, which read as none
        assertThat(label("In court on Tuesday, the prosecutor said that when the nurse saw the patient had died, she called a"
                + " security guard to clear the room.", "Tuesday")).isEqualTo("The nurse called a security guard to clear the room");
        // a name: "he" is the doctor, not the speaker (who would be "Jane Smith ordered ...")
        assertThat(label("On Tuesday, prosecutor Jane Smith said that when Dr Brown realised the patient had died, he ordered"
                + " the nurse to leave.", "Tuesday")).isEqualTo("Dr Brown ordered the nurse to leave");
        // "it" and a singular noun: was "The minister told reporters"
        assertThat(label("The minister told reporters on Monday that while the new strain appears mild, it needs to be watched"
                + " closely.", "Monday")).isEqualTo("The new strain needs to be watched closely");
        // a condition's subject is not whom the pronoun names ("he" is the mayor)
        assertThat(label("The mayor said on Monday that if the contractor had worked for him, he would have fired him.", "Monday"))
                .doesNotStartWith("The contractor");
        // past an insert set off by commas after the clause: was "The chief engineer said"
        assertThat(label("The chief engineer said on Friday that when the crew arrived, two hours after the alarm was raised,"
                + " the fire had spread to the roof.", "Friday")).isEqualTo("The chief engineer said the fire had spread to the roof");
    }

    @Test
    void anObjectThatIsTheSubjectOfTheClauseSaidKeepsThatClausesVerb() {
        // was "The health agency reported 5,120 people": the cut took the verb with the phrase "in 31 countries"
        assertThat(label("The health agency on Sunday reported 5,120 people in 31 countries have been infected by the new"
                + " strain.", "Sunday")).isEqualTo("The health agency reported 5,120 people have been infected");
        // an infinitive that qualifies the subject: was "The company said the complex \"dry seal\" method"
        assertThat(label("On Saturday the company said the complex \"dry seal\" method to close the mine has failed.", "Saturday"))
                .isEqualTo("The company said the complex dry seal method has failed");
    }

    @Test
    void aSayingSetOffByCommasBeforeAParticipleClauseGivesWayToTheEventItReports() {
        // was "Mary Jones said"
        assertThat(label("Four more cases of measles have been confirmed in the town, Mary Jones said today, taking the total to"
                + " nine.", "today")).isEqualTo("Four more cases of measles have been confirmed in the town");
    }

    @Test
    void aTitleTheTaggerReadAsAPrepositionStaysWithItsName() {
        // was "Emergency room testified the surgeon told her nothing": "Dr" read as a preposition cut the subject in two
        assertThat(label("Also, emergency room Dr Danielle Cooper testified on Thursday that the surgeon told her nothing.",
                "Thursday")).startsWith("Dr Danielle Cooper testified");
    }

    @Test
    void aCutNeverEndsInsideAPrepositionOfSeveralWords() {
        // fifty-fifth round: 29 labels of the shared stories ended so ("BP placed a containment cap on the well in an attempt")
        assertThat(label("Acme put a steel lid on the pipe on Thursday in an attempt to catch most of the water pouring from the"
                + " broken main under the road.", "on Thursday")).isEqualTo("Acme put a steel lid on the pipe");
        assertThat(label("The minister announced on Tuesday the office will be split in order to separate its roles of collecting"
                + " fees and policing safety.", "on Tuesday")).isEqualTo("The minister announced the office will be split");
    }
}

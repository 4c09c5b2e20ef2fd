package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-third round: subjects the label lost. A date that is its clause's subject stays ("Will be remembered" told no
 * one what); a subject set off by an adjective's phrase and a participle that opens the sentence are kept. Each
 * sentence is written for its rule; the comment says what the label was before.
 */
class HeadlineDateSubjectsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aDateThatIsTheSubjectStays() {
        // was "Will be remembered"
        assertThat(labels.label("But that day will be remembered for another, unexpected death.", "that day"))
                .startsWith("That day will be remembered");
        // was "Has seen the release of their latest single"
        assertThat(labels.label("This month has seen the release of their latest single.", "This month"))
                .startsWith("This month has seen the release");
        // a date after its preposition, or an adverb's, is no subject: it goes
        assertThat(labels.label("On Monday the minister resigned over the leak.", "On Monday"))
                .isEqualTo("The minister resigned over the leak");
        assertThat(labels.label("Now is the time for the ministry to act.", "Now")).doesNotStartWith("Now");
    }

    @Test
    void aSubjectBeforeAnAdjectivesPhraseIsKept() {
        // was "Will begin"
        assertThat(labels.label("The trial, due to start on 24 March, will now begin on 9 May.", "9 May"))
                .isEqualTo("The trial will now begin");
    }

    @Test
    void aParticipleThatOpensTheSentenceIsTheSubjectsWord() {
        // was "Statements will begin" ("Opening" read as a verb)
        assertThat(labels.label("Opening statements will now begin on 9 May.", "9 May"))
                .isEqualTo("Opening statements will now begin");
    }

    @Test
    void aDateThatOpensTheMainClauseAfterAPhraseSetOffIsItsSubject() {
        // fifty-fourth round; was "Has been a busy time"
        assertThat(labels.label("For the country's censors, this week has been a busy time.", "this week"))
                .isEqualTo("This week has been a busy time");
        // was "Will go out more like a sea monster"
        assertThat(labels.label("Based on a recent study, March 2011 will go out more like a sea monster.", "March 2011"))
                .startsWith("March 2011 will go out");
        // before "was" and a noun phrase, that phrase names the date's event, as when the date opens the sentence
        assertThat(labels.label("Raising the stakes still further, Tuesday was the official start of the hurricane season.",
                "Tuesday")).isEqualTo("The official start of the hurricane season");
        // a comma that closes an aside of the subject, or a clause's subject after "where", leaves the date no subject
        assertThat(labels.label("Mr Hayward, 53, yesterday said he would stay.", "yesterday")).startsWith("Mr Hayward said");
        assertThat(labels.label("In Mexico, where officials in the capital, Mexico City, today ordered all restaurants to close,"
                + " the health secretary spoke.", "today")).doesNotStartWith("Today");
        // after ", and" the subject is the clause's before ("He ... and next month plans to order"): no subject
        assertThat(labels.label("He has ordered rigs to check their equipment, and next month plans to order new safeguards.",
                "next month")).doesNotStartWith("Next month");
    }

    @Test
    void twoDatesJoinedAsTheSubjectStay() {
        // fifty-fourth round; was "Will be the peak season for flu in Australia"
        assertThat(labels.label("July and August will be the peak season for flu in Australia.", "July", "August"))
                .isEqualTo("July and August will be the peak season for flu in Australia");
        // after their preposition they go
        assertThat(labels.label("In July and August the virus spread to the south.", "July", "August")).isEqualTo("The virus spread to the south");
    }

    @Test
    void aDateThatOwnsTheSubjectStaysWithIt() {
        // fifty-fourth round: without its date the subject had no determiner ("Fire is a new setback", "Crop will perish")
        assertThat(labels.label("Thursday's fire is a new setback for the company.", "Thursday")).startsWith("Thursday's fire is");
        assertThat(labels.label("But this year's crop of spate will perish.", "this year")).isEqualTo("This year's crop of spate will perish");
        // so with a possessive date in the object
        assertThat(labels.label("The minister cancelled Thursday's meeting with the unions.", "Thursday"))
                .isEqualTo("The minister cancelled Thursday's meeting with the unions");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Twenty-third round: labels that said more or other than their sentence, because the word that bounds or denies the
 * subject's quantity or the verb was dropped with the adverbs around it, or a subject of joined names lost one. Each
 * sentence is written for its rule (none is copied
 * from the stories); the comment says what the label was before.
 */
class HeadlineBoundsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    private String label(String sentence, String date) {
        return labels.label(sentence, date);
    }

    @Test
    void theSubjectKeepsTheWordThatBoundsItsQuantity() {
        // approximators.txt's example; was "Every country has normalized relations with the Taliban"
        assertThat(label("As of early 2024, nearly every country in the region has normalized relations with the Taliban.",
                "early 2024")).isEqualTo("Nearly every country has normalized relations with the Taliban");
        // was "200 people died in the floods": a bound of several words
        assertThat(label("More than 200 people died in the floods on Monday.", "Monday"))
                .isEqualTo("More than 200 people died in the floods");
        // was "Three countries recognized the regime"
        assertThat(label("Only three countries recognized the regime in March 1997.", "March 1997"))
                .isEqualTo("Only three countries recognized the regime");
        // sixtieth round, approximators.txt's third example; was "300 and 400 people died in the floods"
        assertThat(label("Between 300 and 400 people died in the floods on Monday.", "Monday"))
                .isEqualTo("Between 300 and 400 people died in the floods");
        // "about" read as a preposition is a bound before a number
        assertThat(label("About 200 people died in the floods on Monday.", "Monday"))
                .isEqualTo("About 200 people died in the floods");
    }

    @Test
    void aBoundBoundsOnlyAQuantity() {
        // quantifiers.txt's example; was "Many people came to the meeting"
        assertThat(label("Not many people came to the meeting on Monday.", "Monday")).isEqualTo("Not many people came to the meeting");
        // a contrast, not a quantity: the label does not open with "Not the workers"
        assertThat(label("It must be directed at those at fault, not the workers who lost their jobs on Monday.", "Monday"))
                .doesNotStartWith("Not");
        // a long subject keeps its bound with its first phrase; was "More than have been admitted to hospital"
        assertThat(label("More than 1,300 people have been admitted to hospital with symptoms of the flu since Monday, officials in the region said.",
                "Monday")).startsWith("More than 1,300 people have been admitted");
    }

    @Test
    void anAdverbOfTimeBeforeTheSubjectIsNoBound() {
        assertThat(label("Later, the minister resigned on Monday.", "Monday")).isEqualTo("The minister resigned");
    }

    @Test
    void theVerbKeepsTheAdverbThatDeniesOrBoundsIt() {
        // verb-bounds.txt's examples; were "The board approved the deal" and "The bank collapsed"
        assertThat(label("The board never approved the deal on Monday.", "Monday")).isEqualTo("The board never approved the deal");
        assertThat(label("The bank nearly collapsed in September 2008.", "September 2008")).isEqualTo("The bank nearly collapsed");
        // was "The company sells the unit"
        assertThat(label("The company no longer sells the unit since March 2022.", "since March 2022"))
                .isEqualTo("The company no longer sells the unit");
        // an adverb of manner still goes
        assertThat(label("The minister quickly resigned on Monday.", "Monday")).isEqualTo("The minister resigned");
    }

    @Test
    void aSubjectOfJoinedNamesKeepsEveryName() {
        // was "China and Iran took part in the talks"
        assertThat(label("Russia, China and Iran took part in the talks in March.", "March"))
                .isEqualTo("Russia, China and Iran took part in the talks");
        // was "Neither Russia has recognized the Taliban": the opposite of the sentence
        assertThat(label("Neither Russia nor China has recognized the Taliban since August 2021.", "since August 2021"))
                .isEqualTo("Neither Russia nor China has recognized the Taliban");
        // was "The minister will attend the talks"
        assertThat(label("Either the minister or his deputy will attend the talks in March.", "March"))
                .isEqualTo("Either the minister or his deputy will attend the talks");
        // the name after a preposition opens no list
        assertThat(label("In Kabul, China and Iran signed a deal in March.", "March")).isEqualTo("China and Iran signed a deal");
    }

    @Test
    void anExceptionSetOffByCommasStaysWithWhatItLimits() {
        // exceptions.txt's example; was "The Taliban reopened schools"
        assertThat(label("The Taliban reopened schools, except for girls, in March 2022.", "March 2022"))
                .isEqualTo("The Taliban reopened schools, except for girls");
        // was "Except those near the port": the exception right after the date, its comma kept to the verb
        assertThat(label("All shops reopened on Monday, except those near the port.", "on Monday"))
                .isEqualTo("All shops reopened, except those near the port");
        // an aside that is no exception still goes
        assertThat(label("The Taliban reopened schools, officials said, in March 2022.", "March 2022"))
                .isEqualTo("The Taliban reopened schools");
    }

    @Test
    void aFocusingAdverbAtItsClausesEndLeansOnThePhraseBefore() {
        // was "The Taliban reopened schools for boys"
        assertThat(label("In March 2022 the Taliban reopened schools for boys only.", "March 2022"))
                .isEqualTo("The Taliban reopened schools for boys only");
    }
}

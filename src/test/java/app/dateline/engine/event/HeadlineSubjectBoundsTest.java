package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixtieth round: where a label's subject begins and ends. Each sentence is written for its rule (none is copied from
 * the stories or the compression pairs); the comment says what the label was before.
 */
class HeadlineSubjectBoundsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aSubordinatorAfterTheOpeningNounPhraseIsItsPreposition() {
        // was "The council totals $80 million": "before" read as the opening of a clause
        assertThat(labels.label("The highway budget now before the council totals $80 million on Monday.", "on Monday", "now"))
                .isEqualTo("The highway budget totals $80 million");
        // was "The vote was grim"
        assertThat(labels.label("The mood after the vote was grim on Monday.", "on Monday")).isEqualTo("The mood was grim");
        // was "An independent company is being openly discussed"
        assertThat(labels.label("The firm's survival as an independent company is being openly discussed since Monday.", "since Monday"))
                .isEqualTo("The firm's survival is being openly discussed");
        // a span of time before "before" says when, and a name takes no such phrase: as before
        assertThat(labels.label("Hours before the storm hit, residents fled the coast on Monday.", "on Monday"))
                .isEqualTo("Residents fled the coast");
        assertThat(labels.label("Richard Miller since Gerberding resigned in January.", "in January")).isEqualTo("Gerberding resigned");
    }

    @Test
    void aComparisonAndAnAdverbAfterAndStayInsideTheSubject() {
        // was "70 pleaded not guilty"
        assertThat(labels.label("A nurse charged with the assault of a patient older than 70 pleaded not guilty on Monday.", "on Monday"))
                .isEqualTo("A nurse pleaded not guilty");
        // was "It was released"
        assertThat(labels.label("A man accused of stealing a car and then burning it in a field was released on Tuesday.", "on Tuesday"))
                .isEqualTo("A man was released");
    }

    @Test
    void thereAfterANounIsItsPlace() {
        // was "There have been laying sandbags along the river bank"
        assertThat(labels.label("Volunteers there have been laying sandbags along the river bank since Monday.", "since Monday"))
                .isEqualTo("Volunteers have been laying sandbags along the river bank");
        // and "there" before a verb that no existential "there" takes (was "There killed nine sailors")
        assertThat(labels.label("Divers have begun sealing the wreck, after an explosion there in March killed nine sailors.", "in March"))
                .isEqualTo("An explosion killed nine sailors");
        // after a preposition's object "there" opens the clause, as before
        assertThat(labels.label("By contrast there has been a rise in cases since Monday.", "since Monday"))
                .isEqualTo("There has been a rise in cases");
    }

    @Test
    void aWeekdayBetweenTheSubjectAndItsVerbEndsNoName() {
        // was "Rejected a $2 million loan": the weekday, a proper noun, taken for a name after the role "commissioners"
        assertThat(labels.label("The county commissioners Wednesday rejected a $2 million loan.", "Wednesday"))
                .isEqualTo("The county commissioners rejected a $2 million loan");
    }

    @Test
    void aCompanysFormAfterACommaIsPartOfItsName() throws java.io.IOException {
        // was "Ltd. announced it is closing its plant"
        assertThat(labels.label("Clark Industries, Ltd. on Monday announced that it is closing its plant.", "on Monday"))
                .isEqualTo("Clark Industries announced it is closing its plant");
    }

    @Test
    void anInsertThatEndsOnAListEndsAtTheCommaAfterTheList() {
        // was "A leading maker of pumps has bought its rival"
        assertThat(labels.label("Globex, a leading maker of pumps, valves and control equipment for the oil industry, has bought its "
                + "rival on Monday.", "on Monday")).isEqualTo("Globex has bought its rival");
        // a name and its roles set off by commas stay as they were
        assertThat(labels.label("Jane Smith, chairman and chief executive officer, said on Monday that the firm expects revenue to rise.",
                "on Monday")).isEqualTo("Jane Smith said the firm expects revenue to rise");
    }

    @Test
    void aNumbersCompoundIsOneWordAndMayNameTheThingItself() {
        // was "A 47- man was arrested": the splitter parted "47" from "-year-old", and the label lost "year-old"
        assertThat(labels.label("A 47-year-old man from the town, a local baker, was arrested on Sunday.", "on Sunday"))
                .isEqualTo("A 47-year-old man was arrested");
        assertThat(labels.label("The 10-year fell sharply on Monday.", "on Monday")).isEqualTo("The 10-year fell sharply");
        assertThat(labels.label("It said a 5-year-old who had recently returned from Spain had contracted the virus on Monday.",
                "on Monday")).isEqualTo("A 5-year-old had contracted the virus");
        // the adjective after such a compound is its noun (the split words had kept "a 14-year low" one noun phrase)
        assertThat(labels.label("The shares fell to a 12-year low of 210p on Friday.", "12-year", "on Friday"))
                .isEqualTo("The shares fell to a 12-year low of 210p");
        // a participle's compound opens an insert as the participle does
        assertThat(labels.label("The casino company, 60%-owned by investor John Smith, earlier this month announced its plans to "
                + "expand.", "earlier this month")).isEqualTo("The casino company announced its plans to expand");
    }

    @Test
    void aVerbKeepsThePrepositionItCannotStandWithout() throws java.io.IOException {
        // labels/preposition-verbs.txt's example; was "... the government was forced to rely"
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example("/dateline/labels/preposition-verbs.txt");
        assertThat(labels.label(example.sentence(), "on Sunday")).isEqualTo(example.label());
    }

    @Test
    void aDateRightAfterAndBeforeBeIsTheSubjectNotTheFirstClausesSubject() {
        // sixty-first round: the verbs joined by "and" share their subject, but a date standing alone there is that
        // subject (was, with the shared subject, "Volunteers is no exception")
        assertThat(labels.label("Volunteers have always helped the town in hard times, and today is no exception.", "today"))
                .doesNotContain("Volunteers");
        // with a preposition the date says when, and the subject is shared
        assertThat(labels.label("The ferry was repaired, and on Monday was towed to the harbour.", "on Monday"))
                .isEqualTo("The ferry was towed to the harbour");
    }

    @Test
    void aClauseBetweenCommasIsNoInsert() {
        // sixty-first round: ", the council repaired the roads," was read as an insert after "money", which became the
        // subject of the list's last verb ("Money opened a library")
        assertThat(labels.label("Though it lacked money, the council repaired the roads, cleared the parks, and in the spring opened a"
                + " library.", "in the spring")).doesNotStartWith("Money");
    }

    @Test
    void aNameBetweenCommasBeforeAVerbWithATenseIsTheSubjectWhenNoNounPhraseComesBefore() {
        // sixty-first round: was "Was released" (the phrase before the name ends on a word the tagger read as an adjective)
        assertThat(labels.label("His debut solo single, Blue Harbour, was released on Monday.", "on Monday"))
                .isEqualTo("Blue Harbour was released");
        // a name's own participle is no verb of the sentence
        assertThat(labels.label("My grandfather, Tom Reed, born 1885, moved to Leeds in 1910.", "in 1910")).isEqualTo("Tom Reed moved to Leeds");
    }

    @Test
    void aRegionInLowerCaseIsNoWho() {
        // sixty-first round: "who" after "from the north-east" was the region's clause (was "Had returned from Spain")
        assertThat(labels.label("The new patient from the north-east, who had recently returned from Spain on Monday, shares a flat.",
                "on Monday")).isEqualTo("The new patient had recently returned from Spain");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Thirteenth round: labels that left out what completes their last word ("ordered a strike" on whom, "was unified"
 * in what), on the seed's key events. Each sentence is written for its rule (none is copied from the stories); the
 * comment says what the label was before the rule.
 */
class HeadlineCompletionsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    private String label(String sentence, String date) {
        return labels.label(sentence, date);
    }

    @Test
    void aParticipleAfterAnEventNounSaysWhatTheEventDid() {
        // was "The army said it had ordered a raid" (and "al-Rashid" a conjunction: name-particles.txt)
        assertThat(label("The army said on Friday it had ordered a raid killing Omar al-Rashid, a commander of the militia, despite"
                + " warnings from the elders.", "Friday")).isEqualTo("The army said it had ordered a raid killing Omar al-Rashid");
        // was "The mayor held a ceremony"
        assertThat(label("The mayor held a ceremony marking the anniversary of the flood on Sunday in the town square near the old"
                + " harbour.", "Sunday")).isEqualTo("The mayor held a ceremony marking the anniversary of the flood");
        // a participle after a noun that names no event is a clause of its own (was and is)
        assertThat(label("The army said on Friday it had hit a truck carrying Omar al-Rashid, a commander of the militia, despite"
                + " warnings from the elders.", "Friday")).isEqualTo("The army said it had hit a truck");
    }

    @Test
    void anAdjectiveKeepsThePhraseThatSaysWhatItIsAboutWhileTheLabelFits() {
        // adjective-complements.txt's example; was "The foreign minister stated that the council was united"
        assertThat(label("After the talks, the foreign minister stated on Friday that the council was united in opposing the dam.",
                "Friday")).isEqualTo("The foreign minister stated the council was united in opposing the dam");
        // past 72 characters the phrase goes (and "that" with it, which the long label no longer needs)
        assertThat(label("After the long talks in the capital, the Ruritanian foreign minister stated Friday that the council was"
                + " united in opposing the new dam.", "Friday")).isEqualTo("The Ruritanian foreign minister stated the council was united");
        // adjective-complements.txt's counter-example: nothing after the adjective
        assertThat(label("The council was united on Friday.", "Friday")).isEqualTo("The council was united");
    }

    @Test
    void aVerbOfOrderingKeepsWhatItsObjectWasToldToDo() {
        // object-control-verbs.txt's example; was "The judge ordered a security guard" (cut to fit at "to")
        assertThat(label("On Tuesday the judge ordered a security guard to collect the medical paraphernalia and other items from"
                + " the house.", "Tuesday")).isEqualTo("The judge ordered a security guard to collect the paraphernalia");
        // not a verb of the list: the infinitive is a phrase like any other and goes first
        assertThat(label("On Tuesday the judge hired a security guard to collect the medical paraphernalia and other items from"
                + " the house.", "Tuesday")).isEqualTo("The judge hired a security guard");
        // past 72 characters with the infinitive's object: the length's cut of it is undone while the label fits in 90
        // (fifty-ninth round; was "The presiding judge ordered a security guard"), and never "to collect" alone
        assertThat(label("On Tuesday the presiding judge ordered a security guard to collect the medical paraphernalia and other"
                + " items from the house.", "Tuesday")).isEqualTo("The presiding judge ordered a security guard to collect the paraphernalia");
    }

    @Test
    void aShortLabelKeepsItsThat() {
        // a verb that is no reporting verb ("stated" was one only by mistake: its lemma was "stat")
        assertThat(label("The minister hinted on Friday that the council was united.", "Friday"))
                .isEqualTo("The minister hinted that the council was united");
    }

    @Test
    void statedIsAReportingVerbAsSaidIs() {
        assertThat(label("The minister stated on Friday that the council was united.", "Friday"))
                .isEqualTo(label("The minister said on Friday that the council was united.", "Friday")
                        .replace("said", "stated"));
    }

    @Test
    void whatAThingWasUsedForIsWhatWasDone() {
        // fifty-ninth round, object-control-verbs.txt's "use" with a date between the object and its infinitive; was "The
        // new mayor used her first televised address"
        assertThat(label("The new mayor used her first televised address last night to try to win back the trust of the voters in"
                + " the poorer districts, laying out what she called a \"fresh start\" for the city.", "last night"))
                .isEqualTo("The new mayor used her first address to try to win back the trust");
    }

    @Test
    void theWordBeforeANumberIsPartOfTheAmount() {
        // fifty-ninth round: the modifiers go, but not the word that qualifies a number (approximators.txt,
        // quantifiers.txt); was "A floating barrier was to be used to collect thousand gallons"
        assertThat(label("A floating barrier was to be used on Tuesday to collect several thousand gallons of the thickest diesel"
                + " on the surface of the river, tow it to a quiet bay and burn it.", "on Tuesday"))
                .isEqualTo("A floating barrier was to be used to collect several thousand gallons");
    }
}

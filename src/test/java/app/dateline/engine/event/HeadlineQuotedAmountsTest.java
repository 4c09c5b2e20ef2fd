package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-second round: quoted words that are a noun phrase's head, bounds of several words before a number, a participle
 * inside a verb's object. Each sentence is written for its rule (none is copied from the stories or the compression
 * pairs); the comment says what the label was before.
 */
class HeadlineQuotedAmountsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void quotedWordsAfterADeterminerOrPossessorAreTheSubjectsHead() {
        // was "The harvest was 3,000 tonnes": the marks split "the farm's" from its head
        assertThat(labels.label("The farm's \"first estimate\" for the harvest as of May 3 was 3,000 tonnes.", "May 3"))
                .isEqualTo("The farm's first estimate was 3,000 tonnes");
        // was "Stress test will not end"
        assertThat(labels.label("The council said the \"stress test\" would not end until Sunday.", "until Sunday"))
                .isEqualTo("The stress test would not end");
    }

    @Test
    void aBoundOfSeveralWordsStaysWithItsNumber() {
        // was "A survey suggested up to 60 percent of the wells": "up" a phrase of its own, the clause's verb cut after it
        assertThat(labels.label("A survey released in June suggested up to 60 percent of the wells in the valley had dried up by the "
                + "end of the summer, and more were failing.", "in June"))
                .isEqualTo("A survey suggested up to 60 percent of the wells had dried up");
        assertThat(labels.label("The fever has killed up to 60 people in the hill villages of the north on Friday.", "on Friday"))
                .isEqualTo("The fever has killed up to 60 people");
    }

    @Test
    void aParticipleInsideAVerbsObjectTellsOfTheNounRightBeforeIt() {
        // was "The old valve fitted beside the pump": the object's first noun
        assertThat(labels.label("Once the crew replaced the old valve on the new pressure gauge fitted beside the pump on Monday, "
                + "the leak stopped.", "on Monday")).isEqualTo("The new pressure gauge fitted beside the pump");
    }

    @Test
    void aPastTenseTheTaggerReadAsAParticipleAfterAParticiplesPhraseIsTheClausesVerb() {
        // was "The beach collected 2,300 barrels of oil": "placed/VBD on the beach collected/VBN", the wrong way round
        assertThat(labels.label("Officials said the boom placed on the beach collected 2,300 barrels of oil on Tuesday.", "on Tuesday"))
                .isEqualTo("The boom collected 2,300 barrels of oil");
        // a number alone after a participle is no object: "aged 50" stays the participle
        String sentence = "They say the doctor's negligence in treating the boxer for concussion led to his death aged 50 in June 2009.";
        app.dateline.engine.syntax.ParsedSentence parsed = new app.dateline.engine.syntax.SentenceParser().parse(sentence, 0);
        assertThat(parsed.tokens().get(parsed.tokenAt(sentence.indexOf("aged"))).tag()).isEqualTo("VBN");
    }
}

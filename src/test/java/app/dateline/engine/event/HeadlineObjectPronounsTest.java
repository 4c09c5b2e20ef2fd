package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Forty-fifth round: a pronoun in the object case ("them", "him") or a reflexive ("himself") is never a label's subject
 * (the pooled stories had "Himself attended a baseball game", "Us have been awaiting", "Himself went bankrupt"). Each
 * sentence is written for its rule; the comment says what the label was before.
 */
class HeadlineObjectPronounsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aCountOfAPronounKeepsItsCount() {
        // were "Them returned home" and "Us has a vote": the chunker leaves "many" and "each" outside a noun phrase
        assertThat(labels.label("Many of them returned home on Friday.", "on Friday")).isEqualTo("Many of them returned home");
        assertThat(labels.label("Each of us has a vote in May.", "May")).isEqualTo("Each of us has a vote");
        // a pronoun after "of" that counts nothing is left as it was: the object of a phrase before its verb
        assertThat(labels.label("The mayor told all of them on Friday that the road had closed.", "on Friday"))
                .startsWith("The mayor told");
    }

    @Test
    void aReflexiveThatStressesTheSubjectIsPassedToTheSubject() {
        // were "Himself toured the coast" and "Himself faces an inquiry"
        assertThat(labels.label("The governor, who has been criticised for his response, himself toured the coast on Sunday.",
                "on Sunday")).isEqualTo("The governor toured the coast");
        assertThat(labels.label("The minister, who himself faces an inquiry on Thursday, has resigned.", "on Thursday"))
                .isEqualTo("The minister faces an inquiry");
        // right after its noun, as before
        assertThat(labels.label("The governor himself toured the coast on Sunday.", "on Sunday")).isEqualTo("The governor toured the coast");
    }

    @Test
    void aFiniteVerbsPronounObjectEndsTheSubject() {
        // was "Himself collapsed": the walk back from "the bank" went through the first clause's object
        assertThat(labels.label("After the banker found himself in prison and the bank collapsed in 2008, a rival bought its assets.",
                "in 2008")).isEqualTo("The bank collapsed");
        // a participle's object is part of the subject
        assertThat(labels.label("A group calling itself Clean Gulf said on Monday it would march.", "on Monday"))
                .isEqualTo("A group said it would march");
    }

    @Test
    void aPronounObjectBeforeTheEventsVerbGivesTheEventToTheVerbItFollows() {
        // were "Him resort to a familiar defence" and "Itself having to answer questions"
        assertThat(labels.label("The long inquiry of the chief executive saw him resort on Thursday to a familiar defence.",
                "on Thursday")).isEqualTo("The long inquiry saw him resort to a defence");
        // a participle after the object tells what the object does ("was "The company may find itself")
        assertThat(labels.label("The company may find itself having to answer questions on Monday.", "on Monday"))
                .isEqualTo("The company may find itself having to answer questions");
    }
}

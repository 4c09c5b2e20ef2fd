package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quantifier with no noun after it and a verb next stands for a noun phrase of its own, whatever the tagger calls it
 * (Chunker, syntax/standalone-determiners.txt): the labels read "Are at least 13" and "Are linked to outbreaks".
 */
class StandaloneQuantifierChunkTest {

    @Test
    void aQuantifierBeforeItsVerbIsASubject() {
        assertThat(NounPhrases.of("Shifts last 12 hours, though a handover period means most are at least 13."))
                .contains("most/most");
        assertThat(NounPhrases.of("We are seeing cases pop up, but most are linked to outbreaks.")).contains("most/most");
        assertThat(NounPhrases.of("Many were killed in the blast.")).contains("Many/Many");
    }

    @Test
    void anAdverbOfDegreeBeforeAVerbIsNone() {
        // after a pronoun or a question word "most" says how much
        assertThat(NounPhrases.of("The one he most wanted was sold.")).noneMatch(p -> p.startsWith("most"));
        assertThat(NounPhrases.of("What most worries me is the vote.")).noneMatch(p -> p.startsWith("most"));
    }

    @Test
    void aDeterminerAfterThatOrASubordinatorOpensItsClause() {
        // sixty-second round: the label read "Was the middle of summer"
        assertThat(NounPhrases.of("The heater was on, despite the fact that this was the middle of summer.")).contains("this/this");
        assertThat(NounPhrases.of("The firm is drilling two wells, although these are unlikely to be ready soon.")).contains("these/these");
        // after a preposition the determiner is still its object's: no phrase of its own before the verb
        assertThat(NounPhrases.of("Among these is a new drug.")).doesNotContain("these/these");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: a count ("the number", "a series", "part") says nothing without its "of" phrase (subject-words.tsv,
 * class count-noun). Each sentence is written for its rule (none is copied from the stories or the compression pairs);
 * the comment says what the label was before.
 */
class HeadlineCountsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aPrepositionsPhraseEndingOnACountGoesWhenItsOfPhraseWasCut() {
        // was "The agency said there had been a 40% rise in the number"
        assertThat(labels.label("The agency said on Monday there had been a 40% rise in the number of reported burglaries across the "
                + "small coastal towns of the county.", "on Monday")).isEqualTo("The agency said there had been a 40% rise");
    }

    @Test
    void aCountThatIsTheVerbsObjectStays() {
        // no preposition before it: the count is what the verb takes, and the label keeps it
        assertThat(labels.label("On Friday the survey found a slim majority of the farmers in the northern valleys opposed to the new "
                + "water charges.", "On Friday")).startsWith("The survey found a slim majority");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: a word after a noun that only says when it is to be ("due", labels/timing-words.txt) goes with its
 * date, and a long bracket before the verb is passed to the subject. Each sentence is written for its rule (none is
 * copied from the stories or the compression pairs); the comment says what the label was before.
 */
class HeadlineTimingWordsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theListsExampleFindsTheNounBeforeTheTimingWord() throws java.io.IOException {
        // was "Are completed by the drilling crews": ", due in August," was no insert the subject's walk passed
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example("/dateline/labels/timing-words.txt");
        assertThat(labels.label(example.sentence(), "in August")).isEqualTo(example.label());
        // was "Are expected to reveal a provision for the costs"
        assertThat(labels.label("The firm's third-quarter results due on Tuesday are expected to reveal a provision for the costs.",
                "on Tuesday")).isEqualTo("The firm's third-quarter results are expected to reveal a provision");
    }

    @Test
    void afterBeOrAtAPhrasesEndTheTimingWordIsWhatItSays() {
        assertThat(labels.label("The report is due on Tuesday.", "on Tuesday")).isEqualTo("The report is due");
        // a fronted phrase's noun is no subject: the main clause after its comma is the event
        assertThat(labels.label("With the local election due this September, the poor figures could not have come at a worse "
                + "time for the mayor.", "this September")).isEqualTo("The poor figures could not have come at a worse time");
    }

    @Test
    void aTimingInsertWithNoCommaBeforeItsPhraseLeavesTheWalkRightBeforeIt() {
        // the date's own comma and the insert's: with no comma further back the walk goes on from the noun before the
        // insert (was "Have elected to convert the bonds" once "due" went with the date)
        assertThat(labels.label("Acme Mills said holders of $2 million of its 5% notes, due May 1, 2030, have elected to convert the "
                + "bonds into shares.", "May 1, 2030")).isEqualTo("Holders of $2 million have elected to convert the bonds");
    }

    @Test
    void aLongBracketBeforeTheVerbIsPassed() {
        // was "Did not halt the race": the bracket's ten words were more than the walk passed
        assertThat(labels.label("Skylab 2 (the first crewed mission to the new station in 1973) did not halt the race, she said.",
                "in 1973")).isEqualTo("Skylab 2 did not halt the race");
    }
}

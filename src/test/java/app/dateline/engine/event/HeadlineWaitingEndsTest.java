package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-ninth round: labels the length's cuts of whole phrases left waiting for what they took (a verb before its
 * object, an auxiliary before its complement, a modifier before its head, the object of "advised" before what it was
 * advised to do), and labels ending on the "not" of a phrase cut off. Each sentence is written for its rule (none is
 * copied from the stories); the comment says what the label was before.
 */
class HeadlineWaitingEndsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theCutThatLeftAVerbWaitingIsUndoneWhileTheLabelFits() {
        // was "... this flood really does have": the phrase "full disaster potential" was the last the length took
        assertThat(labels.label("Dr Anna Berg, who sits on the city's emergency committee for the floods, told the BBC Radio 4 Today "
                + "program on Tuesday: \"This flood really does have full disaster potential.", "on Tuesday", "Today"))
                .isEqualTo("Dr Anna Berg told the BBC Radio 4 program this flood really does have disaster potential");
        // was "The city's former personal physician has been found guilty"
        assertThat(labels.label("On Friday the city's former personal physician has been found guilty of manslaughter over the death "
                + "of the singer at his rented mansion in the hills above the city.", "On Friday"))
                .isEqualTo("The city's former personal physician has been found guilty of manslaughter");
    }

    @Test
    void theClausesOwnVerbWaitsForWhatTheCutTookToo() {
        // sixtieth round: the verb of the clause itself, not only a verb inside its object, ends no label ("... were")
        assertThat(labels.label("Engineers in the capital also estimated that between 130,000 barrels and 270,000 barrels of fuel were "
                + "in the storage tanks on May 17, and a similar amount had been sold.", "on May 17"))
                .isEqualTo("Between 130,000 barrels and 270,000 barrels of fuel were in the storage tanks");
    }

    @Test
    void whoWasAdvisedKeepsWhatTheyWereAdvisedToDo() {
        // was "The South East Asian regional health commissioner advised Australians"
        assertThat(labels.label("Later Monday, after the South East Asian regional health commissioner advised Australians to postpone "
                + "nonessential travel to Indonesia and Malaysia, The Sydney Herald led its website with Australia Warned on Asian "
                + "Travel, with a deck reflecting regional disagreement, Health Advisory Unwarranted, Jakarta Says", "Later Monday"))
                .isEqualTo("The South East Asian regional health commissioner advised Australians to postpone travel");
    }

    @Test
    void aNotWhosePhraseWasCutGoesWithIt() {
        // was "The council wants the water company to pay not"
        assertThat(labels.label("The council now wants the water company to pay not only for cleaning up the river, but also for the "
                + "losses of the farmers downstream since June.", "since June")).isEqualTo("The council wants the water company to pay");
        // was "The orchestra's conductor excelled not"
        assertThat(labels.label("The orchestra's conductor excelled not only as a pianist but also as a composer in the years after "
                + "1890.", "1890")).isEqualTo("The orchestra's conductor excelled");
        // was "The mayor said the city is feeling the pressure of not"
        assertThat(labels.label("The mayor said on Tuesday that the city is feeling the pressure of not stopping the flooding in the "
                + "lower districts.", "on Tuesday")).isEqualTo("The mayor said the city is feeling the pressure");
        // was "The tickets were not available and perhaps not": the adverb before the "not" goes too
        assertThat(labels.label("The tickets were not available on Friday and perhaps not even on the weekend.", "on Friday"))
                .isEqualTo("The tickets were not available");
        // but the "not" of a verb stays, and so does one that ends its clause
        assertThat(labels.label("The current strain does not, the doctors said on Friday.", "on Friday"))
                .isEqualTo("The current strain does not");
    }

    @Test
    void aFramingSubjectGivesWayToTheClauseItFrames() throws java.io.IOException {
        // fifty-ninth round, frame-nouns.txt's example; was "The point is"
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example("/dateline/labels/frame-nouns.txt");
        assertThat(labels.label(example.sentence(), "two years ago")).isEqualTo(example.label());
        // was "The thing is"
        assertThat(labels.label("The thing is, unlike on Monday, the new mayor was not a big fan of the old harbour.", "on Monday"))
                .isEqualTo("The new mayor was not a big fan of the old harbour");
        // no clause after the frame, or a question's: the label is as before
        assertThat(labels.label("The question on Tuesday was a hard one.", "on Tuesday")).isEqualTo("The question was a hard one");
        assertThat(labels.label("The question is, where do they go from here?", null)).isEqualTo("The question is");
    }
}

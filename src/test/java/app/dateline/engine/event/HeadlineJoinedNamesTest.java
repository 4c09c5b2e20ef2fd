package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Forty-ninth round: names that "and" joins into one phrase stay whole or go whole (name-heads.txt, JoinedNames); a
 * list of names may still lose its last. Each sentence is written for its rule; the comment says what the label was
 * before.
 */
class HeadlineJoinedNamesTest {

    private static final String HEADS = "/dateline/labels/name-heads.txt";

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theListsExampleKeepsTheNameWhole() throws IOException {
        // was "The chief executive was rebuked by members of the House Energy"
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example(HEADS);
        assertThat(labels.label(example.sentence(), "On Tuesday")).isEqualTo(example.label());
    }

    @Test
    void aJoinedNameTooLongToFitGoesWhole() {
        // was "Two senior scientists from the federal laboratories will testify before a House of Representatives Energy"
        assertThat(labels.label("Two scientists will testify on Wednesday before a House of Representatives Energy and Commerce"
                + " Committee panel that is looking into the spill.", "on Wednesday")).isEqualTo("Two scientists will testify");
    }

    @Test
    void aNameOfSeveralWordsAfterAndStaysWithTheNameBeforeInEveryCut() {
        // fiftieth round: the cut of a told clause's object asked the older rule alone, and halved the two names
        // (was "... supporters of both Dr Peter Walsh")
        assertThat(labels.label("The long trial in Boston has attracted supporters of both Dr Peter Walsh and Mary Jones more "
                + "than a year after the crash.", "more than a year"))
                .isEqualTo("The long trial has attracted supporters of both Dr Peter Walsh and Mary Jones");
    }

    @Test
    void namesSharingTheirNounStayTogether() {
        // was "Strong winds may push the oil to the Mississippi"
        assertThat(labels.label("Strong winds may push the oil to the Mississippi and Alabama coasts this week.", "this week"))
                .isEqualTo("Strong winds may push the oil to the Mississippi and Alabama coasts");
    }

    @Test
    void aListOfNamesMayLoseItsLast() {
        // the names share nothing after them: the cut at "and" is what it was
        assertThat(labels.label("On Friday the minister of the interior spent two hours grilling the chief executive Tony"
                + " Hayward and the company's president Lamar McKay on details of the failed valve.", "On Friday"))
                .doesNotContain("McKay");
    }

    @Test
    void dateWordsAreNoNames() {
        // "February and April" are the dates' words, not names sharing "lab tests": the phrase before them stays
        assertThat(labels.label("The contractor also repeated its objections to the panel's reading of February and April lab"
                + " tests of the cement slurry as failures, and said its engineer had been told of good results.", "February"))
                .contains("the panel's reading");
    }

    @Test
    void aListOfNamesIsNotHalvedToFitAndABulletIsNoSubject() {
        // fifty-fifth round: such a label in the shared stories read "Executives of BP blamed each other", as if one
        // company's; a list too long for a label goes whole ("The unholy trinity of Halliburton are giving testimony")
        assertThat(labels.label("Earlier this week, executives of Acme, Rigco and Drillco blamed each other for the widening"
                + " environmental disaster at back-to-back Senate hearings.", "Earlier this week"))
                .isEqualTo("Executives blamed each other for the disaster");
        assertThat(labels.label("Once more the unlikely trio of Acme Holdings, Rigco and Drillco are giving evidence on Monday.",
                "on Monday")).isEqualTo("The unlikely trio are giving evidence");
        // was "Appear at hearings in Congress": the bullet was read as the subject's first word
        assertThat(labels.label("* March 3 - Managers with Acme, Rigco and Drillco appear at hearings in Congress.", "March 3"))
                .isEqualTo("Managers appear at hearings in Congress");
    }

    @Test
    void aListOfNounPhrasesStaysWholeWhenTheLabelIsCut() {
        // fifty-fifth round: was "Choppy seas halted Saturday's cleanup of an oil spill", as if the seas alone had
        assertThat(labels.label("Rough seas, strong winds and heavy rain halted the weekend's cleanup of a fuel spill off the coast"
                + " of Wales on Saturday.", "on Saturday")).startsWith("Rough seas, strong winds and heavy rain halted");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.WordList;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Twenty-seventh round: titles written short with a stop ("Adm.", "Gov.") and initials ("Thad W. Allen"). Each sentence
 * is written for its rule (none is copied from the stories); the comment says what the label was before.
 */
class HeadlineTitlesTest {

    private static final String ABBREVIATIONS = "/dateline/syntax/stop-abbreviations.txt";

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theListsExampleGetsItsLabel() throws IOException {
        // was "The order was signed by Adm": the stop after "Adm" ended the label's words
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example(ABBREVIATIONS);
        assertThat(labels.label(example.sentence(), "on Monday")).isEqualTo(example.label());
        assertThat(WordList.loadAsWritten(ABBREVIATIONS)).contains("Adm", "Gov", "Corp").doesNotContain("Jan", "Sept");
    }

    @Test
    void aSubjectIsTheFullNameAfterAShortTitle() {
        // was "Retired Coast Guard Adm. Thad Allen said BP's well is" (then, before the title kept its stop, "Thad Allen said")
        assertThat(labels.label("Retired Coast Guard Adm. Thad Allen said on Monday that the well is effectively dead.", "on Monday"))
                .isEqualTo("Thad Allen said the well is effectively dead");
        // was "Louisiana Gov. Bobby Jindal said the state would build sand berms"
        assertThat(labels.label("Louisiana Gov. Bobby Jindal said on Monday that the state would build sand berms to block the oil.",
                "on Monday")).isEqualTo("Bobby Jindal said the state would build sand berms");
        // a surname alone keeps its title
        assertThat(labels.label("Mr. Chun was appointed as a director on Monday.", "on Monday")).isEqualTo("Mr. Chun was appointed as a director");
        // a title word without a stop before the name: was "Adm James Watson gave the oil firm a deadline"
        assertThat(labels.label("Rear Adm James Watson gave the oil firm a deadline on Monday.", "on Monday"))
                .isEqualTo("James Watson gave the oil firm a deadline");
    }

    @Test
    void anInitialIsPartOfTheName() {
        // was "Allen said the well is effectively dead": "Thad W" and "." parted the name
        assertThat(labels.label("Coast Guard Adm. Thad W. Allen said on Monday that the well is effectively dead.", "on Monday"))
                .isEqualTo("Thad W. Allen said the well is effectively dead");
    }
}

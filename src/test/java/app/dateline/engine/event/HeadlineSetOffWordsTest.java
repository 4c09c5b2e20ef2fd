package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Sixty-second round: what commas set off between a subject and its verb that is no insert of its own, a town's state
 * and a date after a relative pronoun. Each sentence is written for its rule (none is copied from the stories or the
 * compression pairs); the comment says what the label was before.
 */
class HeadlineSetOffWordsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aTownsStateBetweenCommasBelongsToTheTownInsideAnInsert() throws IOException {
        // state-abbreviations.txt's example; was "Hammond has worked in the oil business"
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example("/dateline/labels/state-abbreviations.txt");
        assertThat(labels.label(example.sentence(), "since 1990")).isEqualTo(example.label());
        // a state's full name (merge/places.tsv); was "Houston said it would cut jobs"
        assertThat(labels.label("The company, based in Houston, Texas, said on Monday it would cut jobs.", "on Monday"))
                .isEqualTo("The company said it would cut jobs");
        // an age and a town after the name; was "Milton pondered the fate of the beach"
        assertThat(labels.label("A few feet away, Mary Stone, 65, of Milton, Fla., pondered the fate of the beach on Monday.",
                "on Monday")).isEqualTo("Mary Stone pondered the fate of the beach");
    }

    @Test
    void aDateSetOffAfterTheTownsStateIsPassedToo() {
        // was "Will replace him": "since April" between commas after "Houma, La."
        assertThat(labels.label("John Smith, a manager who has been running the depot in Houma, La., since April, will replace him.",
                "since April")).isEqualTo("John Smith will replace him");
        // a date alone between commas after the subject: as before
        assertThat(labels.label("The company, on Monday, said it would cut jobs.", "on Monday")).isEqualTo("The company said it would cut jobs");
    }

    @Test
    void withNoInsertAroundTheTownTheSubjectIsAsBefore() {
        assertThat(labels.label("Meanwhile, people in the hamlet of Grand Isle, Louisiana, gathered at the beach on Saturday.",
                "on Saturday")).isEqualTo("People gathered at the beach");
        assertThat(labels.label("Workers in Orange Beach, Ala., lay inflatable booms to protect the beach on Monday.", "on Monday"))
                .isEqualTo("Workers lay inflatable booms to protect the beach");
    }

    @Test
    void aRelativePronounBeforeADateSetOffByCommasIsTheSubjects() {
        // was "Was given consent to drill off the coast"
        assertThat(labels.label("The documents concern the oil firm Chevron which, in October, was given consent to drill off the coast.",
                "in October")).isEqualTo("Chevron was given consent to drill off the coast");
    }
}

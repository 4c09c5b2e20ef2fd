package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-second round: a clause's subject found past the small words before its verb. Each sentence is written for its
 * rule (none is copied from the stories or the compression pairs); the comment says what the label was before.
 */
class HeadlineClauseLinksTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aDeterminerThatOpensAClauseIsItsSubject() {
        // was "Are unlikely to be ready"
        assertThat(labels.label("The firm is drilling two wells, although these are unlikely to be ready until August.", "until August"))
                .isEqualTo("These are unlikely to be ready");
    }

    @Test
    void anEmptyAdverbialBeforeTheVerbIsPassedToTheSubject() {
        // was "Has slipped from 64 percent to 52 percent"; empty-adverbials.txt
        assertThat(labels.label("Public support for new roads in general has slipped from 60 percent last May to 50 percent now.",
                "last May", "now")).isEqualTo("Public support has slipped from 60 percent to 50 percent");
        // before a participle the phrase stays its noun's: "an interview heard in court" is no empty adverbial there
        assertThat(labels.label("The doctor told police, in an interview heard in court last week, that he was away.", "last week"))
                .isEqualTo("An interview heard in court");
    }
}

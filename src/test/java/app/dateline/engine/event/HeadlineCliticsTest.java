package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Forty-eighth round: a word's glued-on ending ("'s", "'ve", "n't") never stands in a label without its word. Each
 * sentence is written for its rule; the comment says what the label was before.
 */
class HeadlineCliticsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aContractionKeepsTheWordItHangsOn() {
        // was "'s the real question"
        assertThat(labels.label("\"That's the real question right now,\" the engineer said.", "right now"))
                .isEqualTo("That's the real question");
    }

    @Test
    void aRelativeContractionKeepsItsPronoun() {
        // was "The pipe 's leaking oil into the bay"
        assertThat(labels.label("Crews could begin cutting the pipe that's leaking oil into the bay as soon as Friday.",
                "as soon as Friday")).contains("pipe that's leaking oil");
    }

    @Test
    void aDecadesEndingGoesWithTheDecade() {
        // was "My grandmother sailed to the United States 's"
        assertThat(labels.label("My grandmother, Ann Jones, sailed to the United States in the late 1800's when she was a girl.",
                "late 1800")).isEqualTo("My grandmother sailed to the United States");
    }

    @Test
    void noLabelOpensWithAnEnding() {
        assertThat(labels.label("Let's rebuild the harbour wall today, the mayor urged.", "today"))
                .doesNotStartWith("'");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-eighth round: labels that ended on an infinitive whose object was cut ("decided to install"), on the "but
 * not" of a contrast cut off, or on the "was" of a question's clause ("The main question was [whether ...]"). Each
 * sentence is written for its rule (none is copied from the stories); the comment says what the label was before.
 */
class HeadlineBareEndsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void anInfinitiveKeepsItsObject() {
        // was "Company officials decided": the date parted "decided" from "to install", and the cut took the infinitive
        assertThat(labels.label("Company officials on the site and in Houston decided on Wednesday to install six of the 21 pumps they "
                + "had originally planned to use to keep the water out of the tunnel.", "on Wednesday"))
                .isEqualTo("Company officials decided to install six of the 21 pumps");
        // was "The engineers said company officials decided to install"
        assertThat(labels.label("In a briefing on Wednesday, the engineers said company officials on the site and in Houston decided "
                + "to install only six of the 21 pumps they had originally planned to use to keep the water out of the tunnel.",
                "on Wednesday")).isEqualTo("The engineers said company officials decided to install only six");
    }

    @Test
    void aQuestionsClauseAfterBeIsWhatItIs() {
        // was "The real problem was"
        assertThat(labels.label("On Monday the real problem for the city was how to pay for the new levee.", "On Monday"))
                .isEqualTo("The real problem was how to pay for the new levee");
        // was "The main question was"
        assertThat(labels.label("The main question at the hearing on Tuesday was whether the mayor would resign before the election.",
                "on Tuesday")).isEqualTo("The main question was whether the mayor would resign");
    }

    @Test
    void theButNotOfAContrastCutOffGoesWithIt() {
        // was "Steel boxes had been used to stop leaks from pipes, but not"
        assertThat(labels.label("Steel boxes like this one had been used on Monday to stop leaks from pipes in the past, but not at such "
                + "a depth of 5,000 ft.", "on Monday")).isEqualTo("Steel boxes had been used to stop leaks from pipes");
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Forty-seventh round: the event told before a trailing attribution, and the verb an infinitive after a particle and a
 * prepositional phrase depends on. Each sentence is written for its rule; the comment says what the label was before.
 */
class HeadlineSourcesAfterTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void aParticiplesMainVerbThatOnlyAttributesGivesWayToTheClauseBeforeIt() {
        // was "The White House said": the participle "incurred" gave way to the sentence's last verb, the source's
        assertThat(labels.label("The agency will send a bill to the firm on Thursday for costs incurred from its response,"
                + " the White House said.", "on Thursday")).startsWith("The agency will send a bill");
    }

    @Test
    void anAttributionThatIsTheOnlyVerbStays() {
        assertThat(labels.label("The White House said on Thursday that the firm was complying.", "on Thursday"))
                .startsWith("The White House said");
    }

    @Test
    void anInfinitiveAfterAParticleAndAPrepositionalPhraseIsTheSentencesVerbs() {
        // was "The camera to make a statement"
        assertThat(labels.label("On Monday, Hayward, the chief executive, steps up to the camera to make a statement.", "On Monday"))
                .isEqualTo("Hayward steps up to the camera to make a statement");
    }
}

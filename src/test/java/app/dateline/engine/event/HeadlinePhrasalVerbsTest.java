package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: a verb and its particle are one verb (labels/phrasal-verbs.txt): no cut falls between them and the
 * particle is no hanging preposition. Each sentence is written for its rule (none is copied from the stories or the
 * compression pairs); the comment says what the label was before.
 */
class HeadlinePhrasalVerbsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theListsExampleKeepsItsParticle() throws java.io.IOException {
        // was "The new health secretary was sworn": the cut took "in" as a preposition
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example("/dateline/labels/phrasal-verbs.txt");
        assertThat(labels.label(example.sentence(), "on Tuesday")).isEqualTo(example.label());
    }

    @Test
    void aParticleBeforeTheDateIsTheVerbsNotTheDates() {
        // the tagger's date is "June" alone; its preposition goes with it, and "up" before that went too, as in "up in June"
        // for "up until June": was "The relief fund was set"
        assertThat(labels.label("The relief fund was set up in June.", "June")).isEqualTo("The relief fund was set up");
        // a particle right before the date is the verb's too, not the date's preposition: was "The old gas well blew"
        assertThat(labels.label("The old gas well blew out April 20, killing 11 workers on the platform and spilling oil into the bay "
                + "for months.", "April 20")).isEqualTo("The old gas well blew out");
        // but "up until" is the date's
        assertThat(labels.label("The bridge stayed open up until March.", "March")).isEqualTo("The bridge stayed open");
    }

    @Test
    void aPrepositionAfterAVerbOfNoPairStillGoesWithTheCut() {
        // "sank off" is no pair: the particle test leaves the preposition a cut point
        String sentence = "The old cargo ship sank off the rocky coast of northern Brazil on Tuesday after a fire broke out in its "
                + "engine room late at night.";
        app.dateline.engine.syntax.ParsedSentence parsed = new app.dateline.engine.syntax.SentenceParser().parse(sentence, 0);
        assertThat(ClauseTrimmer.phrasalParticle(parsed, parsed.tokenAt(sentence.indexOf("off")))).isFalse();
        assertThat(ClauseTrimmer.phrasalParticle(parsed, parsed.tokenAt(sentence.indexOf("out")))).isTrue(); // "broke out"
        assertThat(labels.label(sentence, "on Tuesday")).isEqualTo("The old cargo ship sank off the coast of Brazil");
    }
}

package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bound before a number is part of its noun phrase (Chunker, syntax/number-bounds.txt). */
class NumberBoundChunkTest {

    @Test
    void atLeastBelongsToTheNumbersPhrase() {
        assertThat(NounPhrases.of("At least 12,000 barrels are leaking into the Gulf every day."))
                .contains("At least 12,000 barrels/barrels");
        assertThat(NounPhrases.of("The leak has cost the company at most $3 billion so far."))
                .contains("at most $3 billion/billion");
    }

    @Test
    void upToBelongsToTheNumbersPhraseNotToTheVerb() {
        assertThat(NounPhrases.of("A new virus has killed up to 149 people in Mexico.")).contains("up to 149 people/people");
        assertThat(NounPhrases.of("The system could capture up to 20,000 barrels a day.")).contains("up to 20,000 barrels/barrels");
    }

    @Test
    void atLeastWithNoNumberIsNoBound() {
        assertThat(NounPhrases.of("At least the company has admitted the leak.")).noneMatch(p -> p.startsWith("At"));
        assertThat(NounPhrases.of("Winds are expected to pick up to the east.")).noneMatch(p -> p.startsWith("up"));
    }
}

package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bound before a number is part of its noun phrase (Chunker, syntax/number-bounds.txt). */
class NumberBoundChunkTest {

    private final SentenceParser parser = new SentenceParser();

    private List<String> phrases(String sentence) {
        ParsedSentence s = parser.parse(sentence, 0);
        return s.chunks().stream().filter(Chunk::isNounPhrase).map(c -> s.span(c.first(), c.last())
                + "/" + s.tokens().get(c.head()).text()).toList();
    }

    @Test
    void atLeastBelongsToTheNumbersPhrase() {
        assertThat(phrases("At least 12,000 barrels are leaking into the Gulf every day."))
                .contains("At least 12,000 barrels/barrels");
        assertThat(phrases("The leak has cost the company at most $3 billion so far."))
                .contains("at most $3 billion/billion");
    }

    @Test
    void atLeastWithNoNumberIsNoBound() {
        assertThat(phrases("At least the company has admitted the leak.")).noneMatch(p -> p.startsWith("At"));
    }
}

package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name in quotation marks inside a noun phrase is one phrase with it (Chunker.quotedNames). */
class QuotedNameChunkTest {

    @Test
    void theMarksDoNotSplitTheNounPhrase() {
        assertThat(NounPhrases.of("The company says the complex \"dry seal\" method has failed."))
                .contains("the complex \"dry seal\" method/method");
        assertThat(NounPhrases.of("The firm's \u201cdry seal\u201d method failed.")).contains("The firm's \u201cdry seal\u201d method/method");
    }

    @Test
    void quotedWordsWithNoNounAfterThemAreThePhrasesHead() {
        assertThat(NounPhrases.of("The company says the \"dry seal\" has failed.")).contains("the \"dry seal\"/seal");
        assertThat(NounPhrases.of("As a result, BP's \"best guess\" for the leak was 5,768 barrels."))
                .contains("BP's \"best guess\"/guess");
    }

    @Test
    void aQuotedNameAfterANameOrAloneStaysApart() {
        assertThat(NounPhrases.of("Elizabeth \"Liz\" Birnbaum resigned.")).doesNotContain("Elizabeth \"Liz\"/Liz");
        assertThat(NounPhrases.of("He called them \"morons\" on Monday.")).contains("morons/morons");
    }

    @Test
    void aTitleReadAsAPrepositionIsPartOfTheName() {
        assertThat(NounPhrases.of("Also, emergency room Dr Danielle Cooper testified on Thursday that the surgeon told her nothing."))
                .contains("emergency room Dr Danielle Cooper/Cooper");
        // a determiner stays one: "The" is no title's misreading
        assertThat(PosTagger.title(List.of(new Token("The", 0, 3, "DT"), new Token("White", 4, 9, "NNP")),
                new String[] {"DT", "NNP"}, 0)).isFalse();
        assertThat(PosTagger.title(List.of(new Token("Dr", 0, 2, "IN"), new Token("Cooper", 3, 9, "NNP")),
                new String[] {"IN", "NNP"}, 0)).isTrue();
    }
}

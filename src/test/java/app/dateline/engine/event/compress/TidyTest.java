package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class TidyTest {

    private final SentenceParser parser = new SentenceParser();

    /** Keeps the tokens whose text is in {@code words} (in order, each once), tidies, and spells what is left. */
    private String tidy(String sentence, String... words) {
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] keep = new boolean[s.tokens().size()];
        int w = 0;
        for (int i = 0; i < keep.length && w < words.length; i++) {
            if (s.tokens().get(i).text().equals(words[w])) {
                keep[i] = true;
                w++;
            }
        }
        Tidy.apply(s, keep);
        return KeptTokens.of(s, keep);
    }

    @Test
    void noWordAtTheEndWaitsForMoreAndNoMarkStandsAtEitherEnd() {
        assertThat(tidy("The council approved the plan, and the mayor signed it.", "The", "council", "approved", "the", "plan", ",",
                "and")).isEqualTo("The council approved the plan");
    }

    @Test
    void quotationMarksGoAndABracketGoesWithoutItsPartner() {
        assertThat(tidy("The firm (a unit of Acme) said \"profits rose\" in May.", "The", "firm", "(", "a", "unit", "said", "\"",
                "profits", "rose")).isEqualTo("The firm a unit said profits rose");
    }

    @Test
    void singleQuotationMarksGoButAPossessiveMarkStays() {
        assertThat(tidy("Forecasters say it will be 'as bad as it gets' this week.", "Forecasters", "say", "it", "will", "be", "'",
                "as", "bad", "as", "it", "gets", "'")).isEqualTo("Forecasters say it will be as bad as it gets");
        assertThat(tidy("The Joneses' house burned down.", "The", "Joneses", "'", "house", "burned", "down"))
                .isEqualTo("The Joneses ' house burned down");
    }

    @Test
    void anArticleKeepsTheModifiersItsNounWouldNotFit() {
        // twenty-first round: the compressor labelled "... for an sum", "... with a event"
        assertThat(tidy("Google bought the maker for an undisclosed sum.", "Google", "bought", "the", "maker", "for", "an", "sum"))
                .isEqualTo("Google bought the maker for an undisclosed sum");
        assertThat(tidy("A huge oil slick was seen.", "A", "oil", "slick", "was", "seen")).isEqualTo("A huge oil slick was seen");
        assertThat(tidy("The firm filed a federal lawsuit.", "The", "firm", "filed", "a", "lawsuit")).isEqualTo("The firm filed a lawsuit");
    }
}

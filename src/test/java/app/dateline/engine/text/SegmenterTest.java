package app.dateline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(String text) {
        SegmentedText s = segmenter.segment(text);
        return s.sentences().stream().map(s::text).toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(sentences("Baradar met Wang two days after U.S. Deputy Secretary Sherman visited. "
                + "Update 08/16/22, 5:04 p.m. ET: This article was updated."))
                .containsExactly("Baradar met Wang two days after U.S. Deputy Secretary Sherman visited.",
                        "Update 08/16/22, 5:04 p.m. ET: This article was updated.");
    }

    @Test
    void aMonthAbbreviationBeforeItsDayDoesNotEndASentence() {
        assertThat(sentences("In the fiscal year ended Jan. 31, the company lost money. Sales fell."))
                .containsExactly("In the fiscal year ended Jan. 31, the company lost money.", "Sales fell.");
        assertThat(sentences("The family has until 9 a.m. Tuesday to sign the paper. It refused."))
                .containsExactly("The family has until 9 a.m. Tuesday to sign the paper.", "It refused.");
    }

    @Test
    void quotesStayWithTheirSentence() {
        assertThat(sentences("“Every country’s got to take their own view,” Kirby said. He left."))
                .containsExactly("“Every country’s got to take their own view,” Kirby said.", "He left.");
    }

    @Test
    void eachLineIsAParagraphInScrapedText() {
        String text = "Headline Without Stop\nFirst paragraph is long enough to be a paragraph. Second sentence.\n\nThird.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.paragraphs()).hasSize(3);
        assertThat(s.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(s.text(s.sentences().get(0))).isEqualTo("Headline Without Stop");
    }

    @Test
    void wrappedWireTextKeepsParagraphsAcrossLineBreaks() {
        String text = "The company said on Friday that\nits profits rose. Analysts were\nsurprised.\n\n"
                + "A second paragraph that\nwraps too.\n\nThird one\nhere.\n\nFourth.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.paragraphs()).hasSize(4);
        assertThat(s.text(s.sentences().get(0))).isEqualTo("The company said on Friday that\nits profits rose.");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  First one.\r\nSecond one here.";
        SegmentedText s = segmenter.segment(text);
        for (Sentence sentence : s.sentences()) {
            assertThat(text.substring(sentence.begin(), sentence.end())).isEqualTo(s.text(sentence)).doesNotStartWith(" ");
        }
        assertThat(s.sentenceAt(text.indexOf("here"))).isEqualTo(s.sentences().get(1));
    }
}

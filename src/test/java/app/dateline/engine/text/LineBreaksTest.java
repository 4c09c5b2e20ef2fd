package app.dateline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, item 20: NEL and the other Unicode line separators end sentences and paragraphs as newlines do. */
class LineBreaksTest {

    private final Segmenter segmenter = new Segmenter();

    private List<String> paragraphs(String text) {
        SegmentedText s = segmenter.segment(text);
        return s.paragraphs().stream().map(p -> text.substring(p.begin(), p.end())).toList();
    }

    @Test
    void everyLineSeparatorEndsAParagraphAsANewlineDoes() {
        for (String nl : new String[] {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"}) {
            String text = "Kabul fell on 15 August 2021" + nl + "the envoys met on Monday" + nl + nl + "Talks resumed in April";
            assertThat(paragraphs(text)).as("separator U+%04X", (int) nl.charAt(0))
                    .containsExactly("Kabul fell on 15 August 2021", "the envoys met on Monday", "Talks resumed in April");
            SegmentedText s = segmenter.segment(text);
            assertThat(s.sentences()).hasSize(3);
            assertThat(s.sentences()).allSatisfy(x -> assertThat(s.text(x)).doesNotContain(nl));
        }
    }

    @Test
    void inWrappedTextASeparatorInsideAParagraphIsNotASentenceEnd() {
        String nel = "\u0085";
        String text = "The talks in Doha began\u0085on Monday and ended on\u0085Friday.\u0085\u0085A second round\u0085"
                + "followed in April.\u0085\u0085Both sides said\u0085little.\u0085\u0085Then it ended\u0085quietly.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.paragraphs()).hasSize(4);
        assertThat(s.text(s.sentences().get(0))).isEqualTo("The talks in Doha began" + nel + "on Monday and ended on" + nel + "Friday.");
    }
}

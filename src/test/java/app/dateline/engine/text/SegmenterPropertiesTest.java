package app.dateline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.AdversarialText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmenterPropertiesTest {

    private final Segmenter segmenter = new Segmenter();

    @Provide
    Arbitrary<String> texts() {
        return AdversarialText.text();
    }

    @Property(tries = 300)
    void sentencesCoverTheTextInOrderWithinTheirParagraphsAndTheBounds(@ForAll("texts") String text) {
        SegmentedText s = segmenter.segment(text);
        int at = 0;
        for (Sentence x : s.sentences()) {
            assertThat(x.begin()).isGreaterThanOrEqualTo(at).isLessThan(x.end());
            assertThat(space(text.substring(at, x.begin()))).as("only space between sentences").isTrue();
            assertThat(x.end() - x.begin()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE_LENGTH);
            Paragraph p = s.paragraphOf(x);
            assertThat(p.begin()).isLessThanOrEqualTo(x.begin());
            assertThat(p.end()).isGreaterThanOrEqualTo(x.end());
            assertThat(p.end() - p.begin()).isLessThanOrEqualTo(Segmenter.MAX_PARAGRAPH_LENGTH);
            at = x.end();
        }
        assertThat(space(text.substring(at))).as("only space after the last sentence").isTrue();
    }

    /** A sample a random run found: NEL before a space is a line end, not text left between sentences. */
    @Example
    void aNextLineBeforeASpaceIsALineEnd() {
        sentencesCoverTheTextInOrderWithinTheirParagraphsAndTheBounds("\u0085 ");
        sentencesCoverTheTextInOrderWithinTheirParagraphsAndTheBounds("One.\u0085 Two.");
    }

    /**
     * White space, including the no-break and other Unicode spaces the sentence detector trims, and the line
     * ends Java does not call white space (NEL, U+0085, ends a line as U+2028 does).
     */
    private static boolean space(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || LineBreaks.isBreak((char) c));
    }
}

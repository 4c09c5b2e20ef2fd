package app.dateline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.AdversarialText;
import net.jqwik.api.Arbitrary;
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

    /** White space, including the no-break and other Unicode spaces the sentence detector trims. */
    private static boolean space(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}

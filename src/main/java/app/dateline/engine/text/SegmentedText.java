package app.dateline.engine.text;

import java.util.List;

/** A body split into paragraphs and sentences, both in document order. */
public record SegmentedText(String text, List<Paragraph> paragraphs, List<Sentence> sentences) {

    public SegmentedText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public String text(Sentence s) {
        return text.substring(s.begin(), s.end());
    }

    public String text(Paragraph p) {
        return text.substring(p.begin(), p.end());
    }

    public Paragraph paragraphOf(Sentence s) {
        return paragraphs.get(s.paragraph());
    }

    /** The sentence that holds {@code offset}, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).begin() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(lo);
    }
}

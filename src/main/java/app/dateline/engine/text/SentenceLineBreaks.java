package app.dateline.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaks that end a sentence in hard-wrapped text. A headline, a caption or a byline stands on a line of
 * its own without a full stop ("Earth Song" then "He told ABC's..."); the sentence detector, which reads a
 * paragraph's lines as one, would join it to the next sentence. A break ends the sentence when all of these hold:
 * the line ends in a letter or digit (no final punctuation, no comma or hyphen that carries on) and not in a
 * word no sentence ends with ("in", "the", "that": lower case, as written), the next line
 * starts like a sentence (a capital letter or a digit, after an opening quote or bracket if any), and the break
 * was the writer's, not the wrapping's: the next line's first word would have fitted on the line within the
 * text's wrap width (its longest line).
 */
final class SentenceLineBreaks {

    /** Words a sentence does not end with: a line ending in one was broken in mid-sentence. */
    private static final java.util.Set<String> RUN_ON = java.util.Set.of("a", "an", "the", "of", "in", "on", "at", "to",
            "for", "from", "with", "by", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "as", "than",
            "its", "their", "his", "her", "our", "your", "my", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "into", "onto", "about", "after", "before", "since", "until", "if", "when", "where");

    private SentenceLineBreaks() {
    }

    /** The length of the longest line of the text, white space at its ends left out. */
    static int wrapWidth(String text) {
        int width = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = LineBreaks.next(text, start);
            int end = nl < 0 ? text.length() : nl;
            width = Math.max(width, text.substring(start, end).strip().length());
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return width;
    }

    /** The sentences with those that run over a sentence-ending line break cut there; offsets stay exact. */
    static List<int[]> split(String text, List<int[]> spans, int width) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int begin = span[0];
            int nl = LineBreaks.next(text, begin);
            while (nl >= 0 && nl < span[1]) {
                int lineEnd = nl;
                while (lineEnd > begin && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                    lineEnd--;
                }
                int next = nl + 1;
                while (next < span[1] && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (lineEnd > begin && next < span[1] && endsSentence(text, nl, lineEnd, next, width)) {
                    out.add(new int[] {begin, lineEnd});
                    begin = next;
                }
                nl = LineBreaks.next(text, nl + 1);
            }
            out.add(new int[] {begin, span[1]});
        }
        return out;
    }

    private static boolean endsSentence(String text, int nl, int lineEnd, int next, int width) {
        char last = text.charAt(lineEnd - 1);
        if (!Character.isLetterOrDigit(last)) {
            return false;
        }
        int first = next;
        while (first < text.length() && "\"'“‘([".indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        if (first >= text.length() || !(Character.isUpperCase(text.charAt(first)) || Character.isDigit(text.charAt(first)))) {
            return false;
        }
        int wordStart = lineEnd;
        while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (RUN_ON.contains(text.substring(wordStart, lineEnd))) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
        while (lineStart < lineEnd && Character.isWhitespace(text.charAt(lineStart))) {
            lineStart++;
        }
        int wordEnd = next;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return (lineEnd - lineStart) + 1 + (wordEnd - next) <= width;
    }
}

package app.dateline.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a body into paragraphs and sentences. Sentences come from OpenNLP's maximum-entropy sentence
 * detector with its stock English news model, so "U.S.", "p.m." and quotes do not end a sentence.
 * Not thread-safe (the detector keeps state): use one segmenter per thread.
 * <p>
 * Paragraphs: scraped news puts one paragraph on a line; wire text (TimeBank) wraps lines at a fixed width
 * and separates paragraphs by blank lines. A body whose lines are mostly short and that has blank lines is
 * read the second way; its line breaks inside a paragraph are not sentence ends.
 */
public final class Segmenter {

    private static final SentenceModel MODEL = loadModel();
    private static final int WRAPPED_LINE_LENGTH = 100;
    private static final Pattern MONTH_ABBREVIATION_END =
            Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.$");
    private static final Pattern CLOCK_END = Pattern.compile("\\d\\s*[ap]\\.m\\.$");
    private static final Pattern DAY_START = Pattern.compile(
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight|[A-Z]{2,4}\\b"
                    + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|January|February|March|April|May|June|July"
                    + "|August|September|October|November|December)");

    private final SentenceDetectorME detector = new SentenceDetectorME(MODEL);

    private static SentenceModel loadModel() {
        try (InputStream in = Segmenter.class.getResourceAsStream("/en-sent.bin")) {
            if (in == null) {
                throw new IllegalStateException("the English sentence model en-sent.bin is missing from the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English sentence model", e);
        }
    }

    public SegmentedText segment(String text) {
        List<Paragraph> paragraphs = paragraphs(text);
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            // Same length as the paragraph, so offsets carry over; line breaks are not sentence ends here.
            String flat = text.substring(p.begin(), p.end()).replace('\n', ' ').replace('\r', ' ');
            for (Span span : detector.sentPosDetect(flat)) {
                int b = span.getStart();
                int e = span.getEnd();
                while (b < e && Character.isWhitespace(flat.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(flat.charAt(e - 1))) {
                    e--;
                }
                if (b < e) {
                    Sentence last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
                    String lastText = last == null ? "" : text.substring(last.begin(), last.end());
                    String next = flat.substring(b, e);
                    boolean split = Character.isDigit(flat.charAt(b)) && MONTH_ABBREVIATION_END.matcher(lastText).find()
                            || CLOCK_END.matcher(lastText).find() && DAY_START.matcher(next).lookingAt();
                    if (last != null && last.paragraph() == p.index() && split) {
                        // "the year ended Jan. | 31, the company said", "until 9 a.m. | Tuesday to sign": the model
                        // took an abbreviation's period for the end of the sentence
                        sentences.set(sentences.size() - 1, new Sentence(last.index(), last.begin(), p.begin() + e, p.index()));
                    } else {
                        sentences.add(new Sentence(sentences.size(), p.begin() + b, p.begin() + e, p.index()));
                    }
                }
            }
        }
        return new SegmentedText(text, paragraphs, sentences);
    }

    static List<Paragraph> paragraphs(String text) {
        boolean wrapped = isWrapped(text);
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            boolean blank = text.substring(lineStart, contentEnd).isBlank();
            if (blank || !wrapped) {
                if (paraStart >= 0) {
                    addTrimmed(text, paraStart, paraEnd, out);
                    paraStart = -1;
                }
                if (!blank) {
                    addTrimmed(text, lineStart, contentEnd, out);
                }
            } else {
                if (paraStart < 0) {
                    paraStart = lineStart;
                }
                paraEnd = contentEnd;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (paraStart >= 0) {
            addTrimmed(text, paraStart, paraEnd, out);
        }
        return out;
    }

    private static void addTrimmed(String text, int begin, int end, List<Paragraph> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            out.add(new Paragraph(out.size(), begin, end));
        }
    }

    /** Hard-wrapped text: has blank lines and most non-blank lines are short. */
    static boolean isWrapped(String text) {
        int lines = 0;
        int shortLines = 0;
        boolean blankLine = false;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int length = text.substring(start, end).strip().length();
            if (length == 0) {
                blankLine = true;
            } else {
                lines++;
                if (length <= WRAPPED_LINE_LENGTH) {
                    shortLines++;
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return blankLine && lines >= 4 && shortLines >= lines * 0.9;
    }
}

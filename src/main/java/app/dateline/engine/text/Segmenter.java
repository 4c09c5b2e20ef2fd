package app.dateline.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import app.dateline.engine.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * read the second way; its line breaks inside a paragraph are not sentence ends, unless the writer broke the
 * line on purpose after text without final punctuation and the next line starts like a new sentence (a
 * headline, a caption or a byline on a line of its own; see {@link SentenceLineBreaks}).
 * <p>
 * Bounds: no sentence is longer than {@value #MAX_SENTENCE_LENGTH} characters and no paragraph longer than
 * {@value #MAX_PARAGRAPH_LENGTH} (see {@link #chunk}), so that a 5 MB line costs what 5 MB of prose costs.
 * An interrupted thread stops between paragraphs with a {@link CancellationException}.
 */
public final class Segmenter {

    private static final SentenceModel MODEL = loadModel();
    private static final int WRAPPED_LINE_LENGTH = 100;
    /** Longer "sentences" are cut into pieces: no sentence of TimeBank or the corpus is over 650 characters. */
    static final int MAX_SENTENCE_LENGTH = 1_000;
    /** Longer paragraphs are cut between sentences, so excerpts stay readable (TimeBank's longest: 11,090). */
    static final int MAX_PARAGRAPH_LENGTH = 20_000;
    /** "Jan.", "Sept.": a month's short form with its period, from the tagger's month table. */
    private static final Pattern MONTH_ABBREVIATION_END = Pattern.compile(
            "\\b(?:" + alternation(RuleSet.englishTable("month").words().stream().filter(w -> w.endsWith("."))) + ")$");
    private static final Pattern CLOCK_END = Pattern.compile("\\d\\s*[ap]\\.m\\.$");
    /**
     * What a clock time runs on into: a day ("Tuesday", "today"), a month ("Jan.", "March"), "tonight" or a
     * time zone's letters. The words are the tagger's tables, as written there (case counts), and whole ("May",
     * not "Mayor").
     */
    private static final Pattern DAY_START = Pattern.compile("(?:" + alternation(Stream.of("weekday", "dayword", "month")
            .flatMap(table -> RuleSet.englishTable(table).words().stream())) + "|tonight)(?!\\p{L})|[A-Z]{2,4}\\b");

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
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int width = -1;
        for (Paragraph p : paragraphs(text)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("segmenting was cancelled");
            }
            List<int[]> spans = sentenceSpans(text, p);
            if (text.indexOf('\n', p.begin()) >= 0 && text.indexOf('\n', p.begin()) < p.end()) {
                width = width < 0 ? SentenceLineBreaks.wrapWidth(text) : width;
                spans = SentenceLineBreaks.split(text, spans, width);
            }
            if (p.end() - p.begin() <= MAX_PARAGRAPH_LENGTH) {
                addParagraph(p.begin(), p.end(), spans, 0, spans.size(), paragraphs, sentences);
                continue;
            }
            // A paragraph the size of a book chapter (a 5 MB line): cut it between sentences, so that an
            // excerpt stays readable and bounded.
            int first = 0;
            for (int i = 1; i <= spans.size(); i++) {
                if (i == spans.size() || spans.get(i)[1] - spans.get(first)[0] > MAX_PARAGRAPH_LENGTH) {
                    addParagraph(spans.get(first)[0], spans.get(i - 1)[1], spans, first, i, paragraphs, sentences);
                    first = i;
                }
            }
        }
        return new SegmentedText(text, paragraphs, sentences);
    }

    private static void addParagraph(int begin, int end, List<int[]> spans, int from, int to, List<Paragraph> paragraphs,
                                     List<Sentence> sentences) {
        int index = paragraphs.size();
        paragraphs.add(new Paragraph(index, begin, end));
        for (int i = from; i < to; i++) {
            sentences.add(new Sentence(sentences.size(), spans.get(i)[0], spans.get(i)[1], index));
        }
    }

    /** The sentences of a paragraph as {begin, end} in the text; none longer than {@link #MAX_SENTENCE_LENGTH}. */
    private List<int[]> sentenceSpans(String text, Paragraph p) {
        // Same length as the paragraph, so offsets carry over; line breaks are not sentence ends here.
        String flat = LineBreaks.flatten(text.substring(p.begin(), p.end()));
        List<int[]> out = new ArrayList<>();
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
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && continues(text, last, p.begin() + b, p.begin() + e)) {
                    // "the year ended Jan. | 31, the company said", "until 9 a.m. | Tuesday to sign": the model
                    // took an abbreviation's period for the end of the sentence
                    out.remove(out.size() - 1);
                    chunk(text, last[0], p.begin() + e, out);
                } else {
                    for (int[] entry : ChronologyEntries.split(text, p.begin() + b, p.begin() + e)) {
                        chunk(text, entry[0], entry[1], out); // "20 April: Rig explodes ... 28 April: Coastguard fears"
                    }
                }
            }
        }
        return out;
    }

    /** The words as a regex alternation, longest first, so that "Sept." is tried before "Sep.". */
    private static String alternation(Stream<String> words) {
        return words.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static boolean continues(String text, int[] last, int begin, int end) {
        if (end - last[0] > MAX_SENTENCE_LENGTH) {
            return false;
        }
        String lastText = text.substring(last[0], last[1]);
        return Character.isDigit(text.charAt(begin)) && MONTH_ABBREVIATION_END.matcher(lastText).find()
                || TICKER_OPEN.matcher(lastText).find() && TICKER_CLOSE.matcher(text.substring(begin, end)).find()
                || CLOCK_END.matcher(lastText).find() && DAY_START.matcher(text.substring(begin, end)).lookingAt();
    }

    /**
     * Adds {@code [begin, end)} as one sentence, or, when it is longer than {@link #MAX_SENTENCE_LENGTH} (a
     * table flattened to one line, a page with no full stops), as consecutive pieces of at most that length,
     * cut after a full stop, semicolon or bracket if there is one in the second half of the piece, else
     * between two lower-case words, else at any white space, else anywhere but inside a surrogate pair. The
     * pieces keep their exact offsets; the taggers' time per sentence stays bounded.
     */
    static void chunk(String text, int begin, int end, List<int[]> out) {
        int b = begin;
        while (end - b > MAX_SENTENCE_LENGTH) {
            int limit = b + MAX_SENTENCE_LENGTH;
            int cut = cutPoint(text, b + MAX_SENTENCE_LENGTH / 2, limit);
            int e = cut;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(new int[] {b, e});
            b = cut;
            while (b < end && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
        }
        if (b < end) {
            out.add(new int[] {b, end});
        }
    }

    /** Where the next piece starts: a white space in {@code (from, limit]}, or {@code limit}. */
    private static int cutPoint(String text, int from, int limit) {
        for (int i = limit; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i)) && ".;!?)]".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        for (int i = limit; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))) {
                return i;
            }
        }
        for (int i = limit; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    static List<Paragraph> paragraphs(String text) {
        boolean wrapped = isWrapped(text);
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        while (lineStart <= n) {
            int nl = LineBreaks.next(text, lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int contentEnd = lineEnd;
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
            lineStart = LineBreaks.after(text, nl);
        }
        if (paraStart >= 0) {
            addTrimmed(text, paraStart, paraEnd, out);
        }
        return joinTickers(text, out);
    }

    /**
     * A stock ticker's opening "(BP." at a line's end ("BP Plc (BP."), as text split at every full stop leaves it; a
     * share class in lower case ("(RDSa.", "(MUVGn."), and the scraped pages' code that lost its bracket ("Transocean
     * Ltd RIGN.", "Exxon XOM.": two capitals at least); an Asian exchange's number of four to six digits ("Shikibo (3109.").
     */
    private static final Pattern TICKER_OPEN =
            Pattern.compile("(?:\\(\\p{Lu}[\\p{Lu}\\d]{0,5}|\\(\\d{4,6}|(?:^|\\s)\\p{Lu}[\\p{Lu}\\d]{1,5})\\p{Ll}?\\.$");
    /** ... and its closing "L)" at the next line's start ("L) will give an estimate"; "S, exploded" lost its bracket). */
    private static final Pattern TICKER_CLOSE = Pattern.compile("^\\p{Lu}{1,2}[),]");

    /**
     * Paragraphs joined where a line break cuts a Reuters instrument code in two ("BP Plc (BP." / "L) will give an
     * estimate", "Transocean Ltd (RIG." / "N) exploded in flames"): the text was split at every full stop, and the
     * second line, alone, would be a sentence without its subject.
     */
    static List<Paragraph> joinTickers(String text, List<Paragraph> in) {
        List<Paragraph> out = new ArrayList<>(in.size());
        for (Paragraph p : in) {
            Paragraph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && TICKER_OPEN.matcher(text.substring(Math.max(last.begin(), last.end() - 8), last.end())).find()
                    && TICKER_CLOSE.matcher(text.substring(p.begin(), Math.min(p.end(), p.begin() + 3))).find()
                    && text.substring(last.end(), p.begin()).chars().filter(c -> c == '\n').count() == 1) {
                out.set(out.size() - 1, new Paragraph(last.index(), last.begin(), p.end()));
            } else {
                out.add(new Paragraph(out.size(), p.begin(), p.end()));
            }
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
            int nl = LineBreaks.next(text, start);
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
            start = LineBreaks.after(text, nl);
        }
        return blankLine && lines >= 4 && shortLines >= lines * 0.9;
    }
}

package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.compress.CompressionInput;
import app.dateline.engine.event.compress.DeletionCompressor;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.Paragraph;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import java.time.LocalDate;
import java.util.List;

/**
 * Labels a sentence on its own (the {@code label} command): the headline of the event its first plottable
 * date is about, or of its main event when it has none (the words the {@link DeletionCompressor} keeps). Not
 * thread-safe (the tagger keeps state).
 */
public final class SentenceLabeler {

    private final TemporalTagger tagger = new TemporalTagger();
    private final SentenceParser parser = new SentenceParser();
    private final EventBuilder events = new EventBuilder();
    private final LocalDate dct;
    private final DeletionCompressor compressor;

    /** @param dct the date relative dates are read against, or null */
    public SentenceLabeler(LocalDate dct) {
        this(dct, DeletionCompressor.shipped());
    }

    /** @param compressor what shortens a sentence with no date, or null for the rules' headline */
    public SentenceLabeler(LocalDate dct, DeletionCompressor compressor) {
        this.dct = dct;
        this.compressor = compressor;
    }

    public String label(String sentence) {
        if (sentence.isBlank()) {
            return "";
        }
        Dated d = dated(sentence);
        return events.label(d.parsed, d.begin(), d.end(), d.others, compressor);
    }

    /** Does the sentence hold a plottable date (its label is then its date's event, not the compressor's)? */
    public boolean hasPlottableDate(String sentence) {
        return dated(sentence).date != null;
    }

    /** What the deletion model sees of the sentence (for training it). */
    public CompressionInput compressionInput(String sentence) {
        Dated d = dated(sentence);
        return events.compressionInput(d.parsed, d.begin(), d.end(), d.others);
    }

    /** The parsed sentence, its first plottable date (or null) and its other dates. */
    private record Dated(ParsedSentence parsed, Mention date, List<int[]> others) {
        int begin() {
            return date == null ? -1 : date.begin();
        }

        int end() {
            return date == null ? -1 : date.end();
        }
    }

    private Dated dated(String sentence) {
        Article article = new Article("sentence", null, null, dct, dct == null ? DateOrigin.UNKNOWN : DateOrigin.GIVEN,
                sentence, List.of());
        SegmentedText text = new SegmentedText(sentence, List.of(new Paragraph(0, 0, sentence.length())),
                List.of(new Sentence(0, 0, sentence.length(), 0)));
        List<Mention> dates = tagger.tag(article, text).stream().filter(m -> m.timex().type().isPoint()).toList();
        Mention date = dates.stream().filter(m -> m.timex().isAnchoredPoint()).findFirst().orElse(null);
        List<int[]> others = dates.stream().filter(m -> m != date).map(m -> new int[] {m.begin(), m.end()}).toList();
        return new Dated(parser.parse(sentence, 0), date, others);
    }
}

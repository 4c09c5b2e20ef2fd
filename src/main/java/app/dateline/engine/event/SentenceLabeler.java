package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
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
 * date is about, or of its main event when it has none. Not thread-safe (the tagger keeps state).
 */
public final class SentenceLabeler {

    private final TemporalTagger tagger = new TemporalTagger();
    private final SentenceParser parser = new SentenceParser();
    private final EventBuilder events = new EventBuilder();
    private final LocalDate dct;

    /** @param dct the date relative dates are read against, or null */
    public SentenceLabeler(LocalDate dct) {
        this.dct = dct;
    }

    public String label(String sentence) {
        if (sentence.isBlank()) {
            return "";
        }
        Article article = new Article("sentence", null, null, dct, dct == null ? DateOrigin.UNKNOWN : DateOrigin.GIVEN,
                sentence, List.of());
        SegmentedText text = new SegmentedText(sentence, List.of(new Paragraph(0, 0, sentence.length())),
                List.of(new Sentence(0, 0, sentence.length(), 0)));
        List<Mention> dates = tagger.tag(article, text).stream().filter(m -> m.timex().type().isPoint()).toList();
        Mention date = dates.stream().filter(m -> m.timex().isAnchoredPoint()).findFirst().orElse(null);
        List<int[]> others = dates.stream().filter(m -> m != date).map(m -> new int[] {m.begin(), m.end()}).toList();
        return events.label(parser.parse(sentence, 0), date == null ? -1 : date.begin(), date == null ? -1 : date.end(), others);
    }
}

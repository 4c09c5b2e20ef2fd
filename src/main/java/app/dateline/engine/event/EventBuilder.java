package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.text.Paragraph;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an article's mentions into events, each with its label, trigger, sentence and excerpt. Only the
 * sentences that hold a DATE or TIME are parsed (tags and phrases); durations and sets get no trigger.
 */
public final class EventBuilder {

    private final LabelMaker labelMaker = new LabelMaker();
    private final SentenceParser parser = new SentenceParser();
    private final TriggerFinder triggers = new TriggerFinder();

    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions) {
        return build(article, text, mentions, null);
    }

    /** The label and trigger of each mention, as {@link #build} makes them: for making them apart, e.g. in parallel. */
    public List<EventText> texts(SegmentedText text, List<Mention> mentions) {
        Map<Integer, ParsedSentence> parsed = new HashMap<>();
        List<EventText> texts = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Sentence s = text.sentences().get(m.sentence());
            String sentence = text.text(s);
            int begin = m.begin() - s.begin();
            int end = m.end() - s.begin();
            Trigger trigger = null;
            if (m.timex().type().isPoint()) {
                ParsedSentence p = parsed.computeIfAbsent(s.index(), k -> parser.parse(sentence, s.begin()));
                trigger = triggers.find(p, begin, end);
            }
            texts.add(new EventText(labelMaker.label(sentence, begin, end), trigger));
        }
        return texts;
    }

    /**
     * @param texts the label and trigger of each mention, made before (kept in the cache), or null to make them here
     */
    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions, List<EventText> texts) {
        if (texts != null && texts.size() != mentions.size()) {
            throw new IllegalArgumentException("one label per mention: " + texts.size() + " for " + mentions.size());
        }
        List<EventText> made = texts != null ? texts : texts(text, mentions);
        List<Event> events = new ArrayList<>(mentions.size());
        // Events of one sentence or paragraph share its text rather than each holding a copy.
        Map<Integer, String> sentences = new HashMap<>();
        Map<Integer, String> paragraphs = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Sentence s = text.sentences().get(m.sentence());
            Paragraph p = text.paragraphs().get(m.paragraph());
            String sentence = sentences.computeIfAbsent(s.index(), k -> text.text(s));
            EventText et = made.get(i);
            events.add(new Event(article.source() + "#" + m.begin() + "-" + m.end(), article, m, et.label(), sentence,
                    paragraphs.computeIfAbsent(p.index(), k -> text.text(p)), s.begin(), p.begin(), et.trigger()));
        }
        return events;
    }
}

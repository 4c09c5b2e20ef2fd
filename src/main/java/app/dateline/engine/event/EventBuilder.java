package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.text.Paragraph;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns an article's mentions into events, each with its label, sentence and excerpt. */
public final class EventBuilder {

    private final LabelMaker labelMaker = new LabelMaker();

    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions) {
        return build(article, text, mentions, null);
    }

    /** The label of each mention, as {@link #build} makes them: for making them apart, e.g. in parallel. */
    public List<String> labels(SegmentedText text, List<Mention> mentions) {
        List<String> labels = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Sentence s = text.sentences().get(m.sentence());
            labels.add(labelMaker.label(text.text(s), m.begin() - s.begin(), m.end() - s.begin()));
        }
        return labels;
    }

    /**
     * @param labels the label of each mention, made before (kept in the cache), or null to make them here
     */
    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions, List<String> labels) {
        if (labels != null && labels.size() != mentions.size()) {
            throw new IllegalArgumentException("one label per mention: " + labels.size() + " for " + mentions.size());
        }
        List<Event> events = new ArrayList<>(mentions.size());
        // Events of one sentence or paragraph share its text rather than each holding a copy.
        Map<Integer, String> sentences = new HashMap<>();
        Map<Integer, String> paragraphs = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Sentence s = text.sentences().get(m.sentence());
            Paragraph p = text.paragraphs().get(m.paragraph());
            String sentence = sentences.computeIfAbsent(s.index(), k -> text.text(s));
            String label = labels != null ? labels.get(i) : labelMaker.label(sentence, m.begin() - s.begin(), m.end() - s.begin());
            events.add(new Event(article.source() + "#" + m.begin() + "-" + m.end(), article, m, label, sentence,
                    paragraphs.computeIfAbsent(p.index(), k -> text.text(p)), s.begin(), p.begin()));
        }
        return events;
    }
}

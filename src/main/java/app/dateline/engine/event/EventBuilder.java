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

    private final LabelMaker labels = new LabelMaker();

    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions) {
        List<Event> events = new ArrayList<>(mentions.size());
        // Events of one sentence or paragraph share its text rather than each holding a copy.
        Map<Integer, String> sentences = new HashMap<>();
        Map<Integer, String> paragraphs = new HashMap<>();
        for (Mention m : mentions) {
            Sentence s = text.sentences().get(m.sentence());
            Paragraph p = text.paragraphs().get(m.paragraph());
            String sentence = sentences.computeIfAbsent(s.index(), i -> text.text(s));
            String label = labels.label(sentence, m.begin() - s.begin(), m.end() - s.begin());
            events.add(new Event(article.source() + "#" + m.begin() + "-" + m.end(), article, m, label, sentence,
                    paragraphs.computeIfAbsent(p.index(), i -> text.text(p)), s.begin(), p.begin()));
        }
        return events;
    }
}

package app.dateline.engine.extract;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.text.SegmentedText;
import java.util.List;

/** One article with its segmentation and its events in text order. */
public record ArticleExtraction(Article article, SegmentedText text, List<Event> events) {

    public ArticleExtraction {
        events = List.copyOf(events);
    }
}

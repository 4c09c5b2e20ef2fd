package app.dateline.engine.extract;

import app.dateline.engine.event.Event;
import java.util.List;

/** The result of reading many articles: what was read, in the order of the files, and what went wrong. */
public record CorpusExtraction(List<ArticleExtraction> articles, List<ReadProblem> problems) {

    public CorpusExtraction {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public List<Event> events() {
        return articles.stream().flatMap(a -> a.events().stream()).toList();
    }
}

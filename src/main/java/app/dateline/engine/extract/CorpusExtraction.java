package app.dateline.engine.extract;

import java.util.ArrayList;
import app.dateline.engine.event.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of reading many articles: what was read, in the order of the files, and what went wrong.
 *
 * @param cancelled true when the run was cancelled: {@code articles} then holds those finished before
 */
public record CorpusExtraction(List<ArticleExtraction> articles, List<ReadProblem> problems, boolean cancelled) {

    public CorpusExtraction {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public CorpusExtraction(List<ArticleExtraction> articles, List<ReadProblem> problems) {
        this(articles, problems, false);
    }

    public List<Event> events() {
        return articles.stream().flatMap(a -> a.events().stream()).toList();
    }

    /** The files that could not be read at all, each with why. */
    public List<ReadProblem> unreadable() {
        return problems.stream().filter(ReadProblem::fatal).toList();
    }

    /** The problems grouped by file, files in the order their first problem was met. */
    public Map<String, List<ReadProblem>> problemsBySource() {
        Map<String, List<ReadProblem>> bySource = new LinkedHashMap<>();
        for (ReadProblem p : problems) {
            bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p);
        }
        bySource.replaceAll((s, list) -> List.copyOf(list));
        return bySource;
    }
}

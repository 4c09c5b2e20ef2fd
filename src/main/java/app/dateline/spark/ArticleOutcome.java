package app.dateline.spark;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article after the engine read it on an executor: its events (every one, in text order), how many of its
 * sentences hold each term (for the archive's term weights), the index of each event's sentence (by event id, for
 * the ranking: an article's lead counts), the terms it opens on (for the story's words, {@code StoryWords}) and its
 * problems. {@code article} is null when it could not be read.
 */
public record ArticleOutcome(long ordinal, String source, Article article, List<Event> events,
                             Map<String, Integer> termSentences, int sentences, Map<String, Integer> sentenceIndex,
                             Set<String> leadTerms, List<JobProblem> problems)
        implements Serializable {
}

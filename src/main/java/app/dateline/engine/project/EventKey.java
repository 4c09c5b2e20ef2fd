package app.dateline.engine.project;

import app.dateline.engine.event.Event;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One mention, named so that it is found again after the corpus is read anew: its article, its offsets and
 * its text, and the sentence that holds it for when the offsets moved because the article was edited.
 *
 * @param article the article's path, absolute in memory (see {@link ArticlePaths})
 */
public record EventKey(String article, int begin, int end, String text, String sentence) {

    public EventKey {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad offsets " + begin + "-" + end + " for '" + text + "'");
        }
    }

    public static EventKey of(Event e) {
        return new EventKey(ArticlePaths.absolute(e.article().source()), e.mention().begin(), e.mention().end(),
                e.mention().text(), e.sentence());
    }

    EventKey withArticle(String path) {
        return new EventKey(path, begin, end, text, sentence);
    }

    /** The keys with every article path passed through {@code f}. */
    static List<EventKey> mapArticles(List<EventKey> keys, UnaryOperator<String> f) {
        return keys.stream().map(k -> k.withArticle(f.apply(k.article()))).toList();
    }

    /** "'August 2021' in corpus/x.txt at 792": for messages. */
    public String describe() {
        return "'" + text + "' in " + article + " at " + begin;
    }
}

package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;

/**
 * One dated event: a mention with its article, a short readable label, the sentence that holds it and the
 * paragraph shown as its excerpt. Every event on screen is one of these, so each has a source.
 *
 * @param id a stable identifier: the article source and the mention's offsets
 */
public record Event(String id, Article article, Mention mention, String label, String sentence, String excerpt,
                    int sentenceBegin, int excerptBegin) {

    public Timex timex() {
        return mention.timex();
    }

    /** Anchored DATE and TIME events go on the timeline; durations, sets and unanchored values do not. */
    public boolean isPlottable() {
        return mention.timex().isAnchoredPoint();
    }

    /** The mention's offsets inside {@link #excerpt()}. */
    public int excerptMentionBegin() {
        return mention.begin() - excerptBegin;
    }

    public int excerptMentionEnd() {
        return mention.end() - excerptBegin;
    }
}

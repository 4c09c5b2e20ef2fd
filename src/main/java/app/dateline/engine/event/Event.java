package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateLineFinder;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import java.util.List;

/**
 * One dated event: a mention with its article, a short readable label, the sentence that holds it and the
 * paragraph shown as its excerpt. Every event on screen is one of these, so each has a source.
 *
 * @param id      a stable identifier: the article source and the mention's offsets
 * @param trigger      the word naming the event the date is about (body offsets), or null when the sentence names none
 * @param labelSources the stretches of the body the label's words come from, in order (empty when not known): the
 *                     event's sentence, and the sentences before or after it when the label takes words from them
 * @param noEvent      why the mention's date tells no event whatever its value, or null when it may tell one: derived
 *                     from the other components once, when the event is made ({@link #whyNoEvent}; the shorter
 *                     constructors do it), since the timeline, the merger and the ranker ask for it again and again
 *                     and its rules are regular expressions (a stamp, a date line, a question, another language)
 */
public record Event(String id, Article article, Mention mention, String label, String sentence, String excerpt,
                    int sentenceBegin, int excerptBegin, Trigger trigger, List<LabelSource> labelSources,
                    NoEvent noEvent)
        implements java.io.Serializable {

    public Event {
        labelSources = labelSources == null ? List.of() : List.copyOf(labelSources);
    }

    /** An event whose {@link #noEvent()} is read from its other components. */
    public Event(String id, Article article, Mention mention, String label, String sentence, String excerpt,
                 int sentenceBegin, int excerptBegin, Trigger trigger, List<LabelSource> labelSources) {
        this(id, article, mention, label, sentence, excerpt, sentenceBegin, excerptBegin, trigger, labelSources,
                whyNoEvent(mention, label, sentence, excerpt, sentenceBegin, excerptBegin));
    }

    /** An event whose label's sources are not known. */
    public Event(String id, Article article, Mention mention, String label, String sentence, String excerpt,
                 int sentenceBegin, int excerptBegin, Trigger trigger) {
        this(id, article, mention, label, sentence, excerpt, sentenceBegin, excerptBegin, trigger, List.of());
    }

    /** An event whose trigger is not known (synthetic events, events added by hand). */
    public Event(String id, Article article, Mention mention, String label, String sentence, String excerpt,
                 int sentenceBegin, int excerptBegin) {
        this(id, article, mention, label, sentence, excerpt, sentenceBegin, excerptBegin, null);
    }

    public Timex timex() {
        return mention.timex();
    }

    /**
     * Anchored DATE and TIME events go on the timeline; durations, sets, unanchored values and dates that tell no
     * event ({@link #noEvent()}: when a text was written, a date asked about, the reader's "you", a sentence not in
     * English) do not.
     */
    public boolean isPlottable() {
        return mention.timex().isAnchoredPoint() && noEvent() == null;
    }

    /**
     * Why the mention's date tells no event whatever its value: it says when a text was written ({@link
     * #isWrittenTime()}: the article's own date line, or a {@link Stamps stamp}), it is asked about in a question,
     * its event's subject is the reader ("You can read the speech here"), or its sentence is not in English ({@link
     * NotTold}). Null when it may tell one. The constructors use it to give {@link #noEvent()}.
     */
    public static NoEvent whyNoEvent(Mention mention, String label, String sentence, String excerpt,
                                     int sentenceBegin, int excerptBegin) {
        String s = sentence == null ? "" : sentence;
        int begin = mention.begin() - sentenceBegin;
        int end = begin + mention.end() - mention.begin();
        if (DateLineFinder.isDateLine(excerpt == null ? "" : excerpt, mention.begin() - excerptBegin)
                || Stamps.isStamp(s, begin, end)) {
            return NoEvent.WRITTEN_TIME;
        }
        return NotTold.why(s, begin, end, label);
    }

    /**
     * The mention says when a text was written, not what happened: the article's own date line ("Published: April
     * 11, 2023") or a stamp ({@link Stamps}: a wire story's or a page's time stamp, a reader's comment's "At 12:19
     * 26th Apr 2009, ... wrote:"). Such a date is kept (it is a date the tagger read) but is no event.
     */
    public boolean isWrittenTime() {
        return noEvent == NoEvent.WRITTEN_TIME;
    }

    /** The mention is the date of a "Published:" or "Update" line: when the article was written, not an event. */
    public boolean isArticleDateLine() {
        return DateLineFinder.isDateLine(excerpt, excerptMentionBegin());
    }

    /** The mention's offsets inside {@link #excerpt()}. */
    public int excerptMentionBegin() {
        return mention.begin() - excerptBegin;
    }

    public int excerptMentionEnd() {
        return mention.end() - excerptBegin;
    }

    /** The trigger's offsets inside {@link #excerpt()}, or -1 without a trigger. */
    public int excerptTriggerBegin() {
        return trigger == null ? -1 : trigger.begin() - excerptBegin;
    }

    public int excerptTriggerEnd() {
        return trigger == null ? -1 : trigger.end() - excerptBegin;
    }
}

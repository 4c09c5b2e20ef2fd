package app.dateline.engine.export;

import app.dateline.engine.event.Event;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One mention as the CLI prints it: flat fields but {@code trigger} ({"text", "begin", "end"} or null), offsets
 * in UTF-16 units into the article body.
 */
@JsonPropertyOrder({"source", "title", "publisher", "documentDate", "text", "begin", "end", "type", "value", "mod",
        "from", "to", "granularity", "anchor", "anchorNote", "paragraph", "trigger", "label", "sentence", "excerpt", "rule"})
public record MentionRecord(String source, String title, String publisher, String documentDate, String text, int begin,
                            int end, String type, String value, String mod, String from, String to, String granularity,
                            String anchor, String anchorNote, int paragraph, TriggerRecord trigger, String label, String sentence,
                            String excerpt, String rule) {

    public static MentionRecord of(Event e) {
        Mention m = e.mention();
        Timex t = m.timex();
        return new MentionRecord(
                e.article().source(),
                e.article().title(),
                e.article().publisher(),
                e.article().published() == null ? null : e.article().published().toString(),
                m.text(), m.begin(), m.end(),
                t.type().name(), t.value(), t.mod() == null ? null : t.mod().name(),
                t.from() == null ? null : t.from().toString(),
                t.to() == null ? null : t.to().toString(),
                t.granularity().label(),
                m.anchor().kind().code(), m.anchor().explanation(),
                m.paragraph(), TriggerRecord.of(e.trigger()), e.label(), e.sentence(), e.excerpt(),
                m.origin().startsWith("natty") ? "natty" : m.origin());
    }
}

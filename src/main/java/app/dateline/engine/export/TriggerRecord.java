package app.dateline.engine.export;

import app.dateline.engine.event.Trigger;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A trigger as exports write it: {"text": "accepted", "begin": N, "end": N}, UTF-16 offsets into the body. */
@JsonPropertyOrder({"text", "begin", "end"})
public record TriggerRecord(String text, int begin, int end) {

    /** The record of {@code t}, or null for no trigger. */
    public static TriggerRecord of(Trigger t) {
        return t == null ? null : new TriggerRecord(t.text(), t.begin(), t.end());
    }
}

package app.dateline.engine.export;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.LabelSource;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A stretch of the article a label's words come from, as exports write it: {"text": "...", "begin": N, "end": N},
 * UTF-16 offsets into the body ({@code body.substring(begin, end) == text}).
 */
@JsonPropertyOrder({"text", "begin", "end"})
public record LabelSourceRecord(String text, int begin, int end) {

    /** The records of {@code e}'s label sources (empty when not known). */
    public static List<LabelSourceRecord> of(Event e) {
        String body = e.article().body();
        return e.labelSources().stream().filter(s -> s.end() <= body.length()).map(s -> of(body, s)).toList();
    }

    private static LabelSourceRecord of(String body, LabelSource s) {
        return new LabelSourceRecord(body.substring(s.begin(), s.end()), s.begin(), s.end());
    }
}

package app.dateline.engine.export;

import app.dateline.engine.event.Event;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes mentions as JSON Lines, a JSON array or CSV with a header row. */
public enum MentionFormat {
    JSONL, JSON, CSV;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    public void write(List<Event> events, Writer out) throws IOException {
        List<MentionRecord> records = events.stream().map(MentionRecord::of).toList();
        switch (this) {
            case JSONL -> {
                for (MentionRecord r : records) {
                    out.write(JSON_MAPPER.writeValueAsString(r));
                    out.write('\n');
                }
            }
            case JSON -> {
                JSON_MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out, records);
                out.write('\n');
            }
            case CSV -> {
                CsvSchema schema = CSV_MAPPER.schemaFor(MentionRecord.class).withHeader();
                CSV_MAPPER.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, records);
            }
        }
        out.flush();
    }
}

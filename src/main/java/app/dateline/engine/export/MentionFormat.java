package app.dateline.engine.export;

import app.dateline.engine.event.Event;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes mentions as JSON Lines, a JSON array or CSV with a header row. */
public enum MentionFormat {
    JSONL, JSON, CSV;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV_MAPPER = new CsvMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
    };

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
                // CSV has no nested objects: the trigger is three columns, trigger, triggerBegin and triggerEnd.
                CsvSchema.Builder columns = CsvSchema.builder();
                for (String name : CSV_MAPPER.schemaFor(MentionRecord.class).getColumnNames()) {
                    if (name.equals("trigger")) {
                        columns.addColumn("trigger").addColumn("triggerBegin").addColumn("triggerEnd");
                    } else {
                        columns.addColumn(name);
                    }
                }
                List<Map<String, Object>> rows = new ArrayList<>(records.size());
                for (MentionRecord r : records) {
                    Map<String, Object> row = JSON_MAPPER.convertValue(r, ROW);
                    TriggerRecord t = r.trigger();
                    row.put("trigger", t == null ? null : t.text());
                    row.put("triggerBegin", t == null ? null : t.begin());
                    row.put("triggerEnd", t == null ? null : t.end());
                    rows.add(row);
                }
                CSV_MAPPER.writer(columns.build().withHeader()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(out, rows);
            }
        }
        out.flush();
    }
}

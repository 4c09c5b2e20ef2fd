package app.dateline.engine.export;

import app.dateline.engine.event.Event;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes mentions as JSON Lines, a JSON array or CSV with a header row, all at once ({@link #write}) or
 * article by article as they come ({@link #open}); both give the same bytes.
 */
public enum MentionFormat {
    JSONL, JSON, CSV;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV_MAPPER = new CsvMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() { };

    /** Records written as they come; {@link #close()} ends the output (the array, the CSV) and flushes. */
    public interface Sink extends AutoCloseable {

        void write(List<Event> events) throws IOException;

        @Override
        void close() throws IOException;
    }

    public void write(List<Event> events, Writer out) throws IOException {
        try (Sink sink = open(out)) {
            sink.write(events);
        }
    }

    /** Starts the output on {@code out} (which stays open). */
    public Sink open(Writer out) throws IOException {
        switch (this) {
            case JSONL -> {
                return new Sink() {
                    @Override
                    public void write(List<Event> events) throws IOException {
                        for (Event e : events) {
                            out.write(JSON_MAPPER.writeValueAsString(MentionRecord.of(e)));
                            out.write('\n');
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                };
            }
            case JSON -> {
                SequenceWriter seq = JSON_MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValuesAsArray(out);
                return new Sink() {
                    @Override
                    public void write(List<Event> events) throws IOException {
                        for (Event e : events) {
                            seq.write(MentionRecord.of(e));
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        seq.close();
                        out.write('\n');
                        out.flush();
                    }
                };
            }
            default -> {
                // CSV has no nested objects: the trigger is three columns, trigger, triggerBegin and triggerEnd.
                CsvSchema.Builder columns = CsvSchema.builder();
                for (String name : CSV_MAPPER.schemaFor(MentionRecord.class).getColumnNames()) {
                    if (name.equals("trigger")) {
                        columns.addColumn("trigger").addColumn("triggerBegin").addColumn("triggerEnd");
                    } else {
                        columns.addColumn(name);
                    }
                }
                SequenceWriter seq = CSV_MAPPER.writer(columns.build().withHeader())
                        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
                boolean[] any = {false};
                return new Sink() {
                    @Override
                    public void write(List<Event> events) throws IOException {
                        for (Event e : events) {
                            MentionRecord r = MentionRecord.of(e);
                            Map<String, Object> row = JSON_MAPPER.convertValue(r, ROW);
                            TriggerRecord t = r.trigger();
                            row.put("trigger", t == null ? null : t.text());
                            row.put("triggerBegin", t == null ? null : t.begin());
                            row.put("triggerEnd", t == null ? null : t.end());
                            // cells a spreadsheet would run as formulas are neutralised (CsvCells)
                            seq.write(CsvCells.neutralise(row));
                            any[0] = true;
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        if (!any[0]) {
                            seq.flush();
                        }
                        seq.close();
                        out.flush();
                    }
                };
            }
        }
    }
}

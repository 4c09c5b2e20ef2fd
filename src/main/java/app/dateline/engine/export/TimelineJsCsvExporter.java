package app.dateline.engine.export;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TimelineJS Google-sheet template as CSV: its eighteen columns in its order, a title row first
 * ({@code Type} = {@code title}), then one row per event with the same dates, words and groups as
 * {@link TimelineJsExporter}. Paste it into the template, or give it to any tool that reads that sheet.
 */
public final class TimelineJsCsvExporter implements TimelineExporter {

    /** The template's columns (TimelineJS3 src/js/core/ConfigFactory.js reads them by these names). */
    public static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail",
            "Type", "Group", "Background");

    private static final CsvMapper CSV = new CsvMapper();

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        List<MergedEvent> events = timeline.visible();
        Map<String, String> title = row();
        title.put("Headline", options.title());
        title.put("Text", String.format(Locale.ROOT, "%d events", events.size()));
        title.put("Type", "title");
        rows.add(title);
        for (MergedEvent m : events) {
            TimelineDate d = TimelineDate.of(m.date());
            Map<String, String> r = row();
            r.put("Year", String.valueOf(d.start().year()));
            r.put("Month", text(d.start().month()));
            r.put("Day", text(d.start().day()));
            r.put("Time", d.start().time());
            if (d.end() != null) {
                r.put("End Year", String.valueOf(d.end().year()));
                r.put("End Month", text(d.end().month()));
                r.put("End Day", text(d.end().day()));
                r.put("End Time", d.end().time());
            }
            r.put("Display Date", d.display() == null ? "" : d.display());
            r.put("Headline", SourceText.escape(m.label()));
            r.put("Text", SourceText.html(m));
            r.put("Group", SourceText.group(m));
            rows.add(r);
        }
        rows.replaceAll(row -> {
            Map<String, String> safe = new LinkedHashMap<>();
            row.forEach((k, v) -> safe.put(k, CsvCells.neutralise(v)));
            return safe;
        });
        CSV.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, rows);
        out.flush();
    }

    private static Map<String, String> row() {
        Map<String, String> r = new LinkedHashMap<>();
        COLUMNS.forEach(c -> r.put(c, ""));
        return r;
    }

    private static String text(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }
}

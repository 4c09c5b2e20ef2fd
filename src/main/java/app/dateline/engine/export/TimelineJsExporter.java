package app.dateline.engine.export;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TimelineJS 3 JSON (timeline.knightlab.com/docs/json-format.html): {@code events}, a list of slides with
 * {@code start_date} (and {@code end_date} for spans) as {@code {year, month, day, hour, minute}} numbers at the
 * event's precision, {@code display_date} where a date needs words, {@code text} with {@code headline} (the
 * label) and {@code text} (HTML: each source's excerpt with the date phrase in bold and its credit),
 * {@code group} (the publisher) and a stable {@code unique_id}; and a {@code title} slide. Only what is on the
 * timeline goes out: anchored dates and times that are not hidden.
 */
public final class TimelineJsExporter implements TimelineExporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException {
        JSON.writeValue(out, document(timeline, options));
        out.write('\n');
        out.flush();
    }

    ObjectNode document(Timeline timeline, ExportOptions options) {
        ObjectNode root = JSON.createObjectNode();
        List<MergedEvent> events = timeline.visible();
        ObjectNode title = root.putObject("title");
        ObjectNode titleText = title.putObject("text");
        titleText.put("headline", SourceText.escape(options.title()));
        long articles = events.stream().flatMap(m -> m.sources().stream()).map(e -> e.article().source()).distinct().count();
        titleText.put("text", String.format(Locale.ROOT, "<p>%d events from %d articles.</p>", events.size(), articles));
        ArrayNode slides = root.putArray("events");
        Set<String> ids = new HashSet<>();
        for (MergedEvent m : events) {
            ObjectNode slide = slides.addObject();
            TimelineDate date = TimelineDate.of(m.date());
            parts(slide.putObject("start_date"), date.start());
            if (date.end() != null) {
                parts(slide.putObject("end_date"), date.end());
            }
            if (date.display() != null) {
                slide.put("display_date", date.display());
            }
            ObjectNode text = slide.putObject("text");
            text.put("headline", SourceText.escape(m.label()));
            text.put("text", SourceText.html(m));
            slide.put("group", SourceText.group(m));
            slide.put("unique_id", uniqueId(m, ids));
        }
        return root;
    }

    private static void parts(ObjectNode node, TimelineDate.Parts p) {
        node.put("year", p.year());
        if (p.month() != null) {
            node.put("month", p.month());
        }
        if (p.day() != null) {
            node.put("day", p.day());
        }
        if (p.hour() != null) {
            node.put("hour", p.hour());
            node.put("minute", p.minute());
        }
    }

    /** Stable across exports of the same corpus (made from the first source), unique within this one. */
    static String uniqueId(MergedEvent m, Set<String> taken) {
        String base = "dateline-" + Integer.toHexString(m.id().hashCode());
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

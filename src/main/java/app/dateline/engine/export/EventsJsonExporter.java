package app.dateline.engine.export;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.DateClaim;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.Unresolved;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Dateline's own JSON: every event with every field, for other programs. Every merged event goes out,
 * durations and hidden ones too, marked ({@code plottable}, {@code hidden}), with its date in effect and the
 * one its sources give, its importance ({@code app.dateline.engine.rank.EventRanker}, rounded to three
 * decimals), its disagreement, and each source with its article, offsets into the article body
 * ({@code body.substring(begin, end) == text}), sentence and excerpt, and where its label's words come from
 * ({@code labelSources}: stretches of the body, the same way; the event's too, from the source its label is). Corrections the project holds but could
 * not apply are listed under {@code unresolved}.
 */
public final class EventsJsonExporter implements TimelineExporter {

    public static final String FORMAT = "dateline-events";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectMapper LINE = new ObjectMapper();

    @JsonPropertyOrder({"format", "version", "title", "events", "unresolved"})
    record Document(String format, int version, String title, List<EventRecord> events, List<String> unresolved) {
    }

    @JsonPropertyOrder({"id", "label", "labelSources", "summary", "type", "value", "mod", "from", "to", "granularity", "words", "plottable",
            "hidden", "sourceCount", "importance", "disagreement", "corrected", "extracted", "sources"})
    record EventRecord(String id, String label, List<LabelSourceRecord> labelSources, String summary, String type, String value, String mod, String from, String to,
                       String granularity, String words, boolean plottable, boolean hidden, int sourceCount,
                       double importance, List<ClaimRecord> disagreement, Corrected corrected, Extracted extracted, List<SourceRecord> sources) {
    }

    record Corrected(boolean label, boolean date) {
    }

    /** What the sources themselves give, before the user's corrections. */
    @JsonPropertyOrder({"label", "value", "mod", "from", "to"})
    record Extracted(String label, String value, String mod, String from, String to) {
    }

    @JsonPropertyOrder({"value", "mod", "from", "to", "sources"})
    record ClaimRecord(String value, String mod, String from, String to, List<String> sources) {
    }

    @JsonPropertyOrder({"id", "article", "text", "begin", "end", "value", "mod", "from", "to", "anchor", "anchorNote",
            "origin", "trigger", "label", "labelSources", "sentence", "sentenceBegin", "excerpt", "excerptBegin"})
    record SourceRecord(String id, ArticleRecord article, String text, int begin, int end, String value, String mod,
                        String from, String to, String anchor, String anchorNote, String origin, TriggerRecord trigger,
                        String label, List<LabelSourceRecord> labelSources,
                        String sentence, int sentenceBegin, String excerpt, int excerptBegin) {
    }

    @JsonPropertyOrder({"source", "title", "publisher", "date"})
    record ArticleRecord(String source, String title, String publisher, String date) {
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException {
        Document doc = new Document(FORMAT, VERSION, options.title(), timeline.events().stream().map(EventsJsonExporter::event).toList(),
                timeline.unresolved().stream().map(Unresolved::message).toList());
        JSON.writeValue(out, doc);
        out.write('\n');
        out.flush();
    }

    /**
     * One event as one line of JSON, the object {@link #write} puts in {@code events}: a distributed job writes
     * the events of an archive this way, one a line.
     */
    public static String eventJson(MergedEvent m) {
        try {
            return LINE.writeValueAsString(event(m));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }

    private static EventRecord event(MergedEvent m) {
        EventDate d = m.date();
        EventDate x = m.extractedDate();
        List<ClaimRecord> disagreement = m.disagreement() == null ? null
                : m.disagreement().claims().stream().map(EventsJsonExporter::claim).toList();
        return new EventRecord(m.id(), m.label(), labelSources(m), m.summary(), d.type().name(), d.value(), mod(d), str(d.from()), str(d.to()),
                d.granularity().label(), TimelineDate.words(d), m.isPlottable(), m.hidden(), m.sourceCount(),
                Math.round(m.importance() * 1000) / 1000.0, disagreement,
                new Corrected(m.labelCorrected(), m.dateCorrected()),
                new Extracted(m.extractedLabel(), x.value(), mod(x), str(x.from()), str(x.to())),
                m.sources().stream().map(EventsJsonExporter::source).toList());
    }

    /**
     * Where the label in effect comes from: the sources of the source it was taken from; null when the user wrote
     * it (or none of the sources gives it).
     */
    private static List<LabelSourceRecord> labelSources(MergedEvent m) {
        return m.sources().stream().filter(e -> e.label().equals(m.label())).findFirst().map(LabelSourceRecord::of).orElse(null);
    }

    private static ClaimRecord claim(DateClaim c) {
        EventDate d = c.date();
        return new ClaimRecord(d.value(), mod(d), str(d.from()), str(d.to()), c.sources().stream().map(Event::id).toList());
    }

    private static SourceRecord source(Event e) {
        Article a = e.article();
        var t = e.timex();
        return new SourceRecord(e.id(), new ArticleRecord(a.source(), a.title(), a.publisher(), str(a.published())),
                e.mention().text(), e.mention().begin(), e.mention().end(), t.value(), t.mod() == null ? null : t.mod().name(),
                str(t.from()), str(t.to()), e.mention().anchor().kind().code(), e.mention().anchor().explanation(),
                e.mention().origin().startsWith("natty") ? "natty" : e.mention().origin(), TriggerRecord.of(e.trigger()),
                e.label(), LabelSourceRecord.of(e), e.sentence(),
                e.sentenceBegin(), e.excerpt(), e.excerptBegin());
    }

    private static String mod(EventDate d) {
        return d.mod() == null ? null : d.mod().name();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

package app.dateline.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.TimelineBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each export of the seed corpus, parsed back and checked against its format. */
class TimelineExportsTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Timeline timeline;

    @BeforeAll
    static void read() {
        CorpusExtraction x = Corpora.read(CORPUS);
        timeline = new TimelineBuilder().build(x, Project.of(List.of(CORPUS.toString())));
    }

    private static String export(TimelineExporter e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(timeline, new ExportOptions("The Taliban, 2021-2024"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode slideWith(JsonNode events, String words) {
        for (JsonNode e : events) {
            if (e.at("/text/text").asText().contains(words)) {
                return e;
            }
        }
        throw new AssertionError("no slide with " + words);
    }

    @Test
    void timelineJsHasTheFieldsAndTypesItsDocumentationGives() throws IOException {
        JsonNode root = JSON.readTree(export(new TimelineJsExporter()));
        assertThat(root.get("title").has("start_date")).isFalse();
        assertThat(root.at("/title/text/headline").asText()).isEqualTo("The Taliban, 2021-2024");
        JsonNode events = root.get("events");
        assertThat(events.isArray()).isTrue();
        assertThat(events.size()).isEqualTo(timeline.visible().size());
        Set<String> ids = new HashSet<>();
        for (JsonNode e : events) {
            JsonNode start = e.get("start_date");
            assertThat(start.get("year").isInt()).as("year is a number: %s", e).isTrue();
            LocalDate s = day(start, true);
            if (e.has("end_date")) {
                assertThat(day(e.get("end_date"), false)).as("end after start: %s", e).isAfterOrEqualTo(s);
                assertThat(e.get("end_date")).isNotEqualTo(start);
            }
            assertThat(e.at("/text/headline").isTextual()).isTrue();
            assertThat(e.at("/text/text").asText()).contains("<strong>").contains("dateline-source");
            assertThat(e.get("group").isTextual()).isTrue();
            assertThat(ids.add(e.get("unique_id").asText())).isTrue();
            e.fieldNames().forEachRemaining(f -> assertThat(f).isIn("start_date", "end_date", "display_date", "text", "group", "unique_id"));
        }
    }

    /** The day a date object stands for (its first or last day), checking month and day are numbers in range. */
    private static LocalDate day(JsonNode d, boolean first) {
        int y = d.get("year").asInt();
        if (!d.has("month")) {
            assertThat(d.has("day")).isFalse();
            return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        }
        assertThat(d.get("month").isInt()).isTrue();
        int m = d.get("month").asInt();
        assertThat(m).isBetween(1, 12);
        if (!d.has("day")) {
            LocalDate f = LocalDate.of(y, m, 1);
            return first ? f : f.withDayOfMonth(f.lengthOfMonth());
        }
        assertThat(d.get("day").isInt()).isTrue();
        try {
            return LocalDate.of(y, m, d.get("day").asInt());
        } catch (DateTimeException e) {
            throw new AssertionError("no such day: " + d, e);
        }
    }

    @Test
    void theTakeoverIsOneSlideWithItsRangeItsSourcesAndTheirDisagreement() throws IOException {
        JsonNode events = JSON.readTree(export(new TimelineJsExporter())).get("events");
        JsonNode t = slideWith(events, "return to power in <strong>August 2021");
        assertThat(t.get("start_date")).isEqualTo(JSON.readTree("{\"year\": 2021, \"month\": 7}"));
        assertThat(t.get("end_date")).isEqualTo(JSON.readTree("{\"year\": 2021, \"month\": 8}"));
        assertThat(t.get("display_date").asText()).isEqualTo("July 2021 to August 2021 (sources disagree)");
        assertThat(t.get("group").asText()).isEqualTo("Several sources");
        String html = t.at("/text/text").asText();
        assertThat(html).contains("Sources disagree:</strong> July 2021: The Epoch Times (Vision Times); August 2021: ")
                .contains("<strong>August 2021</strong>").contains("<strong>Last month</strong>").contains("<strong>July 2021</strong>")
                .contains("Newsweek, \u201cRussia, China").contains("Foreign Affairs, \u201cAmerica Can\u2019t Isolate the Taliban\u201d, 2024-03-05");
        long takeovers = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e.at("/text/text").asText().contains("return to power in <strong>")).count();
        assertThat(takeovers).isEqualTo(1);
    }

    @Test
    void aMonthHasNoDayAndLateJanuaryIsSaidInWords() throws IOException {
        JsonNode events = JSON.readTree(export(new TimelineJsExporter())).get("events");
        JsonNode ban = slideWith(events, "<strong>March 2022</strong>");
        assertThat(ban.get("start_date")).isEqualTo(JSON.readTree("{\"year\": 2022, \"month\": 3}"));
        assertThat(ban.has("end_date")).isFalse();
        assertThat(ban.has("display_date")).isFalse();
        assertThat(ban.get("group").asText()).isEqualTo("Foreign Affairs");
        JsonNode ceremony = slideWith(events, "<strong>late January</strong>");
        assertThat(ceremony.get("start_date")).isEqualTo(JSON.readTree("{\"year\": 2024, \"month\": 1, \"day\": 22}"));
        assertThat(ceremony.get("display_date").asText()).isEqualTo("Late January 2024");
        JsonNode nineties = slideWith(events, "<strong>the 1990s</strong>");
        assertThat(nineties.get("start_date").get("year").asInt()).isEqualTo(1990);
        assertThat(nineties.get("end_date").get("year").asInt()).isEqualTo(1999);
    }

    @Test
    void csvHasExactlyTheTimelineJsColumnsATitleRowAndTheSameDates() throws IOException {
        String csv = export(new TimelineJsCsvExporter());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Year,Month,Day,Time,\"End Year\",\"End Month\",\"End Day\","
                + "\"End Time\",\"Display Date\",Headline,Text,Media,\"Media Credit\",\"Media Caption\",\"Media Thumbnail\",Type,Group,Background");
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(TimelineJsCsvExporter.COLUMNS);
        assertThat(rows.get(0)).containsEntry("Type", "title").containsEntry("Headline", "The Taliban, 2021-2024").containsEntry("Year", "");
        assertThat(rows).hasSize(timeline.visible().size() + 1);
        Map<String, String> t = rows.stream().filter(r -> r.get("Text").contains("return to power in <strong>August 2021")).findFirst().orElseThrow();
        assertThat(t).containsEntry("Year", "2021").containsEntry("Month", "7").containsEntry("Day", "")
                .containsEntry("End Year", "2021").containsEntry("End Month", "8").containsEntry("Group", "Several sources");
        for (Map<String, String> r : rows.subList(1, rows.size())) {
            assertThat(r.get("Year")).matches("\\d{4}");
            assertThat(r.get("Type")).isEmpty();
        }
    }

    @Test
    void ourJsonHasEveryFieldAndOffsetsThatPointIntoTheArticles() throws Exception {
        JsonNode root = JSON.readTree(export(new EventsJsonExporter()));
        assertThat(root.get("format").asText()).isEqualTo("dateline-events");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode events = root.get("events");
        assertThat(events.size()).isEqualTo(timeline.events().size());
        ArticleReader reader = new ArticleReader();
        JsonNode takeover = null;
        for (JsonNode e : events) {
            for (String f : List.of("id", "label", "value", "from", "to", "granularity", "mod", "disagreement", "plottable", "hidden", "sources")) {
                assertThat(e.has(f)).as(f).isTrue();
            }
            for (JsonNode s : e.get("sources")) {
                String body = reader.read(Path.of(s.at("/article/source").asText())).body();
                int b = s.get("begin").asInt();
                int en = s.get("end").asInt();
                assertThat(body.substring(b, en)).isEqualTo(s.get("text").asText());
                assertThat(body.substring(s.get("sentenceBegin").asInt())).startsWith(s.get("sentence").asText());
                assertThat(body.substring(s.get("excerptBegin").asInt())).startsWith(s.get("excerpt").asText());
                assertThat(s.get("labelSources")).as("every label has its sources").isNotEmpty();
                for (JsonNode l : s.get("labelSources")) {
                    assertThat(body.substring(l.get("begin").asInt(), l.get("end").asInt())).isEqualTo(l.get("text").asText());
                }
            }
            if (e.get("sources").size() == 4) {
                takeover = e;
            }
        }
        assertThat(takeover).isNotNull();
        assertThat(takeover.get("value").asText()).isEqualTo("2021-07/2021-08");
        assertThat(takeover.get("from").asText()).isEqualTo("2021-07-01");
        assertThat(takeover.get("to").asText()).isEqualTo("2021-08-31");
        assertThat(takeover.get("sourceCount").asInt()).isEqualTo(4);
        JsonNode claims = takeover.get("disagreement");
        assertThat(claims.get(0).get("value").asText()).isEqualTo("2021-07");
        assertThat(claims.get(0).get("sources").get(0).asText()).contains("epoch-times");
        assertThat(claims.get(1).get("value").asText()).isEqualTo("2021-08");
        assertThat(claims.get(1).get("sources").size()).isEqualTo(3);
        assertThat(takeover.at("/sources/0/article/publisher").asText()).isNotBlank();
        // The school ban's label takes its topic and its event from the two sentences after the date's.
        JsonNode ban = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e.get("label").asText().endsWith("extended the ban")).findFirst().orElseThrow();
        List<String> words = StreamSupport.stream(ban.get("labelSources").spliterator(), false).map(l -> l.get("text").asText()).toList();
        assertThat(words).containsExactly("Afghan secondary schools for girls", "Akhundzada", "extended the ban");
        int sentenceEnd = ban.at("/sources/0/sentenceBegin").asInt() + ban.at("/sources/0/sentence").asText().length();
        assertThat(ban.at("/labelSources/0/begin").asInt()).isGreaterThan(sentenceEnd);
        JsonNode duration = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e.get("type").asText().equals("DURATION")).findFirst().orElseThrow();
        assertThat(duration.get("plottable").asBoolean()).isFalse();
        assertThat(duration.get("from").isNull()).isTrue();
    }
}

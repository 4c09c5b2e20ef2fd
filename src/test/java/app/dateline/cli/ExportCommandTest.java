package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Edit;
import app.dateline.engine.project.EditHistory;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.ProjectFile;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.TimelineBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode slideWith(JsonNode root, String words) {
        for (JsonNode e : root.get("events")) {
            if (e.at("/text/text").asText().contains(words)) {
                return e;
            }
        }
        throw new AssertionError("no slide with " + words);
    }

    @Test
    void everyFormatIsWrittenToItsFile() throws Exception {
        assertThat(ExportCommand.FORMATS.keySet()).containsExactly("timelinejs", "csv", "json", "svg", "svg-vertical", "html");
        for (String format : ExportCommand.FORMATS.keySet()) {
            Path out = dir.resolve("out." + format);
            ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", format, "--out", out.toString(),
                    "--title", "Taliban", CORPUS.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).contains("wrote").contains(out.toString()).doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
            assertThat(Files.size(out)).isPositive();
        }
        JsonNode tl = JSON.readTree(dir.resolve("out.timelinejs").toFile());
        assertThat(tl.at("/title/text/headline").asText()).isEqualTo("Taliban");
        assertThat(JSON.readTree(dir.resolve("out.json").toFile()).get("format").asText()).isEqualTo("dateline-events");
        assertThat(Files.readAllLines(dir.resolve("out.csv")).get(0)).startsWith("Year,Month,Day,Time,");
        assertThat(Files.readString(dir.resolve("out.svg"))).startsWith("<?xml").contains("<title>Taliban</title>").contains("and 3 more");
        assertThat(Files.readString(dir.resolve("out.svg-vertical"))).startsWith("<?xml").contains("<title>Timeline: Taliban</title>");
        assertThat(Files.readString(dir.resolve("out.html"))).startsWith("<!DOCTYPE html>").contains("<h1>Timeline: Taliban</h1>").contains("<details>");
    }

    @Test
    void aProjectsCorrectionsAreInTheExportAndItsCorpusIsUsedWhenNoPathIsGiven() throws Exception {
        Project p = Project.of(List.of(CORPUS.toString()));
        Timeline t = new TimelineBuilder().build(Corpora.read(CORPUS), p);
        MergedEvent takeover = t.events().stream().filter(m -> m.sources().size() == 4).findFirst().orElseThrow();
        Event epoch = takeover.sources().stream().filter(e -> e.sentence().contains("overthrew")).findFirst().orElseThrow();
        EditHistory h = new EditHistory(p);
        h.perform(Edit.split(takeover, List.of(epoch)));
        h.perform(Edit.changeLabel(takeover, "The Taliban take Kabul"));
        Path project = dir.resolve("taliban" + ProjectFile.EXTENSION);
        ProjectFile.save(h.current(), project);
        byte[] saved = Files.readAllBytes(project);

        Path out = dir.resolve("tl.json");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "timelinejs", "--out", out.toString(),
                "--project", project.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode slide = slideWith(JSON.readTree(out.toFile()), "return to power in <strong>August 2021");
        assertThat(slide.at("/text/headline").asText()).isEqualTo("The Taliban take Kabul");
        // the Epoch Times' July is split off: the takeover is August 2021, a month, no day
        assertThat(slide.get("start_date")).isEqualTo(JSON.readTree("{\"year\": 2021, \"month\": 8}"));
        assertThat(slide.has("end_date")).isFalse();
        assertThat(slide.has("display_date")).isFalse();
        assertThat(Files.readAllBytes(project)).as("an export never changes the project").isEqualTo(saved);
    }

    @Test
    void standardOutputWithADash() {
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--out", "-", CORPUS.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"dateline-events\"");
    }

    @Test
    void aBadPathIsOneLineAndTheRestIsExported() throws Exception {
        Path out = dir.resolve("out.csv");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "csv", "--out", out.toString(),
                dir.resolve("missing").toString(), CORPUS.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("missing")).toList())
                .singleElement().asString().startsWith("skipped ").endsWith("does not exist");
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void nothingReadableIsANonZeroExitAndNoFile() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("out.json");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--out", out.toString(), dir.resolve("empty.txt").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt: is empty").contains("nothing written");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownFormatOrADamagedProjectIsAClearError() throws Exception {
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "xml", "--out", "x", CORPUS.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --format 'xml' (use timelinejs, csv, json, svg, svg-vertical, html)");
        Path project = Files.writeString(dir.resolve("p" + ProjectFile.EXTENSION), "{\"format\": \"dateline-pro");
        run = ExtractCommandTest.run("export", "--format", "json", "--out", dir.resolve("o.json").toString(), "--project",
                project.toString(), CORPUS.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(project.toString()).contains("not complete JSON").doesNotContain("Exception");
        assertThat(Files.readString(project)).isEqualTo("{\"format\": \"dateline-pro"); // left as it was
    }

    @Test
    void aStoryFileIsExportedAsTheTimelineItHoldsWithItsTitle() throws Exception {
        Path story = dir.resolve("story.json");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--top", "12", "--title", "Taliban",
                "--out", story.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path back = dir.resolve("back.json");
        run = ExtractCommandTest.run("export", "--format", "json", "--out", back.toString(), story.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode told = JSON.readTree(story.toFile());
        JsonNode again = JSON.readTree(back.toFile());
        assertThat(again.get("title").asText()).isEqualTo("Taliban");
        assertThat(dated(again)).isEqualTo(dated(told)).hasSize(12);
    }

    @Test
    void aStoryFileKeepsItsEventsLabelsAndSummaries() throws Exception {
        // rebuilt from excerpts, a merged event's best source can come out differently: the pooled Michael Jackson
        // story reopened read "The Atlantic Murray will be sentenced" where its file said "Dr Murray is due to be sentenced"
        Path story = dir.resolve("story.json");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--out", story.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(story.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode merged = null;
        for (JsonNode e : root.get("events")) {
            if (e.get("sources").size() > 1) {
                merged = (com.fasterxml.jackson.databind.node.ObjectNode) e;
            }
        }
        assertThat(merged).isNotNull();
        merged.put("label", "The Taliban take Kabul"); // as another source, or another engine, would have it
        merged.put("summary", merged.get("sources").get(1).get("sentence").asText());
        JSON.writeValue(story.toFile(), root);
        Path back = dir.resolve("back.json");
        run = ExtractCommandTest.run("export", "--format", "json", "--out", back.toString(), story.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        java.util.Map<String, String> told = texts(JSON.readTree(story.toFile()));
        java.util.Map<String, String> again = texts(JSON.readTree(back.toFile()));
        assertThat(again).isEqualTo(told).containsValue("The Taliban take Kabul | " + merged.get("summary").asText());
        for (JsonNode e : JSON.readTree(back.toFile()).get("events")) {
            assertThat(e.get("corrected").get("label").asBoolean()).as(e.get("label").asText()).isFalse(); // the file's own words
        }
    }

    /** Each event's label and summary by its sources' phrases. */
    private static java.util.Map<String, String> texts(JsonNode root) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (JsonNode e : root.get("events")) {
            StringBuilder key = new StringBuilder();
            e.get("sources").forEach(s -> key.append(s.get("text").asText()).append(" @ ").append(s.get("sentence").asText()).append(" | "));
            out.put(key.toString(), e.get("label").asText() + " | " + e.get("summary").asText());
        }
        return out;
    }

    @Test
    void aStoryFileListsItsArticlesInTheOrderTheirFolderIsRead() throws Exception {
        // the window colours articles in the order read: opening the export showed Foreign Affairs first, and the colours changed
        Path story = dir.resolve("story.json");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--out", story.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> read = app.dateline.engine.story.StoryFile.read(story).reading().articles().stream()
                .map(a -> Path.of(a.article().source()).getFileName().toString()).toList();
        List<String> folder;
        try (java.util.stream.Stream<Path> files = Files.list(CORPUS)) {
            folder = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertThat(read).isEqualTo(folder);
    }

    /** Each event as its date and the phrases of its sources: what a story file keeps whatever the articles. */
    private static List<String> dated(JsonNode root) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode e : root.get("events")) {
            StringBuilder b = new StringBuilder(e.get("value").asText()).append(" ").append(e.get("plottable").asBoolean());
            e.get("sources").forEach(s -> b.append(" | ").append(s.get("text").asText()).append(" @ ").append(s.get("sentence").asText()));
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void theArticlesResultsAreCachedAsForExtract() throws Exception {
        Path cache = dir.resolve("cache");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--out", dir.resolve("a.json").toString(),
                "--cache-dir", cache.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (var entries = Files.walk(cache)) {
            assertThat(entries.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(5); // one per article at least
        }
        run = ExtractCommandTest.run("export", "--format", "json", "--out", dir.resolve("b.json").toString(),
                "--cache-dir", cache.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("b.json"))).isEqualTo(Files.readString(dir.resolve("a.json")));
    }
}

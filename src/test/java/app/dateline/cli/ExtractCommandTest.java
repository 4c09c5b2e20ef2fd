package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = DatelineCommand.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void jsonlHasEveryFieldAndOffsetsIntoTheBody(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "---\ntitle: T\npublished: 2022-08-16\n---\nIn April, Russia accepted their ambassadors.");
        Run run = run("extract", "--format", "jsonl", article.toString());
        assertThat(run.exit()).isZero();
        JsonNode m = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        for (String field : List.of("source", "documentDate", "text", "begin", "end", "type", "value", "mod", "from", "to",
                "granularity", "anchor", "sentence", "excerpt", "label")) {
            assertThat(m.has(field)).as(field).isTrue();
        }
        assertThat(m.get("value").asText()).isEqualTo("2022-04");
        assertThat(m.get("begin").asInt()).isEqualTo(3);
        assertThat(m.get("end").asInt()).isEqualTo(8);
        assertThat(m.get("from").asText()).isEqualTo("2022-04-01");
        assertThat(m.get("to").asText()).isEqualTo("2022-04-30");
        assertThat(m.get("anchor").asText()).isEqualTo("article-date");
        assertThat(m.get("documentDate").asText()).isEqualTo("2022-08-16");
    }

    @Test
    void everyFormatCarriesTheTriggerWithBodyOffsets(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        String body = "In April, Russia accepted their ambassadors. The talks lasted two years.";
        Files.writeString(article, "---\ntitle: T\npublished: 2022-08-16\n---\n" + body);
        JsonNode m = JSON.readTree(run("extract", "--format", "jsonl", article.toString()).out().lines().findFirst().orElseThrow());
        JsonNode t = m.get("trigger");
        assertThat(t.get("text").asText()).isEqualTo("accepted");
        assertThat(body.substring(t.get("begin").asInt(), t.get("end").asInt())).isEqualTo("accepted");
        JsonNode all = JSON.readTree(run("extract", "--format", "json", article.toString()).out());
        assertThat(all.get(0).get("trigger").get("text").asText()).isEqualTo("accepted");
        assertThat(all.get(1).get("type").asText()).isEqualTo("DURATION");
        assertThat(all.get(1).get("trigger").isNull()).isTrue(); // durations name no event on the timeline
        List<String> csv = run("extract", "--format", "csv", article.toString()).out().lines().toList();
        assertThat(csv.get(0)).contains("trigger,triggerBegin,triggerEnd");
        assertThat(csv.get(1)).contains(",accepted,17,25,");
    }

    @Test
    void aBadFileIsNamedOnStderrAndTheRestGoOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(dir.resolve("good.txt"), "---\npublished: 2024-03-05\n---\nThe talks began in 2022.");
        Run run = run("extract", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("broken.txt").contains("not a text file").doesNotContain("Exception");
        assertThat(run.out()).contains("\"value\":\"2022\"");
    }

    @Test
    void nothingReadableMeansANonZeroExit(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run run = run("extract", dir.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("empty.txt: is empty");
    }

    @Test
    void dctDatesArticlesWithoutOne(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("nodate.txt");
        Files.writeString(article, "The envoys met last week.");
        assertThat(run("extract", article.toString()).out()).contains("\"value\":\"XXXX-WXX\"").contains("\"anchor\":\"unanchored\"");
        assertThat(run("extract", "--dct", "2022-08-16", article.toString()).out()).contains("\"value\":\"2022-W32\"");
    }

    @Test
    void csvAndJsonParseBack(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "---\npublished: 2024-03-05\n---\nIn late January, Xi accepted the credentials, \"officially\".");
        JsonNode array = JSON.readTree(run("extract", "--format", "json", article.toString()).out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.get(0).get("mod").asText()).isEqualTo("END");
        List<String> csv = new ArrayList<>(run("extract", "--format", "csv", article.toString()).out().lines().toList());
        assertThat(csv.get(0)).startsWith("source,title,publisher,documentDate,text,begin,end,type,value,mod");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains("2024-01").contains("\"\"officially\"\"");
    }

    @Test
    void unknownFormatIsAClearError(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Text.");
        Run run = run("extract", "--format", "xml", article.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --format 'xml'");
    }
}

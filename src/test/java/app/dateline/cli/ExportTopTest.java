package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --top N}: every format keeps the N most important events; the JSON gives each event's importance. */
class ExportTopTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode export(String name, String... more) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "--format", "json", "--out", out.toString()));
        args.addAll(List.of(more));
        args.add(CORPUS.toString());
        ExtractCommandTest.Run run = ExtractCommandTest.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(out.toFile());
    }

    @Test
    void theJsonKeepsTheMostImportantEventsWithTheirImportance() throws Exception {
        JsonNode all = export("all.json");
        JsonNode top = export("top.json", "--top", "5");
        List<Double> visible = new ArrayList<>();
        for (JsonNode e : all.get("events")) {
            assertThat(e.has("importance")).isTrue();
            assertThat(e.get("importance").asDouble() > 0).isEqualTo(e.get("plottable").asBoolean());
            if (e.get("plottable").asBoolean() && !e.get("hidden").asBoolean()) {
                visible.add(e.get("importance").asDouble());
            }
        }
        visible.sort(Comparator.reverseOrder());
        assertThat(top.get("events")).hasSize(5);
        for (JsonNode e : top.get("events")) {
            assertThat(e.get("importance").asDouble()).isGreaterThanOrEqualTo(visible.get(4));
        }
        // the order stays the timeline's: by date
        List<String> from = new ArrayList<>();
        top.get("events").forEach(e -> from.add(e.get("from").asText()));
        assertThat(from).isSorted();
    }

    @Test
    void everyFormatFollowsTop() throws Exception {
        for (String format : ExportCommand.FORMATS.keySet()) {
            Path all = dir.resolve("all." + format);
            Path top = dir.resolve("top." + format);
            assertThat(ExtractCommandTest.run("export", "--format", format, "--out", all.toString(), CORPUS.toString()).exit()).isZero();
            ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", format, "--out", top.toString(), "--top", "3",
                    CORPUS.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).contains("wrote 3 events");
            assertThat(Files.size(top)).as(format).isLessThan(Files.size(all));
        }
        Path csv = dir.resolve("top.csv");
        // the header, the title row, three events
        assertThat(Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).count()).isEqualTo(1 + 1 + 3);
    }

    @Test
    void topMustBePositive() {
        assertThat(ExtractCommandTest.run("export", "--format", "json", "--out", dir.resolve("x.json").toString(), "--top", "0",
                CORPUS.toString()).exit()).isEqualTo(2);
    }
}

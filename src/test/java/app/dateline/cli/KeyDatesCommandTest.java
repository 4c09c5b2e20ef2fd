package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code key-dates} as tls_run.py calls it: JSON Lines on stdout, earliest first, within the budget and the window. */
class KeyDatesCommandTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path cache;

    private List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsTheNMostImportantDaysWithAtMostKSentences() throws Exception {
        ExtractCommandTest.Run run = ExtractCommandTest.run("key-dates", "--dates", "3", "--sentences", "2",
                "--cache-dir", cache.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> days = lines(run.out());
        assertThat(days).hasSize(3);
        String bodies = String.join("\n", Files.walk(CORPUS).filter(Files::isRegularFile).map(p -> {
            try {
                return Files.readString(p);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }).toList());
        String previous = "";
        for (JsonNode d : days) {
            String date = d.get("date").asText();
            assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}").isGreaterThan(previous);
            previous = date;
            assertThat(d.get("sentences").size()).isBetween(0, 2);
            d.get("sentences").forEach(s -> assertThat(bodies).contains(s.asText()));
            assertThat(d.get("events").isArray()).isTrue();
        }
    }

    @Test
    void aWindowIsRespectedAndBadOptionsAreUsageErrors() throws Exception {
        ExtractCommandTest.Run run = ExtractCommandTest.run("key-dates", "--dates", "5", "--sentences", "1", "--from", "2021-09-01",
                "--to", "2021-09-30", "--cache-dir", cache.toString(), CORPUS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(lines(run.out())).isNotEmpty().allSatisfy(d -> assertThat(d.get("date").asText()).startsWith("2021-09-"));
        assertThat(ExtractCommandTest.run("key-dates", "--dates", "0", "--sentences", "1", CORPUS.toString()).exit()).isEqualTo(2);
        assertThat(ExtractCommandTest.run("key-dates", "--dates", "3", "--sentences", "1", "--from", "2021-09-01", CORPUS.toString()).exit())
                .isEqualTo(2);
        ExtractCommandTest.Run none = ExtractCommandTest.run("key-dates", "--dates", "3", "--sentences", "1", "--no-cache",
                cache.resolve("missing").toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("missing");
    }
}

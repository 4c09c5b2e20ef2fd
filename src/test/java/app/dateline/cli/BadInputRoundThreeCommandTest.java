package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third round of bad input (robust12) through {@code extract} and {@code export}: UTF-16 without a byte order
 * mark, an HTML page saved as {@code .txt}, a date line far in the future; each named on one line, the rest read.
 */
class BadInputRoundThreeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void folder() throws Exception {
        Files.write(dir.resolve("wide.txt"), "---\ntitle: Wide\npublished: 2021-08-16\n---\nKabul fell on 15 August 2021.\n"
                .getBytes(StandardCharsets.UTF_16BE));
        Files.writeString(dir.resolve("saved page.txt"), "<!DOCTYPE html>\n<html><head><script>var d = \"1 May 2020\";</script></head>"
                + "<body><p>The envoys met in Doha on 12 March 2021.</p></body></html>\n");
        Files.writeString(dir.resolve("future.txt"), "Published: March 3, 2091\nThe envoys met on Tuesday.\n");
    }

    @Test
    void extractReadsThemAndNamesEachOnOneLine() throws Exception {
        folder();
        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", dir.toString());

        assertThat(run.exit()).isZero();
        List<String> err = run.err().lines().toList();
        assertThat(err).hasSize(3);
        assertThat(err.get(0)).matches(java.util.regex.Pattern.quote("warning " + dir.resolve("future.txt")
                + ": its date 2091-03-03 (from its date line in the text) is in the future (today is ")
                + "\\d{4}-\\d\\d-\\d\\d\\); relative dates are read against it as written");
        assertThat(err.subList(1, 3)).containsExactly(
                "warning " + dir.resolve("saved page.txt") + ": is an HTML page although its name does not end in .html or .htm; read as HTML, "
                        + "the markup removed",
                "warning " + dir.resolve("wide.txt") + ": has no byte order mark but is UTF-16BE text; read as UTF-16BE");
        List<String> found = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            JsonNode r = JSON.readTree(line);
            found.add(Path.of(r.get("source").asText()).getFileName() + " " + r.get("text").asText() + "=" + r.get("value").asText());
        }
        assertThat(found).containsExactly("future.txt March 3, 2091=2091-03-03", "future.txt Tuesday=2091-02-27",
                "saved page.txt 12 March 2021=2021-03-12", "wide.txt 15 August 2021=2021-08-15");
    }

    @Test
    void exportShowsNoDateFromThePagesScript() throws Exception {
        folder();
        Path out = dir.resolve("out.json");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--no-cache", "--format", "json", "--out", out.toString(),
                dir.resolve("saved page.txt").toString(), dir.resolve("wide.txt").toString());

        assertThat(run.exit()).isZero();
        List<String> values = new ArrayList<>();
        JSON.readTree(out.toFile()).get("events").forEach(e -> values.add(e.get("value").asText()));
        assertThat(values).containsExactly("2021-03-12", "2021-08-15");
    }
}

package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs of a real folder through {@code extract}: each named on one line of stderr, the rest printed. */
class BadInputCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> records(String out) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.lines().toList()) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void everyBadInputIsNamedOnOneLineAndTheRestArePrinted() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(dir.resolve("cp1252.txt"), "He said \u201cno\u201d on 15 August 2021.".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("yaml.txt"), "---\ntitle: [x\npublished: 2022-08-16\n---\nIn April, talks resumed.");
        Files.writeString(dir.resolve("unclosed.txt"), "---\ntitle: T\nTalks began on 15 August 2021.");
        Files.writeString(dir.resolve("notadate.txt"), "---\npublished: soon\n---\nTalks began on 15 August 2021.");
        Files.writeString(dir.resolve("feb30.txt"), "---\npublished: 2021-02-30\n---\nTalks began on 15 August 2021.");
        Files.writeString(dir.resolve("typos.txt"), "---\npublished: 2021-06-01\n---\nDated February 30, 2021 and 32 March 2020.");
        Files.writeString(dir.resolve("far.txt"), "---\npublished: 2024-03-05\n---\nFarming began in 3000 BC. The year 10000 is far.");
        Files.writeString(dir.resolve("page.html"), "<p>Kabul fell on <b>15 August 2021</b>.</p><script>alert(1)</script>");
        Files.writeString(dir.resolve("page.htm"), "<p>Kabul fell on 15 August 2021.</p>");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Files.writeString(dir.resolve("good.txt"), "---\npublished: 2024-03-05\n---\nIn late January, Xi accepted the credentials.");

        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", dir.toString());

        assertThat(run.exit()).isZero();
        List<String> err = run.err().lines().toList();
        assertThat(err).allSatisfy(line -> assertThat(line).matches("(skipped|warning) " + java.util.regex.Pattern.quote(dir.toString()) + "/\\S+: .+")
                .doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(run.err())
                .contains("skipped " + dir.resolve("empty.txt") + ": is empty")
                .contains("skipped " + dir.resolve("image.txt") + ": is not a text file")
                .contains("warning " + dir.resolve("cp1252.txt") + ": is not UTF-8; read as Windows-1252")
                .contains("warning " + dir.resolve("yaml.txt") + ": front matter is not valid YAML")
                .contains("warning " + dir.resolve("unclosed.txt") + ": front matter is not closed")
                .contains("warning " + dir.resolve("notadate.txt") + ": 'published: soon' is not a valid date")
                .contains("warning " + dir.resolve("feb30.txt") + ": 'published: 2021-02-30' is not a valid date")
                .contains("warning " + dir.resolve("typos.txt") + ": 'February 30, 2021' at characters 6-23 is not a date on the calendar")
                .contains("warning " + dir.resolve("typos.txt") + ": '32 March 2020' at characters 28-41 is not a date on the calendar")
                .contains("skipped " + sub.resolve("loop") + ": is a link back into its own folder (a loop)")
                .contains("skipped " + dir.resolve("dangling.txt") + ": is a link to a file that does not exist");
        List<JsonNode> records = records(run.out());
        assertThat(records).extracting(r -> Path.of(r.get("source").asText()).getFileName() + " " + r.get("text").asText() + "=" + r.get("value").asText())
                .contains("cp1252.txt 15 August 2021=2021-08-15", "far.txt 3000 BC=BC3000", "good.txt late January=2024-01",
                        "page.html 15 August 2021=2021-08-15", "page.htm 15 August 2021=2021-08-15", "yaml.txt April=2022-04")
                .noneMatch(s -> s.startsWith("typos.txt"))
                .noneMatch(s -> s.contains("10000"));
        JsonNode cp = records.stream().filter(r -> r.get("source").asText().endsWith("cp1252.txt")).findFirst().orElseThrow();
        assertThat(cp.get("sentence").asText()).isEqualTo("He said \u201cno\u201d on 15 August 2021.");
        JsonNode bc = records.stream().filter(r -> r.get("value").asText().equals("BC3000")).findFirst().orElseThrow();
        assertThat(bc.get("from").isNull()).isTrue();
        assertThat(bc.get("anchor").asText()).isEqualTo("explicit");
    }

    @Test
    void aFolderWithNothingReadableSaysSoAndExitsOne() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path none = Files.createDirectory(dir.resolve("pictures"));
        Files.write(none.resolve("photo.jpg"), new byte[] {1, 2, 3});
        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", dir.resolve("empty.txt").toString(), none.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                "skipped " + none + ": has no article files (.htm, .html, .markdown, .md, .text, .txt)",
                "skipped " + dir.resolve("empty.txt") + ": is empty",
                "dateline extract: no article could be read");
    }

    @Test
    void aLongLineComesOutInBoundedSentencesAndExcerpts() throws Exception {
        String filler = "committee members discussed proposals about budget reform while observers waited outside the hall";
        StringBuilder line = new StringBuilder("---\npublished: 2024-03-05\n---\n");
        for (int i = 0; line.length() < 1_000_000; i++) {
            line.append(filler).append(i % 50 == 49 ? " on 3 March 2021; " : ", ");
        }
        Files.writeString(dir.resolve("line.txt"), line);
        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> records = records(run.out());
        assertThat(records).hasSizeGreaterThan(90).allSatisfy(r -> {
            assertThat(r.get("text").asText()).isEqualTo("3 March 2021");
            assertThat(r.get("sentence").asText().length()).isLessThanOrEqualTo(1_000);
            assertThat(r.get("excerpt").asText().length()).isLessThanOrEqualTo(20_000);
        });
    }

    @Test
    void theCacheGivesTheSameOutputAndNoCacheWritesNothing() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "---\npublished: 2024-03-05\n---\nIn late January, Xi accepted the credentials. He met them last week.");
        Path articles = dir.resolve("a.txt");
        Path cache = dir.resolve("cache");
        ExtractCommandTest.Run first = ExtractCommandTest.run("extract", "--cache-dir", cache.toString(), articles.toString());
        ExtractCommandTest.Run second = ExtractCommandTest.run("extract", "--cache-dir", cache.toString(), articles.toString());
        ExtractCommandTest.Run none = ExtractCommandTest.run("extract", "--no-cache", "--cache-dir", dir.resolve("unused").toString(), articles.toString());
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(none.out()).isNotEmpty();
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".smile"))).hasSize(1);
        }
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void progressGoesToStderrAndEndsItsLine() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve(i + ".txt"), "---\npublished: 2024-03-05\n---\nTalks began on 15 August 2021.");
        }
        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", "--progress", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("3/3 articles (0 from the cache), 100%, 0:00 left").endsWith("\n");
        assertThat(run.out().lines()).hasSize(3);
    }
}

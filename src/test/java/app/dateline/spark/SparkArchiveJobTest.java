package app.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.cli.DatelineCommand;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.rank.StoryWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive job in Spark's local mode (two cores, few partitions, no UI) against the command line on the same
 * articles: its mentions are {@code extract --format jsonl}'s record for record, its events {@code export --format
 * json}'s (merged and ranked: importance and all), bad articles and rows are rows of {@code problems}, and the
 * story is {@code export --top}'s for the articles the query matches: their key events.
 */
class SparkArchiveJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = System.getProperty("dateline.corpus", "corpus");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("dateline-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void corpusGivesExtractsMentionsExportsEventsAndTheStory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        ArchiveJob.Summary summary = ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", out.toString(), "--jsonl",
                "--story", "Taliban", CORPUS}));

        List<JsonNode> cli = extract(CORPUS);
        assertThat(cli).hasSizeGreaterThan(50);
        assertThat(sorted(mentions(out))).isEqualTo(sorted(cli));
        assertThat(summary.articles()).isEqualTo(5);
        assertThat(summary.blocked()).isFalse();

        JsonNode export = export("Taliban", CORPUS);
        Map<String, JsonNode> expected = byId(export.get("events"));
        assertThat(expected.values().stream().filter(e -> e.get("sourceCount").asInt() > 1)).isNotEmpty();
        assertThat(expected.values().stream().filter(e -> e.get("importance").asDouble() > 0)).hasSizeGreaterThan(20); // ranked
        assertThat(events(out)).isEqualTo(expected);
        // JSON Lines on request: the same events, one a line
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        for (Path part : parts(out.resolve("events.jsonl"), ".txt")) {
            for (String line : Files.readAllLines(part)) {
                JsonNode e = JSON.readTree(line);
                lines.put(e.get("id").asText(), e);
            }
        }
        assertThat(lines).isEqualTo(expected);

        // Every article of corpus/ names the Taliban: the story is the key events of export's timeline (--top 20,
        // the default), titled by the query.
        JsonNode story = JSON.readTree(out.resolve("story.json").toFile());
        assertThat(story).isEqualTo(export("Taliban", "--top", "20", CORPUS));
        assertThat(story.get("events")).hasSize(20);
        assertThat(summary.storyArticles()).isEqualTo(5);
        assertThat(summary.storyEvents()).isEqualTo(20);
    }

    @Test
    void mergingByHomeCellsGivesTheSameEventsOnTheCorpus(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        ArchiveJob.Summary summary = ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", out.toString(), "--blocks", "cells",
                "--story", "taliban AND (Kirby OR \"John Kirby\")", "--from", "2023-01-01", "--to", "2023-12-31", "--top", "0", CORPUS}));
        assertThat(summary.blocked()).isTrue();
        assertThat(events(out)).isEqualTo(byId(export("x", CORPUS).get("events")));
        assertThat(spark.read().parquet(out.resolve("events").toString()).select("block").distinct().count()).isGreaterThan(1);

        JsonNode story = JSON.readTree(out.resolve("story.json").toFile());
        assertThat(summary.storyArticles()).isEqualTo(1); // the Epoch Times piece of April 2023
        assertThat(story.get("events")).isNotEmpty();
        for (JsonNode e : story.get("events")) {
            assertThat(e.get("to").asText()).isGreaterThanOrEqualTo("2023-01-01");
            assertThat(e.get("from").asText()).isLessThanOrEqualTo("2023-12-31");
            for (JsonNode s : e.get("sources")) {
                assertThat(s.get("excerpt").asText()).isNotBlank();
                assertThat(s.get("sentence").asText()).isNotBlank();
            }
        }
    }

    @Test
    void generatedArchiveOfFoldersAndJsonLinesWithBadRows(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("folder");
        Path same = dir.resolve("rows-as-files");
        Files.createDirectories(folder.resolve("sub"));
        Files.createDirectories(same);
        Random random = new Random(14);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Article a = Article.generate(random, i);
            Files.writeString((i % 2 == 0 ? folder : folder.resolve("sub")).resolve("a" + i + (i == 3 ? ".md" : ".txt")), a.file());
            Article r = Article.generate(random, 10 + i);
            Path twin = same.resolve("r" + i + ".txt");
            Files.writeString(twin, r.file());
            rows.add(r.row(twin.toString()));
        }
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2, 3, 0, 0});
        rows.add(2, "{\"id\": \"broken\", \"text\": \"unfinished");
        rows.add("{\"title\": \"No id\", \"text\": \"On Monday, March 3, 2021, nothing happened.\"}");
        rows.add("{\"id\": \"no-text\", \"published\": \"2021-03-03\"}");
        Path badDate = same.resolve("r9-bad-date.txt"); // read all the same, without a date, in both
        Files.writeString(badDate, "---\npublished: yesterday\n---\nThe talks ended on 4 May 2020.");
        rows.add("{\"id\": \"" + badDate + "\", \"published\": \"yesterday\", \"text\": \"The talks ended on 4 May 2020.\"}");
        Path jsonl = dir.resolve("archive.jsonl");
        Files.writeString(jsonl, String.join("\n", rows) + "\n");

        Path out = dir.resolve("out");
        ArchiveJob.Summary summary = ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", out.toString(), "--blocks", "cells",
                folder.toString(), jsonl.toString()}));
        assertThat(summary.blocked()).isTrue(); // merged cell by cell

        // The rows are the files of rows-as-files, with their paths as ids: extract on both folders is the whole archive.
        List<JsonNode> cli = new ArrayList<>(extract(folder.toString(), same.toString()));
        List<JsonNode> spark = mentions(out);
        assertThat(sorted(spark)).isEqualTo(sorted(cli));
        assertThat(summary.articles()).isEqualTo(13); // 6 files, 7 rows
        assertThat(events(out)).isEqualTo(byId(export("x", folder.toString(), same.toString()).get("events")));

        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Boolean> fatal = new LinkedHashMap<>();
        for (Row r : SparkArchiveJobTest.spark.read().parquet(out.resolve("problems").toString()).collectAsList()) {
            problems.merge(r.getString(0), r.getString(1), (x, y) -> x + "; " + y);
            fatal.put(r.getString(0), r.getBoolean(2));
        }
        assertThat(problems).containsEntry(folder.resolve("empty.txt").toString(), "is empty");
        assertThat(problems.get(folder.resolve("binary.txt").toString())).startsWith("is not a text file");
        assertThat(problems).containsEntry(jsonl + " row 3", "is not valid JSON");
        assertThat(problems).containsEntry(jsonl + " row 8", "has no id (column 'id')");
        assertThat(problems).containsEntry("no-text", "has no text");
        assertThat(problems.get(badDate.toString())).contains("'published: yesterday' is not a valid date");
        assertThat(fatal.get(badDate.toString())).isFalse();
        assertThat(fatal.get("no-text")).isTrue();
        assertThat(problems).hasSize(6);
    }

    @Test
    void aPageOffTheStoryCountsLessInTheJobAsInExport(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("marietta");
        Files.createDirectories(folder);
        String[] days = {"2022-01-20", "2022-01-21", "2022-01-24", "2022-01-27"};
        for (int i = 0; i < days.length; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), "---\npublished: " + days[i] + "\n---\n"
                    + "Floods in Marietta destroyed " + (300 + i) + " homes on Tuesday, the mayor of Marietta said.\n\n"
                    + "The floods in Marietta were the worst in forty years.\n");
        }
        Files.writeString(folder.resolve("radio.txt"), "---\npublished: 2022-01-22\n---\n"
                + "Mark Pougatch presents live commentary of the League Cup final on Saturday.\n\n"
                + "Colin Murray presents the latest sports news.\n\nThe afternoon play is a comedy about two brothers.\n\n"
                + "Listeners can hear the cricket from Lord's.\n\nZoe Ball sits in this evening and welcomes guests.\n\n"
                + "Later the programme hears from people in Marietta about the floods.\n");
        // the job must know what the archive is about: the page opens on none of its words
        StoryWords words = StoryWords.of(Corpora.read(folder).articles(), new Tokenizer());
        assertThat(words.belonging(folder.resolve("radio.txt").toString())).isZero();

        for (String blocks : List.of("whole", "cells")) {
            Path out = dir.resolve("out-" + blocks);
            ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", out.toString(), "--blocks", blocks, folder.toString()}));
            assertThat(events(out)).as(blocks).isEqualTo(byId(export("x", folder.toString()).get("events")));
        }
    }

    @Test
    void aHappeningToldAcrossNewYearIsTwoEventsAndAMonthJoinsItsDayBothInTheJobAndInExport(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("floods");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a1.txt"), "---\ntitle: \"Floods in Marietta\"\npublisher: Ohio Valley Herald\npublished: 2022-01-20\n---\n"
                + "Floods swept through the river town of Marietta in late December, destroying 300 homes, Governor Mike DeWine said on Thursday.\n\n"
                + "Volunteers are still clearing mud from the streets.\n");
        Files.writeString(folder.resolve("a2.txt"), "---\ntitle: \"Marietta rebuilds\"\npublisher: Columbus Daily\npublished: 2022-02-02\n---\n"
                + "In early January, floods swept through the river town of Marietta and destroyed 300 homes, Governor Mike DeWine said.\n\n"
                + "The town council met on Monday to plan the rebuilding.\n");
        Files.writeString(folder.resolve("a3.txt"), "---\ntitle: \"A hard winter\"\npublisher: Marietta Times\npublished: 2022-03-01\n---\n"
                + "Floods swept through the river town of Marietta in December 2021, destroying 300 homes, Governor Mike DeWine said.\n\n"
                + "Insurers have paid out less than expected.\n");
        Path out = dir.resolve("out");
        ArchiveJob.Summary summary = ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", out.toString(), "--blocks", "cells",
                folder.toString()}));
        assertThat(summary.blocked()).isTrue();
        assertThat(summary.blocks()).contains("attached=1");
        Map<String, JsonNode> events = events(out);
        assertThat(events).isEqualTo(byId(export("x", folder.toString()).get("events")));
        // "late December" (the cell of December 2021) and "early January" (January 2022's) are never compared: two events
        Map<String, List<String>> floods = new TreeMap<>();
        for (JsonNode e : events.values()) {
            e.get("sources").forEach(src -> floods.computeIfAbsent(src.get("text").asText(), k -> new ArrayList<>()).add(e.get("id").asText()));
        }
        assertThat(floods.get("late December")).isNotEqualTo(floods.get("early January"));
        // "December 2021", a month (its year's coarse cell), joins the group of the day it holds ("late December")
        assertThat(floods.get("December 2021")).isEqualTo(floods.get("late December"));
    }

    @Test
    void columnsAreMappedByOption(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("feed.ndjson");
        Files.writeString(jsonl, "{\"uuid\": \"n1\", \"date\": \"2019-06-14T08:00:00Z\", \"body\": \"The summit ended on Tuesday.\"}\n");
        Path out = dir.resolve("out");
        ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", out.toString(), "--column", "id=uuid", "--column",
                "published=date", "--column", "text=body", jsonl.toString()}));
        List<JsonNode> m = mentions(out);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).get("source").asText()).isEqualTo("n1");
        assertThat(m.get(0).get("documentDate").asText()).isEqualTo("2019-06-14");
        assertThat(m.get(0).get("value").asText()).isEqualTo("2019-06-11");
    }

    /** A small generated article: a date, a publisher, and sentences about dated events. */
    record Article(String title, String publisher, String published, String text) {

        private static final String[] SENTENCES = {
            "Talks in Doha resumed on March {d} after a pause of three weeks.",
            "The envoy arrived in Kabul on Monday for meetings with the Taliban.",
            "The agreement, signed on {d} May 2020, expires at the end of 2022.",
            "Last week the Security Council met to discuss sanctions.",
            "Since August 2021, more than {d},000 families have left Kabul.",
            "The ministry said the new rules take effect in early {m}.",
            "Officials in Doha said the plan had broad support.",
            "A year later, the embassy reopened for two days."};
        private static final String[] MONTHS = {"January", "April", "June", "September", "November"};

        static Article generate(Random random, int n) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                for (int s = 0; s < 2; s++) {
                    String t = SENTENCES[random.nextInt(SENTENCES.length)].replace("{d}", String.valueOf(1 + random.nextInt(28)))
                            .replace("{m}", MONTHS[random.nextInt(MONTHS.length)]);
                    text.append(s == 0 ? "" : " ").append(t);
                }
                text.append('\n');
            }
            String published = String.format("20%02d-%02d-%02d", 21 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new Article("Report " + n, n % 3 == 0 ? "Wire Service" : "Foreign Desk", n % 4 == 1 ? null : published, text.toString());
        }

        String file() {
            return "---\ntitle: \"" + title + "\"\npublisher: " + publisher + (published == null ? "" : "\npublished: " + published)
                    + "\n---\n" + text;
        }

        String row(String id) {
            ObjectNode o = JSON.createObjectNode().put("id", id).put("title", title).put("publisher", publisher);
            if (published != null) {
                o.put("published", published);
            }
            return o.put("text", text).toString();
        }
    }

    private static List<JsonNode> mentions(Path out) {
        List<JsonNode> list = new ArrayList<>();
        var rows = spark.read().parquet(out.resolve("mentions").toString());
        StructField[] fields = rows.schema().fields();
        for (Row r : rows.collectAsList()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 1; i < fields.length; i++) {
                Object v = r.get(i);
                if (v == null) {
                    o.putNull(fields[i].name());
                } else if (v instanceof Integer n) {
                    o.put(fields[i].name(), n);
                } else if (v instanceof Row nested) { // the trigger: {text, begin, end}
                    ObjectNode t = o.putObject(fields[i].name());
                    String[] names = nested.schema().fieldNames();
                    for (int k = 0; k < names.length; k++) {
                        Object x = nested.get(k);
                        if (x instanceof Integer n) {
                            t.put(names[k], n);
                        } else {
                            t.put(names[k], x == null ? null : x.toString());
                        }
                    }
                } else {
                    o.put(fields[i].name(), v.toString());
                }
            }
            assertThat(r.getString(0)).isEqualTo(o.get("source").asText());
            list.add(o);
        }
        return list;
    }

    private static Map<String, JsonNode> events(Path out) throws Exception {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).select("json").collectAsList()) {
            JsonNode e = JSON.readTree(r.getString(0));
            map.put(e.get("id").asText(), e);
        }
        return map;
    }

    private static Map<String, JsonNode> byId(JsonNode events) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        events.forEach(e -> map.put(e.get("id").asText(), e));
        return map;
    }

    private static List<JsonNode> sorted(List<JsonNode> mentions) {
        List<JsonNode> copy = new ArrayList<>(mentions);
        copy.sort(Comparator.comparing((JsonNode m) -> m.get("source").asText()).thenComparingInt(m -> m.get("begin").asInt())
                .thenComparingInt(m -> m.get("end").asInt()).thenComparing(JsonNode::toString));
        return copy;
    }

    private static List<Path> parts(Path folder, String suffix) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-") && f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<JsonNode> extract(String... paths) throws Exception {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl", "--no-cache"));
        args.addAll(List.of(paths));
        List<JsonNode> out = new ArrayList<>();
        for (String line : cli(args).lines().toList()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    /** {@code export --format json --title T} with {@code args}: options, then paths. */
    private static JsonNode export(String title, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("export", "--format", "json", "--out", "-", "--title", title));
        cmd.addAll(List.of(args));
        return JSON.readTree(cli(cmd));
    }

    private static synchronized String cli(List<String> args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            DatelineCommand.run(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.Pixels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportPngCommandTest {

    private static final String CORPUS = System.getProperty("dateline.corpus", "corpus");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the UI tests share this JVM: one JavaFX start for all
    }

    @Test
    void writesAPngOfTheAskedSizeThatIsNotBlank(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("timeline.png");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", out.toString(), "--width", "900",
                "--scale", "2", CORPUS);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote").contains("1800 x");
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(1800);
        assertThat(png.getHeight()).isGreaterThan(400);
        assertThat(Pixels.inkFraction(png)).isGreaterThan(0.01);
        assertThat(Pixels.distinctColours(png)).isGreaterThan(30);
    }

    @Test
    void aWindowOfDatesDrawsOnlyThoseDates(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("window.png");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", out.toString(), "--width", "800",
                "--from", "2024-01-01", "--to", "2024-03-31", "--title", "Early 2024", CORPUS);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(800);
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheRestAreDrawn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(dir.resolve("good.txt"), "---\npublished: 2024-03-05\n---\nThe talks began in 2022. They resumed on March 1.");
        Path out = dir.resolve("out.png");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", out.toString(), "--width", "600", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("broken.txt");
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void theArticlesResultsAreCachedAsForExtractAndTheCacheGivesTheSamePicture(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Path first = dir.resolve("first.png");
        Path second = dir.resolve("second.png");
        Path none = dir.resolve("none.png");
        for (Path out : new Path[] {first, second}) {
            ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", out.toString(), "--width", "700",
                    "--cache-dir", cache.toString(), CORPUS);
            assertThat(run.exit()).as(run.err()).isZero();
        }
        try (var entries = Files.walk(cache)) {
            assertThat(entries.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(5); // one per article at least
        }
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", none.toString(), "--width", "700",
                "--no-cache", "--cache-dir", dir.resolve("unused").toString(), CORPUS);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("unused")).doesNotExist();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(none));
    }

    @Test
    void aStoryFileIsOpenedAsTheWindowOpensItNotReadAsAnArticle(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("story.json");
        ExtractCommandTest.Run made = ExtractCommandTest.run("export", "--format", "json", "--top", "12", "--title", "Taliban",
                "--out", story.toString(), CORPUS);
        assertThat(made.exit()).as(made.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(story.toFile()).get("events");
        long dated = 0;
        Set<String> articles = new HashSet<>();
        for (JsonNode e : events) {
            dated += e.get("plottable").asBoolean() ? 1 : 0;
            e.get("sources").forEach(s -> articles.add(s.at("/article/source").asText()));
        }
        assertThat(dated).isEqualTo(12);
        assertThat(articles).hasSizeGreaterThan(1);

        Path out = dir.resolve("story.png");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", out.toString(), "--width", "900", story.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // the story's events, from its articles (rebuilt from the file), not one article made of the file's text
        assertThat(run.out()).contains(dated + " dated events from " + articles.size() + " articles");
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(900);
        assertThat(Pixels.inkFraction(png)).isGreaterThan(0.01);
    }

    @Test
    void aBrokenStoryFileIsNamedWithWhatIsWrong(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("story.json");
        Files.writeString(story, "{\"format\": \"dateline-events\", \"events\": 3}");
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", dir.resolve("x.png").toString(), story.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_READ.code());
        assertThat(run.err()).contains("story.json").contains("not a dateline-events file");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void badOptionsAreClearErrors(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        ExtractCommandTest.Run scale = ExtractCommandTest.run("export-png", "--out", out, "--scale", "5", CORPUS);
        assertThat(scale.exit()).isEqualTo(2);
        assertThat(scale.err()).contains("--scale");
        ExtractCommandTest.Run half = ExtractCommandTest.run("export-png", "--out", out, "--from", "2024-01-01", CORPUS);
        assertThat(half.exit()).isEqualTo(2);
        assertThat(half.err()).contains("--from").contains("--to");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }
}

package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.export.ExportChoice;
import app.dateline.cli.DatelineCommand;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.spark.ArchiveJob;
import app.dateline.spark.JobOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The story the archive job writes for "Taliban" over corpus/, opened in a window of its own as a user opens it
 * (File > Open Timeline…, or the file on the command line: both call {@code open}): every event is there with its
 * sources and its article's paragraphs, a correction is saved beside the file and keeps the file's merging, and
 * the timeline exports as a PNG. The articles themselves are never read.
 */
class StoryWindowTest extends FxRobot {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path storyFile;
    private static JsonNode story;
    private static Stage stage;
    private static MainWindow w;

    @BeforeAll
    static void writeTheStoryAndOpenIt() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("archive"));
        try (var files = Files.list(WindowFixture.corpus())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        storyFile = dir.resolve("taliban.json");
        SparkSession spark = SparkSession.builder().appName("dateline-story").master("local[1]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            ArchiveJob.run(spark, JobOptions.parse(new String[] {"--out", dir.resolve("out").toString(), "--partitions", "2",
                    "--story", "Taliban", "--story-out", storyFile.toString(), copy.toString()}));
        } finally {
            spark.stop();
        }
        story = JSON.readTree(storyFile.toFile());
        // the articles are not on this machine any more: only the story file is
        try (var files = Files.list(copy)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        assertThat(DatelineCommand.wants(new String[] {storyFile.toString()})).isFalse(); // the jar opens it in the window

        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            w = new MainWindow(stage, null);
            w.show();
            w.open(List.of(storyFile));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
    }

    @Test
    void everyEventOfTheStoryIsShownWithItsSourcesAndParagraphs() throws Exception {
        assertThat(story.get("title").asText()).isEqualTo("Taliban");
        assertThat(story.get("events")).hasSize(JobOptions.DEFAULT_TOP); // the story's key events, ranked
        for (JsonNode e : story.get("events")) {
            assertThat(e.get("importance").asDouble()).isPositive();
        }
        assertThat(w.workspace().articles()).hasSize(5);
        assertThat(w.workspace().events()).hasSize(story.get("events").size());
        assertThat(w.timeline().getModel().isEmpty()).isFalse();

        // the takeover: four sources that disagree (July against August 2021), as the file has it
        MergedEvent takeover = w.workspace().events().stream()
                .filter(e -> e.sourceCount() == 4).findFirst().orElseThrow();
        MergedEvent m = takeover;
        assertThat(m.sourcesDisagree()).isTrue();
        JsonNode inFile = null;
        for (JsonNode e : story.get("events")) {
            if (e.get("sourceCount").asInt() == 4) {
                inFile = e;
            }
        }
        assertThat(inFile).isNotNull();
        assertThat(m.date().value()).isEqualTo(inFile.get("value").asText());

        WindowFixture.onFx(() -> w.workspace().setSelected(takeover));
        assertThat(w.detail().listedSources()).hasSize(4);
        assertThat(w.detail().disagreementLine()).contains("July 2021").contains("August 2021");
        // the article view shows the paragraphs the file keeps, with the date phrase where the offsets say
        Event source = m.sources().get(0);
        WindowFixture.onFx(() -> w.openSource(source));
        var shown = w.articleView().article();
        assertThat(shown.article().body()).contains(source.excerpt());
        assertThat(shown.article().body().substring(source.mention().begin(), source.mention().end())).isEqualTo(source.mention().text());
        assertThat(w.articleView().phraseCount()).isGreaterThan(1);
    }

    @Test
    void aCorrectionIsSavedBesideTheFileAndTheMergingStays() throws Exception {
        MergedEvent single = w.workspace().events().stream()
                .filter(e -> e.isPlottable() && e.sourceCount() == 1).findFirst().orElseThrow();
        WindowFixture.onFx(() -> w.corrections().changeLabel(single, "Renamed in the story"));
        Path project = dir.resolve("taliban.dateline.json");
        assertThat(project).exists();
        assertThat(Files.readString(project)).contains("Renamed in the story");
        assertThat(w.workspace().events().stream().filter(e -> e.sourceCount() == 4)).hasSize(1);
        assertThat(w.workspace().events()).hasSize(story.get("events").size());
        WindowFixture.onFx(() -> w.corrections().undo());
    }

    @Test
    void theStoryExportsAPng() throws Exception {
        Path out = dir.resolve("story.png");
        WindowFixture.onFx(() -> {
            try {
                w.exports().png(new ExportChoice(true, 1200, 1, "Taliban"), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(Pixels.inkFraction(png)).isGreaterThan(0.01);
        assertThat(Pixels.distinctColours(png)).isGreaterThan(20);
    }
}

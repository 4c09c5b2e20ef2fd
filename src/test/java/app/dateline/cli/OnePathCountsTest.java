package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.MainWindow;
import app.dateline.engine.merge.MergedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One timeline, one path: the window, {@code export --format svg} and {@code export-png} draw the same number of
 * marks, on the corpus as read and with a project's corrections (a hidden event), and after a top N.
 */
class OnePathCountsTest {

    private static final Pattern PNG_EVENTS = Pattern.compile("(\\d+) dated events");

    private static Path copyOfCorpus(Path dir) throws IOException {
        Path to = dir.resolve("corpus");
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("dateline.corpus", "corpus")))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static int svgMarks(Path dir, String... more) throws IOException {
        Path out = dir.resolve("t" + System.nanoTime() + ".svg");
        String[] args = Stream.concat(Stream.of("export", "--format", "svg", "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
        ExtractCommandTest.Run run = ExtractCommandTest.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return (int) Pattern.compile("<g class=\"event[\" ]").matcher(Files.readString(out)).results().count();
    }

    private static int pngMarks(Path dir, String... more) {
        Path out = dir.resolve("t" + System.nanoTime() + ".png");
        String[] args = Stream.concat(Stream.of("export-png", "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
        ExtractCommandTest.Run run = ExtractCommandTest.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        Matcher m = PNG_EVENTS.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theWindowTheSvgAndThePngDrawTheSameEvents(@TempDir Path dir) throws Exception {
        Path corpus = copyOfCorpus(dir);
        FxToolkit.registerPrimaryStage();
        MainWindow[] w = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            w[0] = new MainWindow(new Stage(), null);
            w[0].open(List.of(corpus));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w[0].loadingProperty().get() && !w[0].workspace().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int window = w[0].timeline().getModel().size();
        assertThat(window).isGreaterThan(40);
        assertThat(svgMarks(dir, corpus.toString())).isEqualTo(window);
        assertThat(pngMarks(dir, corpus.toString())).isEqualTo(window);

        // a correction: hide one event; the project file is saved beside the corpus
        MergedEvent hide = w[0].workspace().events().stream().filter(MergedEvent::isPlottable).findFirst().orElseThrow();
        FxToolkit.setupFixture(() -> w[0].corrections().hide(hide));
        WaitForAsyncUtils.waitForFxEvents();
        int corrected = w[0].timeline().getModel().size();
        assertThat(corrected).isEqualTo(window - 1);
        String project = w[0].corrections().projectFile().toString();
        assertThat(svgMarks(dir, "--project", project)).isEqualTo(corrected);
        assertThat(pngMarks(dir, "--project", project)).isEqualTo(corrected);

        // the key-events control and --top
        FxToolkit.setupFixture(() -> w[0].keyEvents().setValue(10));
        WaitForAsyncUtils.waitForFxEvents();
        int top = w[0].timeline().getModel().size();
        assertThat(top).isEqualTo(10);
        assertThat(w[0].table().getItems()).hasSize(10);
        assertThat(svgMarks(dir, "--project", project, "--top", "10")).isEqualTo(top);
        assertThat(pngMarks(dir, "--project", project, "--top", "10")).isEqualTo(top);
        FxToolkit.setupFixture(() -> w[0].keyEvents().setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w[0].timeline().getModel().size()).isEqualTo(corrected);
    }
}

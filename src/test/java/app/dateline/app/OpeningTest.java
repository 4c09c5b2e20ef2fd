package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a folder: progress, Cancel, bad files. A window of its own, so the shared one keeps the seed corpus. */
class OpeningTest extends OwnWindowTest {

    /** A folder of {@code copies} copies of the seed corpus' articles. */
    private static Path bigFolder(Path dir, int copies) throws Exception {
        List<Path> seed;
        try (var files = Files.list(WindowFixture.corpus())) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // Each copy differs (and differs from earlier runs), so the result cache, keyed by content, cannot answer.
        String run = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < copies; i++) {
            for (Path p : seed) {
                Files.writeString(dir.resolve(String.format("%03d-%s", i, p.getFileName())),
                        Files.readString(p) + "\n\nCopy " + i + " of run " + run + ".\n");
            }
        }
        return dir;
    }

    @Test
    void cancelStopsPromptlyKeepsWhatWasReadAndTheWindowKeepsAnswering(@TempDir Path dir) throws Exception {
        Path folder = bigFolder(dir, 60); // 300 articles
        MainWindow w = newWindow();
        WindowFixture.onFx(() -> w.open(List.of(folder)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> w.statusBar().getProgress() > 0);
        // the window answers while reading: typing in the search field shows at once
        clickOn(w.searchField()).write("taliban");
        assertThat(w.searchField().getText()).isEqualTo("taliban");
        assertThat(w.loadingProperty().get()).isTrue();
        assertThat(w.statusBar().getText()).matches("Reading articles: \\d+ of 300.*");
        // the empty list says the articles are being read, not "Open a folder of articles"
        assertThat(((javafx.scene.control.Label) w.table().getPlaceholder()).getText()).startsWith("Reading articles").doesNotContain("Open");
        assertThat(((javafx.scene.control.Label) w.articleLegend().list().getPlaceholder()).getText()).startsWith("Reading articles");

        clickOn("Cancel");
        // no wall-clock limit (a busy machine is slow): stopping promptly shows as articles left unread
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !w.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int read = w.workspace().articles().size();
        assertThat(read).isPositive().isLessThan(300);
        assertThat(w.statusBar().getText()).startsWith("Stopped.");
        assertThat(w.timeline().getModel().isEmpty()).isFalse();
    }

    @Test
    void unreadableFilesAreListedAndTheRestLoad(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.copy(WindowFixture.corpus().resolve("2022-08-16-newsweek-russia-china-keep-channels-open-with-taliban.txt"),
                dir.resolve("newsweek.txt"));
        MainWindow w = newWindow();
        WindowFixture.onFx(() -> w.open(List.of(dir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().articles().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().articles()).hasSize(1);
        assertThat(w.workspace().problems()).extracting(p -> p.message())
                .anySatisfy(m -> assertThat(m).contains("broken.txt"))
                .anySatisfy(m -> assertThat(m).contains("empty.txt").contains("is empty"));
        assertThat(w.statusBar().getRightItems()).anySatisfy(n ->
                assertThat(n).isInstanceOfSatisfying(javafx.scene.control.Hyperlink.class,
                        h -> assertThat(h.getText()).isEqualTo("2 files skipped")));
    }
}

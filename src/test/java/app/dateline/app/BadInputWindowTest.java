package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.files.OutputTargetTestAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 in the window: a folder holding the second round's bad input opens; what cannot be read is listed in
 * the problems, names escaped, and the rest is shown (items 9, 10, 13, 14, 19 and 20 where the window meets them).
 */
class BadInputWindowTest extends OwnWindowTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang guard: the FIFO must never be opened
    void theSecondRoundsBadFilesAreListedAndTheRestShown(@TempDir Path dir) throws Exception {
        String article = "---\ntitle: Wide\npublished: 2021-08-16\n---\nKabul fell on 15 August 2021.\n";
        Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + article).getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("oldmac.txt"), "---\rtitle: Old Mac\rpublished: 2021-09-01\r---\rThe envoys met on Monday.\u0085They left.");
        Files.writeString(dir.resolve("only-front-matter.txt"), "---\ntitle: Nothing\n---\n");
        Files.write(dir.resolve("evil\u001b[2Jname.txt"), new byte[0]);
        OutputTargetTestAccess.mkfifo(dir.resolve("pipe.txt"));

        MainWindow w = newWindow();
        WindowFixture.onFx(() -> w.open(List.of(dir)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().articles().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(w.workspace().articles()).extracting(a -> a.article().displayTitle()).containsExactly("Old Mac", "Wide");
        assertThat(w.workspace().articles()).filteredOn(a -> a.article().displayTitle().equals("Old Mac"))
                .singleElement().satisfies(a -> assertThat(a.text().sentences()).hasSize(2));
        assertThat(w.workspace().problems()).extracting(p -> p.message())
                .contains(dir + "/only-front-matter.txt: has no text after its front matter",
                        dir + "/evil\\x1B[2Jname.txt: is empty",
                        dir + "/pipe.txt: is not a regular file (a pipe, a socket or a device); skipped")
                .noneMatch(m -> m.contains("\u001b"));
        assertThat(w.statusBar().getRightItems()).anySatisfy(n ->
                assertThat(n).isInstanceOfSatisfying(javafx.scene.control.Hyperlink.class,
                        h -> assertThat(h.getText()).isEqualTo("3 files skipped")));
    }

    @Test
    void theThirdRoundsFilesAreReadAndTheirWarningsListed(@TempDir Path dir) throws Exception {
        // robust12: UTF-16 without a byte order mark, an HTML page saved as .txt, a binary file beside them
        String article = "---\ntitle: Wide\npublished: 2021-08-16\n---\nKabul fell on 15 August 2021.\n";
        Files.write(dir.resolve("wide.txt"), article.getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("saved page.txt"), "<!DOCTYPE html><html><head><title>Page</title><script>var d = \"1 May 2020\";</script>"
                + "</head><body><p>The envoys met in Doha on 12 March 2021.</p></body></html>");
        Files.write(dir.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0});

        MainWindow w = newWindow();
        WindowFixture.onFx(() -> w.open(List.of(dir)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && w.workspace().articles().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(w.workspace().articles()).extracting(a -> a.article().displayTitle()).containsExactly("saved page.txt", "Wide");
        assertThat(w.workspace().articles()).extracting(a -> a.article().body())
                .containsExactly("The envoys met in Doha on 12 March 2021.", "Kabul fell on 15 August 2021.\n");
        assertThat(w.workspace().problems()).extracting(p -> p.message()).containsExactlyInAnyOrder(
                dir + "/picture.txt: is not a text file (it looks binary, e.g. an image or a document format)",
                dir + "/saved page.txt: is an HTML page although its name does not end in .html or .htm; read as HTML, the markup removed",
                dir + "/wide.txt: has no byte order mark but is UTF-16LE text; read as UTF-16LE");
    }
}

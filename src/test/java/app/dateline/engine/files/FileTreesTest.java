package app.dateline.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path dir;

    @Test
    void aFolderGoesWithAllItHoldsButNotWhatItsLinksLeadTo() throws Exception {
        Path outside = Files.writeString(dir.resolve("kept.txt"), "kept");
        Path top = dir.resolve("top");
        Files.createDirectories(top.resolve("a/b"));
        Files.writeString(top.resolve("a/b/deep.txt"), "deep");
        Files.writeString(top.resolve("a/one.txt"), "one");
        Files.createSymbolicLink(top.resolve("a/link"), outside);
        Files.createSymbolicLink(top.resolve("folder-link"), dir);

        FileTrees.delete(top);

        assertThat(top).doesNotExist();
        assertThat(outside).hasContent("kept");
        assertThat(dir).isDirectory();
    }

    @Test
    void aLoneFileIsDeletedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("alone.txt"), "x");
        FileTrees.delete(file);
        assertThat(file).doesNotExist();
    }
}

package app.dateline.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void valuesSurviveARestartAndTheFileIsTheSameForTheSameValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.at(file);
        s.put("window.width", 1234.5);
        s.put("window.maximized", true);
        s.put("dialog.folder.open", "/home/a b/news=1");
        s.putList("recent", List.of("/x", "/y"));

        Settings again = Settings.at(file);
        assertThat(again.number("window.width")).hasValue(1234.5);
        assertThat(again.flag("window.maximized", false)).isTrue();
        assertThat(again.get("dialog.folder.open")).hasValue("/home/a b/news=1");
        assertThat(again.list("recent")).containsExactly("/x", "/y");

        Path other = dir.resolve("other.properties");
        Settings o = Settings.at(other);
        o.putList("recent", List.of("/x", "/y"));
        o.put("dialog.folder.open", "/home/a b/news=1");
        o.put("window.maximized", true);
        o.put("window.width", 1234.5);
        assertThat(Files.readString(other)).isEqualTo(Files.readString(file));
    }

    @Test
    void aBatchWritesTheFileOnceAtItsEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.at(file);
        s.batch(() -> {
            s.put("window.width", 800.0);
            s.putList("divider.rows", List.of("0.5"));
            assertThat(file).doesNotExist(); // nothing written inside the batch
        });
        Settings again = Settings.at(file);
        assertThat(again.number("window.width")).hasValue(800.0);
        assertThat(again.list("divider.rows")).containsExactly("0.5");
        s.put("window.height", 600.0); // after the batch, every change is written again
        assertThat(Settings.at(file).number("window.height")).hasValue(600.0);
    }

    @Test
    void settingWhatTheFileAlreadySaysWritesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings first = Settings.at(file);
        first.batch(() -> {
            first.put("window.width", 1280.0);
            first.putList("recent", List.of("/news", "/old"));
        });
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written); // a mark: any write would change it

        Settings reopened = Settings.at(file); // a window that closes where it opened
        reopened.batch(() -> {
            reopened.put("window.width", 1280.0);
            reopened.putList("recent", List.of("/news", "/old"));
        });
        reopened.put("window.width", 1280.0);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);

        reopened.putList("recent", List.of("/old", "/news")); // a real change is written
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(written);
        assertThat(Settings.at(file).list("recent")).containsExactly("/old", "/news");
        Files.setLastModifiedTime(file, written);
        reopened.putList("recent", List.of("/old", "/news")); // and then is what the file says
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void aShorterListLeavesNoOldItemsBehind(@TempDir Path dir) {
        Settings s = Settings.at(dir.resolve("s.properties"));
        s.putList("recent", List.of("/a", "/b", "/c"));
        s.putList("recent", List.of("/c"));
        assertThat(Settings.at(dir.resolve("s.properties")).list("recent")).containsExactly("/c");
    }

    @Test
    void aDamagedFileGivesDefaultsAndIsKeptAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "text.size=\\u12G4\n"); // a broken escape: Properties refuses it
        Settings s = Settings.at(file);
        assertThat(s.get("text.size")).isEmpty();
        assertThat(dir.resolve("settings.properties.bad")).exists();
        assertThat(Preferences.read(s)).isEqualTo(Preferences.DEFAULT);
    }

    @Test
    void handEditedNonsenseFallsBackOrIsClamped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=purple\ntext.size=NaN\nexport.width=99999999\nexport.scale=0\n");
        Preferences p = Preferences.read(Settings.at(file));
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
        assertThat(p.textSize()).isEqualTo(Preferences.DEFAULT_TEXT);
        assertThat(p.export()).isEqualTo(new ExportDefaults(false, 12_000, 1));
    }

    @Test
    void preferencesRoundTrip(@TempDir Path dir) {
        Settings s = Settings.at(dir.resolve("s.properties"));
        Preferences p = new Preferences(Theme.DARK, 16, new ExportDefaults(true, 3000, 2));
        p.write(s);
        assertThat(Preferences.read(Settings.at(dir.resolve("s.properties")))).isEqualTo(p);
        assertThat(p.textScale()).isEqualTo(16 / 13.0);
    }
}

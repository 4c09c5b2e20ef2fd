package app.dateline.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build writes each stylesheet also as binary CSS ({@code .bss}), which JavaFX loads in place of the
 * {@code .css} beside it: the two must say the same (a stylesheet edited after the last build would not).
 */
class BinaryStylesheetsTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        var url = BinaryStylesheetsTest.class.getResource("/dateline/app/" + name);
        assertThat(url).as(name + " (the .bss is made by the build beside the .css)").isNotNull();
        return Path.of(url.toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateline", "timeline", "themes/light", "themes/dark"})
    void theBinaryStylesheetSaysWhatTheCssSays(String name) throws Exception {
        Path css = resource(name + ".css");
        Path bss = resource(name + ".bss");
        Path fresh = dir.resolve("fresh.bss");

        Stylesheet.convertToBinary(css.toFile(), fresh.toFile());

        assertThat(Stylesheet.loadBinary(bss.toUri().toURL()).getRules()).isNotEmpty();
        assertThat(Files.readAllBytes(bss)).as(bss + " is the binary form of " + css).isEqualTo(Files.readAllBytes(fresh));
    }

    @Test
    void anEditedStylesheetNoLongerMatchesItsBinaryForm() throws Exception {
        Path edited = dir.resolve("light.css");
        Files.writeString(edited, Files.readString(resource("themes/light.css")).replaceFirst("#[0-9a-fA-F]{6}", "#123456"));
        Path fresh = dir.resolve("light.bss");

        Stylesheet.convertToBinary(edited.toFile(), fresh.toFile());

        assertThat(Files.readAllBytes(fresh)).isNotEqualTo(Files.readAllBytes(resource("themes/light.bss")));
    }
}

package app.dateline.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's file name: the story's, else its folder's, and never a file already there ("timeline.png" whatever the story). */
class ExportFileNameTest {

    @Test
    void theFileIsNamedAfterTheStory() {
        assertThat(ExportFileName.stem("The Taliban, 2021\u20132024", List.of(Path.of("/data/corpus"))))
                .isEqualTo("the-taliban-2021-2024");
        assertThat(ExportFormat.PNG.fileName("the-taliban")).isEqualTo("the-taliban.png");
        assertThat(ExportFormat.JSON.fileName("the-taliban")).isEqualTo("the-taliban-events.json");
        assertThat(ExportFileName.stem("Élections à Kaboul", List.of())).isEqualTo("elections-a-kaboul");
    }

    @Test
    void aTitleThatNamesNothingGivesWayToTheFolder() {
        assertThat(ExportFileName.stem("Timeline, 2009", List.of(Path.of("/tmp/h1n1")))).isEqualTo("h1n1-2009");
        assertThat(ExportFileName.stem("Timeline", List.of(Path.of("/tmp/notes.txt")))).isEqualTo("notes");
        assertThat(ExportFileName.stem(null, List.of())).isEqualTo("timeline");
    }

    @Test
    void aFileAlreadyThereIsNeverOfferedAgain(@TempDir Path dir) throws Exception {
        assertThat(ExportFileName.free(dir, "h1n1", ExportFormat.PNG)).isEqualTo("h1n1.png");
        Files.writeString(dir.resolve("h1n1.png"), "an earlier picture");
        Files.writeString(dir.resolve("h1n1-2.png"), "another");
        assertThat(ExportFileName.free(dir, "h1n1", ExportFormat.PNG)).isEqualTo("h1n1-3.png");
        assertThat(ExportFileName.free(dir, "h1n1", ExportFormat.SVG)).isEqualTo("h1n1.svg");
    }
}

package app.dateline.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.files.OutputTargetTestAccess;
import app.dateline.engine.merge.MergedEvent;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, items 7, 8 and 11: project files are checked, only regular ones are read, and damage is told in words. */
class UntrustedProjectTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: reading a FIFO would wait for ever
    void aFifoProjectIsRefusedNeverRead() throws Exception {
        Path fifo = dir.resolve("p.dateline.json");
        OutputTargetTestAccess.mkfifo(fifo);
        assertThatThrownBy(() -> ProjectFile.read(fifo)).isInstanceOf(ProjectFileException.class)
                .hasMessage(fifo + ": is not a regular file (a pipe or a device); it is not read");
        assertThatThrownBy(() -> ProjectFile.load(fifo, List.of())).isInstanceOf(ProjectFileException.class)
                .hasMessage(fifo + ": is not a regular file (a pipe or a device); it is not read; nothing was changed");
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLinkToDevZeroOrAnAbsurdlyLargeProjectIsRefused() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path zero = Files.createSymbolicLink(dir.resolve("zero.dateline.json"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> ProjectFile.load(zero, List.of())).hasMessageContaining("is not a regular file");
        Path huge = dir.resolve("huge.dateline.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ProjectFile.MAX_BYTES + 1); // sparse
        }
        assertThatThrownBy(() -> ProjectFile.read(huge)).hasMessage(huge + ": is too large (64.0 MB; at most 64.0 MB); it is not read");
        assertThat(Files.size(huge)).isEqualTo(ProjectFile.MAX_BYTES + 1); // never moved aside or changed
    }

    @Test
    void aMissingListIsNamedByWhereItIsNotByJava() throws Exception {
        Path file = Files.writeString(dir.resolve("p.dateline.json"),
                "{\"format\": \"dateline-project\", \"version\": 1, \"hidden\": [{\"sources\": null}]}");
        assertThatThrownBy(() -> ProjectFile.read(file)).hasMessage(file + ": a field is missing or wrong at hidden[0]");
    }

    @Test
    void aDateCorrectionThatIsNotATimexValueIsRefusedWithAWarningAndTheEventKeepsItsDate() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "---\npublished: 2024-03-05\n---\nThe envoys met in Doha on 15 August 2021.\n");
        CorpusExtraction read = new Extractor(new ArticleReader(), 1).extract(List.of(article));
        Timeline plain = new TimelineBuilder().build(read, Project.of(List.of(article.toString())));
        MergedEvent event = plain.events().get(0);
        for (String bad : List.of("2021-13", "yesterday", "", "2021-02-30")) {
            Project p = Project.of(List.of(article.toString())).withDateCorrection(new DateCorrection(EventRef.of(event), bad, null));
            Path file = dir.resolve("p.dateline.json");
            ProjectFile.save(p, file);
            Timeline t = new TimelineBuilder().build(read, ProjectFile.read(file));
            assertThat(t.unresolved()).as(bad).singleElement().satisfies(u -> assertThat(u.message())
                    .startsWith("kept but not applied (date): '" + bad + "' for ")
                    .contains("is not a TIMEX3 value Dateline can place"));
            assertThat(t.events()).as(bad).hasSize(plain.events().size());
            assertThat(t.visible()).as("the event stays on the timeline with its own date").extracting(m -> m.date().value())
                    .isEqualTo(plain.visible().stream().map(m -> m.date().value()).toList());
        }
    }
}

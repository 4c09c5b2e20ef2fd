package app.dateline.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.CommentedArticle;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane says why an event with a calendar date is not on the timeline. */
class PrecisionTextTest {

    @Test
    void aCommentStampSaysItIsWhenATextWasWritten(@TempDir Path dir) throws IOException {
        CommentedArticle.write(dir);
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged).filteredOn(m -> m.sources().get(0).sentence().contains("tclimber")).singleElement()
                .satisfies(m -> assertThat(PrecisionText.of(m)).isEqualTo(PrecisionText.WRITTEN_TIME));
        assertThat(merged).filteredOn(m -> m.sources().get(0).mention().text().equals("Monday")).singleElement()
                .satisfies(m -> assertThat(PrecisionText.of(m)).isEqualTo("day, a point on the timeline"));
    }

    @Test
    void aDateAComparisonCountsFromSaysSo(@TempDir Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("cap.txt"), "---\npublished: 2010-07-16\n---\n"
                + "A new cap stopped the flow on Thursday for the first time since 20 April.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged).filteredOn(m -> m.sources().get(0).mention().text().equals("20 April")).singleElement()
                .satisfies(m -> assertThat(PrecisionText.of(m)).isEqualTo(PrecisionText.COMPARED));
        assertThat(merged).filteredOn(m -> m.sources().get(0).mention().text().equals("Thursday")).singleElement()
                .satisfies(m -> assertThat(m.isPlottable()).isTrue());
    }
}

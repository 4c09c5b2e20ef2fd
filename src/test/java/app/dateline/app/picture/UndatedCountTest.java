package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.project.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under a picture, only mentions with no calendar date are counted as such; a comment's stamp is no event at all. */
class UndatedCountTest {

    @Test
    void aStampIsNotCountedAsAMentionWithNoDateOnTheCalendar(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2009-04-28
                ---
                The ministry confirmed two cases of swine flu in Scotland on Monday.
                At 12:19 27th Apr 2009, tclimber wrote: The ministry should close the schools.
                The schools stayed closed for two weeks.
                """);
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged).filteredOn(m -> !m.isPlottable()).hasSize(2); // the stamp and the duration
        assertThat(StoryPictures.undated(merged)).isEqualTo(1);
        assertThat(StoryPictures.of(new Timeline(merged, List.of()), "Flu").notShown())
                .isEqualTo("1 mention has no date on the calendar (durations, \u201cnow\u201d).");
    }
}

package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.CommentedArticle;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.project.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under a picture, only mentions with no calendar date are counted as such; a comment's stamp is no event at all. */
class UndatedCountTest {

    @Test
    void aStampIsNotCountedAsAMentionWithNoDateOnTheCalendar(@TempDir Path dir) throws IOException {
        CommentedArticle.write(dir, "The schools stayed closed for two weeks.");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged).filteredOn(m -> !m.isPlottable()).hasSize(2); // the stamp and the duration
        assertThat(StoryPictures.undated(merged)).isEqualTo(1);
        assertThat(StoryPictures.of(new Timeline(merged, List.of()), "Flu").notShown())
                .isEqualTo("1 mention has no date on the calendar (durations, \u201cnow\u201d).");
    }
}

package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which source labels a merged event: a headline that names the phrase its date qualifies wins over the summary's
 * only when it dates the event as precisely (a month's mention does not label what the summary tells of one night).
 */
class LabelSourceTest {

    @TempDir
    Path dir;

    private void article(String name, String published, String text) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: " + published + "\n---\n" + text + "\n");
    }

    @Test
    void aVaguerDatedHeadlineDoesNotLabelTheSummarysEvent() throws IOException {
        article("night.txt", "2009-04-17", "President Barack Obama last night praised Felipe Calderon in Mexico City for his"
                + " fight against the drug gangs.");
        article("month.txt", "2009-06-07", "President Barack Obama visited Mexico City in April and praised Felipe Calderon"
                + " for his fight against the drug gangs.");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        MergedEvent visit = merged.stream().filter(m -> m.sources().size() == 2).findFirst().orElseThrow();
        Event night = visit.sources().stream().filter(e -> e.article().source().endsWith("night.txt")).findFirst().orElseThrow();
        Event month = visit.sources().stream().filter(e -> e.article().source().endsWith("month.txt")).findFirst().orElseThrow();
        assertThat(SummaryPicker.namesItsDate(month)).as("the month's headline ends before 'in April'").isTrue();
        assertThat(visit.summary()).isEqualTo(night.sentence());
        assertThat(visit.label()).isEqualTo(night.label()).isNotEqualTo(month.label());
    }
}

package app.dateline.engine.merge;

import static app.dateline.engine.merge.WrittenArticles.eventOf;
import static app.dateline.engine.merge.WrittenArticles.write;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One happening of one day told from two sides: the pooled BP archive's explosion of 20 April 2010 was three large
 * events (344, 104 and 37 sources), because the names most members of each group hold differ (the rig and
 * Louisiana; BP and Transocean) and the pairwise joins need names in common. Groups dated to one day that tell one
 * kind of happening in alike words are one event ({@link Agglomeration#joinOneDaysHappenings}); two meetings of one
 * day in other words stay two. Sentences written here in the shape of the archive's.
 */
class MergerOneDayTest {

    @TempDir
    Path dir;

    private void story() throws IOException {
        // the harbour's side: Selby Point and Port Amble
        write(dir, "harbour1.txt", "2010-04-22", "The drilling rig exploded off Selby Point on April 20, killing 11 workers, the harbour master"
                + " of Port Amble said.");
        write(dir, "harbour2.txt", "2010-04-23", "The drilling rig that exploded off Selby Point on April 20 killed 11 workers, officials in"
                + " Port Amble said.");
        // the companies' side: Kestrel Drilling and Norrow Oil
        write(dir, "company1.txt", "2010-04-24", "The drilling rig leased by Norrow Oil from Kestrel Drilling exploded on April 20, killing"
                + " 11 workers.");
        write(dir, "company2.txt", "2010-04-25", "The drilling rig that Norrow Oil leased from Kestrel Drilling exploded on April 20 and"
                + " killed 11 workers.");
        // two meetings of one day, each told twice
        write(dir, "league1.txt", "2010-05-05", "Health ministers of the Amble League met in Geneva on Tuesday to agree on vaccine orders.");
        write(dir, "league2.txt", "2010-05-06", "On Tuesday health ministers of the Amble League met in Geneva and agreed on vaccine orders.");
        write(dir, "council1.txt", "2010-05-05", "The Selby council met on Tuesday to approve the harbour budget for next year.");
        write(dir, "council2.txt", "2010-05-06", "The Selby council met on Tuesday and approved the harbour budget for next year.");
    }

    @Test
    void oneDaysHappeningToldFromTwoSidesIsOneEvent() throws IOException {
        story();
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(eventOf(merged, "harbour1.txt")).as("the harbour's side, told twice").isSameAs(eventOf(merged, "harbour2.txt"));
        assertThat(eventOf(merged, "company1.txt")).as("the companies' side, told twice").isSameAs(eventOf(merged, "company2.txt"));
        assertThat(eventOf(merged, "harbour1.txt")).as("one explosion, not two").isSameAs(eventOf(merged, "company1.txt"));
        assertThat(eventOf(merged, "harbour1.txt").sources()).hasSize(4);
    }

    @Test
    void twoMeetingsOfOneDayInOtherWordsStayTwo() throws IOException {
        story();
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(eventOf(merged, "league1.txt")).isSameAs(eventOf(merged, "league2.txt"));
        assertThat(eventOf(merged, "council1.txt")).isSameAs(eventOf(merged, "council2.txt"));
        assertThat(eventOf(merged, "league1.txt")).as("the league's meeting is no council's").isNotSameAs(eventOf(merged, "council1.txt"));
    }
}

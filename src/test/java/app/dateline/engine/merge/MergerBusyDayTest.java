package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busy day of a story whose subject is itself an event word: in an oil spill's story "spill" and "leaking" (the
 * concept {@code #leak}) are in most sentences, so on a day with much news every sentence agreed on that event word,
 * and one shared name (the company's) with it let any two of them be one event: the pooled BP archive's 3 June 2010
 * was a 14-source "event" of a bill sent to BP, BP's shares, reinsurance premiums and tar balls. The story's concept
 * still counts as a word, but agrees as an event word only within one article ({@link MentionProfiles#storyConcepts}).
 * Sentences written here in the shape of the archive's.
 */
class MergerBusyDayTest {

    @TempDir
    Path dir;

    private void article(String name, String published, String text) throws IOException {
        WrittenArticles.write(dir, name, published, text);
    }

    private static MergedEvent eventOf(List<MergedEvent> merged, String article) {
        return WrittenArticles.eventOf(merged, article);
    }

    /** The background each article of the day ends with, in two wordings: the story's words, no date. */
    private static final String BAY = " Oil from the Halvard well has fouled the beaches of Selby Bay for weeks, and fishermen from Selby Bay"
            + " have lost their season to the spill.";
    private static final String BAY_AGAIN = " The Halvard well has poured oil into Selby Bay for weeks; the spill has fouled the beaches and kept"
            + " the fishermen of Selby Bay ashore.";

    private void spillStory() throws IOException {
        article("bill1.txt", "2010-06-03", "The government sent Halvard a bill for $12 million on Thursday to pay for its response to the spill,"
                + " the White House said." + BAY);
        article("bill2.txt", "2010-06-04", "The White House said on Thursday that it had sent Halvard a bill for $12 million for its response to"
                + " the spill." + BAY_AGAIN);
        article("shares.txt", "2010-06-03", "Halvard shares gained 4 percent on Thursday, the spill's costs notwithstanding." + BAY_AGAIN);
        article("tar.txt", "2010-06-03", "Tar balls from the spill washed up near Pensacola on Thursday, the Coast Guard said." + BAY);
        article("begin.txt", "2010-05-10", "The spill began on April 20, when the Halvard rig exploded and sank. Oil has leaked from the well ever since."
                + " Halvard says the spill will cost it billions.");
        article("cap.txt", "2010-05-20", "Halvard tried to cap the leaking well on Sunday. The leak goes on. Fishermen fear the spill will ruin the season.");
    }

    @Test
    void theStorysOwnEventWordIsOneOfItsConcepts() throws IOException {
        spillStory();
        var corpus = Corpora.read(dir);
        MentionProfiles p = new MentionProfiles(corpus.events(), Merger.sentences(corpus), MergeSettings.DEFAULT, new Tokenizer());
        assertThat(p.storyConcepts).as("'spill', 'leaking' in most sentences").contains("#leak");
        assertThat(p.storyConcepts).as("'exploded' in one sentence of the story's many").doesNotContain("#explosion");
    }

    @Test
    void twoHappeningsOfOneBusyDayAreTwoEventsThoughBothTellTheStorysEventWord() throws IOException {
        spillStory();
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(eventOf(merged, "bill1.txt")).as("the bill, told twice").isSameAs(eventOf(merged, "bill2.txt"));
        assertThat(eventOf(merged, "shares.txt")).as("the shares are no bill").isNotSameAs(eventOf(merged, "bill1.txt"));
        assertThat(eventOf(merged, "tar.txt")).as("nor are the tar balls").isNotSameAs(eventOf(merged, "bill1.txt"));
        assertThat(eventOf(merged, "shares.txt")).as("the shares are no tar balls").isNotSameAs(eventOf(merged, "tar.txt"));
    }
}

package app.dateline.engine.rank;

import static app.dateline.engine.rank.MergedEvents.merged;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.story.KeyEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One happening, one place among the key events: an event that tells, in other words, the happening of a more
 * important event of the same day comes after every first telling ({@link Retellings}); other happenings of that
 * day, the same words on another day and the order of everything else stay as they were.
 */
class RetellingsTest {

    @TempDir
    static Path dir;
    private static CorpusExtraction corpus;

    @BeforeAll
    static void read() throws IOException {
        write("a.txt", "2010-04-22", "An explosion destroyed the Deepwater Horizon rig in the Gulf of Mexico on April 20, 2010, killing 11 workers.");
        write("b.txt", "2010-04-23", "The Deepwater Horizon rig exploded and burned in the Gulf of Mexico on April 20, 2010, and 11 workers died.");
        write("c.txt", "2010-04-21", "Fishermen protested against the new quotas in Boston harbour on April 20, 2010.");
        write("d.txt", "2010-04-24", "The burning Deepwater Horizon rig sank in the Gulf of Mexico on April 22, 2010.");
        write("e.txt", "2010-05-10", "In April 2010, the Deepwater Horizon rig exploded in the Gulf of Mexico and 11 workers died.");
        write("f.txt", "2010-05-12", "Shrimp prices in Boston rose sharply in April 2010 after the quotas.");
        write("g.txt", "2009-06-26", "Michael Jackson died from an overdose of sedatives at his rented mansion on June 25, 2009.");
        write("h.txt", "2009-06-27", "The popstar died on June 25, 2009, aged 50.");
        write("i.txt", "2009-06-27", "Crowds of fans gathered outside the hospital on June 25, 2009.");
        write("j.txt", "2009-10-01", "The singer died of a heart attack in June 2009, the coroner said.");
        write("k.txt", "2009-07-01", "A Texas woman died of the new flu in June 2009.");
        corpus = Corpora.read(dir);
    }

    private static void write(String file, String published, String text) throws IOException {
        Files.writeString(dir.resolve(file), "---\npublished: " + published + "\n---\n" + text + "\n");
    }

    private static MergedEvent event(String file, double importance) {
        return merged(MergedEvents.in(corpus, file, "")).withImportance(importance);
    }

    private static List<String> files(List<MergedEvent> events) {
        return events.stream().map(e -> e.sources().get(0).article().source().replaceAll(".*/", "")).toList();
    }

    @Test
    void aRetellingOfTheSameDayComesAfterEveryFirstTelling() {
        MergedEvent blast = event("a.txt", 5);
        MergedEvent blastAgain = event("b.txt", 4);
        MergedEvent protest = event("c.txt", 3);
        MergedEvent sinking = event("d.txt", 2); // the same rig and words, two days later: its own happening
        List<MergedEvent> ranked = List.of(blast, blastAgain, protest, sinking);
        assertThat(files(new Retellings(new Tokenizer()).firstTellingsFirst(ranked)))
                .containsExactly("a.txt", "c.txt", "d.txt", "b.txt");
    }

    @Test
    void aMonthThatHoldsTheDayRetellsItsHappeningButNotAnother() {
        List<MergedEvent> ranked = List.of(event("a.txt", 5), event("e.txt", 4), event("f.txt", 3), event("c.txt", 2));
        assertThat(files(new Retellings(new Tokenizer()).firstTellingsFirst(ranked)))
                .containsExactly("a.txt", "f.txt", "c.txt", "e.txt");
    }

    @Test
    void theSameHappeningWordOnTheSameDayIsARetellingInOtherWords() {
        // eighteenth round: the pooled Michael Jackson folder's top 20 held the death twice, the words too unlike
        List<MergedEvent> ranked = List.of(event("g.txt", 5), event("h.txt", 4), event("i.txt", 3));
        assertThat(files(new Retellings(new Tokenizer()).firstTellingsFirst(ranked)))
                .containsExactly("g.txt", "i.txt", "h.txt");
    }

    @Test
    void aMonthsTellingOfTheRoleRetellsTheDayButAnotherPersonsDoesNot() {
        // fifty-third round: Michael Jackson's BBC top 20 held "The singer died of a heart attack" (June 2009) beside
        // "Jackson died at his rented home" (25 June); "A Texas woman died" that month is another death
        List<MergedEvent> ranked = List.of(event("g.txt", 5), event("j.txt", 4), event("k.txt", 3), event("i.txt", 2));
        assertThat(files(new Retellings(new Tokenizer()).firstTellingsFirst(ranked)))
                .containsExactly("g.txt", "k.txt", "i.txt", "j.txt");
    }

    @Test
    void theMoreImportantTellingIsTheOneKeptWhateverTheOrderGiven() {
        List<MergedEvent> events = List.of(event("b.txt", 4), event("c.txt", 3), event("a.txt", 5));
        assertThat(files(KeyEvents.ranked(events))).containsExactly("a.txt", "c.txt", "b.txt");
        assertThat(files(KeyEvents.top(events, 2))).containsExactly("c.txt", "a.txt"); // the top 2, in the order given
    }
}

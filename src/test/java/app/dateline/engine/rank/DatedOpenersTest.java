package app.dateline.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Captions and chronology entries open with their day; a sentence that only names a day somewhere does not. */
class DatedOpenersTest {

    private static final String CAPTION = "(AP) May 28: Workers lay booms along the beach near the harbour of the town.";
    private static final String ENTRY = "* May 16 - Engineers insert a tube into the leaking well and capture some oil.";
    private static final String NAMED = "On May 20, engineers tried again to close the leaking well with mud.";
    private static final String SUBJECT = "May 22 was the day the engineers finally closed the leaking well.";

    @Test
    void aCaptionOrAChronologyEntryOpensWithItsDayOtherSentencesDoNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gallery.txt"), "---\npublished: 2024-06-03\n---\n"
                + String.join("\n", CAPTION, ENTRY, NAMED, SUBJECT) + "\n");
        CorpusExtraction read = Corpora.read(dir);
        List<Event> events = read.events();
        assertThat(events).filteredOn(e -> e.sentence().equals(CAPTION)).isNotEmpty()
                .allSatisfy(e -> assertThat(DatedOpeners.opens(e)).isTrue());
        assertThat(events).filteredOn(e -> e.sentence().equals(ENTRY)).isNotEmpty()
                .allSatisfy(e -> assertThat(DatedOpeners.opens(e)).isTrue());
        assertThat(events).filteredOn(e -> e.sentence().equals(NAMED) || e.sentence().equals(SUBJECT)).hasSize(2)
                .allSatisfy(e -> assertThat(DatedOpeners.opens(e)).isFalse());

        DatedOpeners openers = new DatedOpeners(read.articles());
        assertThat(openers.tellsAnotherDay(CAPTION, LocalDate.parse("2024-06-02"))).isTrue();
        assertThat(openers.tellsAnotherDay(CAPTION, LocalDate.parse("2024-05-28"))).isFalse();
        assertThat(openers.tellsAnotherDay(ENTRY, LocalDate.parse("2024-05-16"))).isFalse();
        assertThat(openers.tellsAnotherDay(NAMED, LocalDate.parse("2024-06-02"))).isFalse();
    }
}

package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's time stamp run into the text splits its sentence: a date on one side is labelled from that side alone. */
class StampSidesTest {

    @Test
    void aDateAfterAStampIsLabelledFromTheWordsAfterIt(@TempDir Path dir) throws IOException {
        // twenty-second round: the pooled BP spill's "It has been entirely 11.31 BST BP chief executive Tony Hayward"
        List<Event> events = Corpora.article(dir, "2010-05-14", """
                Not all of it has been entirely diplomatic Friday 14 May 2010 11.31 BST BP chief executive Tony Hayward left a government meeting in Washington last week.
                """).events();
        Event lastWeek = events.stream().filter(e -> e.mention().text().equals("last week")).findFirst().orElseThrow();
        assertThat(lastWeek.label()).contains("Tony Hayward").doesNotContain("BST").doesNotContain("diplomatic");
        assertThat(Stamps.besideStamp(lastWeek.sentence(), lastWeek.mention().begin() - lastWeek.sentenceBegin(),
                lastWeek.mention().end() - lastWeek.sentenceBegin(), List.of())).as("no other date, no stamp").isNull();
    }

    @Test
    void aWireDatelinesDateIsNoSideOfItsOwnNorIsATimeOfTheStory(@TempDir Path dir) throws IOException {
        List<Event> events = Corpora.article(dir, "2009-04-27", """
                KUALA LUMPUR, April 27 | Mon Apr 27, 2009 4:19 am BST KUALA LUMPUR (Reuters) - Malaysia's benchmark stock index fell sharply on fears of a flu pandemic.
                A spokesman said the box was suspended over the main leak just after noon EDT Friday and was being moved.
                """).events();
        Event dateline = events.stream().filter(e -> e.mention().text().startsWith("April 27")).findFirst().orElseThrow();
        assertThat(dateline.label()).contains("stock index");
        Event friday = events.stream().filter(e -> e.mention().text().equals("Friday")).findFirst().orElseThrow();
        assertThat(friday.label()).contains("box was suspended over the main leak");
    }
}

package app.dateline.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time stamps of wire stories and readers' comments are not events; the events beside them are. */
class StampsTest {

    @Test
    void wireAndCommentStampsAreStampsAndTheNewsIsNot(@TempDir Path dir) throws IOException {
        List<Event> events = Corpora.article(dir, "2010-04-23", """
                HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - An oil drilling rig sank on Thursday in the Gulf of Mexico.
                At 12:19 26th Apr 2010, barriesingleton wrote: This comment was removed.
                MEXICO CITY | Tue Apr 27, 2010 12:49 am BST MEXICO CITY (Reuters) - A new virus has spread.
                Stephanie Flanders | 14:44 UK time, 29 April 2010 For anyone who has followed the spill.
                The rig exploded on April 20, 2010, killing 11 workers.
                """).events();
        assertThat(events).filteredOn(e -> e.mention().text().startsWith("Apr 22")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isTrue());
        assertThat(events).filteredOn(e -> e.mention().text().contains("26th Apr")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isTrue());
        assertThat(events).filteredOn(e -> e.sentence().contains("MEXICO CITY") || e.sentence().contains("Flanders"))
                .isNotEmpty().allSatisfy(e -> assertThat(Stamps.isStamp(e)).as(e.mention().text()).isTrue());
        assertThat(events).filteredOn(e -> e.mention().text().equals("Thursday") || e.mention().text().equals("April 20, 2010"))
                .hasSize(2).allSatisfy(e -> assertThat(Stamps.isStamp(e)).isFalse());
    }

    @Test
    void aStampGoesOnAfterADatePhraseThatTookOnlyPartOfIt(@TempDir Path dir) throws IOException {
        List<Event> events = Corpora.article(dir, "2009-06-20", """
                Schools stay open, ministers say Tuesday 28 April 2009 17.37 BST Ministers kept the schools open.
                At 7:24 pm on 18 Jun 2009, readerone wrote: I agree with the article.
                DELHI | Mon May 18, 2009 1:35 pm IST DELHI (Reuters) - The ministry confirmed a case.
                The ministry confirmed its first case on Tuesday, officials wrote: the patient is well.
                """).events();
        assertThat(events).filteredOn(e -> e.sentence().contains("17.37") || e.sentence().contains("readerone")
                        || e.sentence().contains("IST")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(Stamps.isStamp(e)).as(e.mention().text() + " in " + e.sentence()).isTrue());
        // a signature is one word before "wrote:" right after the date, not any sentence with "wrote"
        assertThat(events).filteredOn(e -> e.sentence().contains("first case on Tuesday")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isFalse());
    }

    @Test
    void aPagesDateLineLastUpdatedAtAClockTimeIsAStamp(@TempDir Path dir) throws IOException {
        // the page's date before "Last updated at", with no zone: its headline ran into the first sentence, and the
        // stamp was an event labelled "Guilty the doctor has been found guilty"
        List<Event> events = Corpora.article(dir, "2011-11-08", """
                8 November 2011 Last updated at 06:28 The singer's doctor, Ian Ford, found guilty The singer's doctor has been found guilty.
                The jury was last updated at noon on Monday about the case.
                """).events();
        assertThat(events).filteredOn(e -> e.mention().text().equals("8 November 2011")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isTrue());
        assertThat(events).filteredOn(e -> e.mention().text().contains("Monday")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isFalse());
    }

    @Test
    void aPagesStampWithItsClockTimeAfterASemicolonIsAStamp(@TempDir Path dir) throws IOException {
        List<Event> events = Corpora.article(dir, "2010-05-21", """
                Friday, May 21, 2010; 8:38 PM Crews looking for injured birds went out along the coast.
                The crews met on May 20, 2010; 40 volunteers came.
                """).events();
        assertThat(events).filteredOn(e -> e.sentence().contains("8:38 PM")).isNotEmpty()
                .allSatisfy(e -> assertThat(Stamps.isStamp(e)).as(e.mention().text()).isTrue());
        // a semicolon after a date with no clock time after it is no stamp
        assertThat(events).filteredOn(e -> e.mention().text().contains("May 20")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isFalse());
    }

    @Test
    void aBbcPagesLastUpdatedLineIsAStampOfBothItsDateAndItsTime(@TempDir Path dir) throws IOException {
        List<Event> events = Corpora.article(dir, "2011-09-28", """
                28 September 2011 Last updated at 15:41 GMT Help Live coverage of the trial of Conrad Murray, who is charged with manslaughter.
                The jury was last updated at 10:00 on Tuesday about the schedule.
                """).events();
        assertThat(events).filteredOn(e -> e.sentence().contains("15:41")).hasSize(2)
                .allSatisfy(e -> assertThat(Stamps.isStamp(e)).as(e.mention().text()).isTrue());
        // "last updated" in a sentence of the story, with no year before it, stamps nothing
        assertThat(events).filteredOn(e -> e.sentence().contains("jury")).isNotEmpty()
                .allSatisfy(e -> assertThat(Stamps.isStamp(e)).as(e.mention().text()).isFalse());
    }

    @Test
    void aLinkedStorysDateInCapitalsBeforeItsSectionIsAStamp(@TempDir Path dir) throws IOException {
        List<Event> events = Corpora.article(dir, "2011-10-03", """
                Related stories 12 OCTOBER 2010, SCIENCE & ENVIRONMENT Why bees dance, and what they tell.
                The jury heard on 12 October 2010 that the bees had gone.
                """).events();
        assertThat(events).filteredOn(e -> e.mention().text().contains("OCTOBER")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isTrue());
        // the same date in prose is an event
        assertThat(events).filteredOn(e -> e.mention().text().equals("12 October 2010")).singleElement()
                .satisfies(e -> assertThat(Stamps.isStamp(e)).isFalse());
    }
}

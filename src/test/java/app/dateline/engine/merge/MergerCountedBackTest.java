package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count of weeks or months back is rough: "the death of the singer eighteen months ago", written on 13 January 2011,
 * is July 2009 by the count and 25 June 2009 by the story. The merger gives such a date one unit on either side, and
 * the event keeps the day the other sources give, without "sources disagree" (forty-fifth round).
 */
class MergerCountedBackTest {

    private static final LocalDate JANUARY_2011 = LocalDate.of(2011, 1, 13);

    @TempDir
    Path dir;

    @Test
    void aCountOfMonthsBackReachesOneMonthEitherSide() {
        EventDate july = new EventDate(TimexType.DATE, "2009-07", null, LocalDate.of(2009, 7, 1), LocalDate.of(2009, 7, 31),
                Granularity.MONTH);
        EventDate reach = MentionProfiles.reach(july, MentionProfiles.UNITS_AGO, JANUARY_2011);
        assertThat(reach.from()).isEqualTo(LocalDate.of(2009, 6, 1));
        assertThat(reach.to()).isEqualTo(LocalDate.of(2009, 8, 31));
        assertThat(reach.value()).isEqualTo("2009-07");
        // a date read by any other rule, or a count of years, keeps its days
        assertThat(MentionProfiles.reach(july, "month-name", JANUARY_2011)).isSameAs(july);
        EventDate year = new EventDate(TimexType.DATE, "2009", null, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31),
                Granularity.YEAR);
        assertThat(MentionProfiles.reach(year, MentionProfiles.UNITS_AGO, JANUARY_2011)).isSameAs(year);
    }

    @Test
    void aCountOfManyDaysBackReachesOneDayEitherSideAndAFewDaysNone() {
        EventDate day = new EventDate(TimexType.DATE, "2010-04-19", null, LocalDate.of(2010, 4, 19), LocalDate.of(2010, 4, 19),
                Granularity.DAY);
        EventDate reach = MentionProfiles.reach(day, MentionProfiles.UNITS_AGO, LocalDate.of(2010, 6, 16)); // "58 days ago"
        assertThat(reach.from()).isEqualTo(LocalDate.of(2010, 4, 18));
        assertThat(reach.to()).isEqualTo(LocalDate.of(2010, 4, 20));
        assertThat(reach.value()).isEqualTo("2010-04-19");
        // "two days ago" is exact
        assertThat(MentionProfiles.reach(day, MentionProfiles.UNITS_AGO, LocalDate.of(2010, 4, 21))).isSameAs(day);
    }

    @Test
    void aCrisisCountedBackInDaysIsTheDayTheOthersGive() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2010-04-22", "The Zarno platform exploded in the North Sea on 20 April, "
                + "killing four workers.\n");
        WrittenArticles.write(dir, "a2.txt", "2010-05-02", "Oil has leaked since the Zarno platform exploded in the North Sea "
                + "on 20 April, killing four workers.\n");
        WrittenArticles.write(dir, "a3.txt", "2010-06-16", "Oil has leaked since the Zarno platform exploded in the North Sea "
                + "58 days ago, killing four workers.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        MergedEvent explosion = WrittenArticles.eventOf(merged, "a3.txt");
        assertThat(explosion.sources()).extracting(Event::sentence).hasSize(3);
        assertThat(explosion.date().value()).isEqualTo("2010-04-20");
        assertThat(explosion.disagreement()).isNull();
    }

    @Test
    void aDeathCountedBackInMonthsIsTheDeathOfTheDay() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2009-06-26", "The singer Marko Vell died at his home in Lisbon on Thursday, "
                + "his family said.\n");
        WrittenArticles.write(dir, "a2.txt", "2009-06-27", "Marko Vell died at his home in Lisbon on Thursday after a heart "
                + "attack.\n");
        WrittenArticles.write(dir, "a3.txt", "2011-01-13", "A trial is to begin over the death of the singer Marko Vell at "
                + "his home in Lisbon eighteen months ago.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        MergedEvent death = WrittenArticles.eventOf(merged, "a3.txt");
        assertThat(death.sources()).extracting(Event::sentence).hasSize(3);
        assertThat(death.date().value()).isEqualTo("2009-06-25");
        assertThat(death.disagreement()).isNull();
    }
}

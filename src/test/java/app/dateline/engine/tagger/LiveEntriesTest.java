package app.dateline.engine.tagger;

import static app.dateline.engine.tagger.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.timex.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveEntriesTest {

    /** A live page as the BBC writes one: entries newest first, each opening with its clock time. */
    private static final String LIVE_PAGE = """
            The president speaks to the nation tonight about the spill.
            2200: Our live coverage ends here; thanks for reading.
            2159: A think tank tweets: The speech asked too little of the oil company.
            Read the think tank's tweets 2156: A columnist writes that the speech rang hollow.
            2130: You can read the full speech on the White House website.
            1938: Ann Smith from Ohio, US, writes: I want to hear a plan.
            1905: Welcome to our live coverage of the address, due in an hour.
            """;

    @Test
    void theEntriesOfALivePageAreClockTimesOnTheArticlesDay() {
        List<Mention> mentions = tag(LIVE_PAGE, "2010-06-15");
        assertThat(mentions).filteredOn(m -> m.text().matches("\\d{4}"))
                .extracting(m -> m.text() + "=" + m.timex().value() + " " + m.timex().type())
                .containsExactly("2200=2010-06-15T22:00 TIME", "2159=2010-06-15T21:59 TIME", "2156=2010-06-15T21:56 TIME",
                        "2130=2010-06-15T21:30 TIME", "1938=2010-06-15T19:38 TIME", "1905=2010-06-15T19:05 TIME");
        assertThat(mentions).noneMatch(m -> m.timex().value().startsWith("19") || m.timex().value().startsWith("22"));
    }

    @Test
    void aChronologyOldestFirstKeepsItsYears() {
        // every number would be a clock time (20:03 ... 20:09), but a live page runs newest first
        List<Mention> mentions = tag("""
                The war in brief.
                2003: Invasion
                The coalition took the capital.
                2004: The insurgency spreads
                Attacks rose across the country.
                2009: The coalition leaves the cities
                """, "2011-01-01");
        assertThat(mentions).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("2003=2003", "2004=2004", "2009=2009");
    }

    @Test
    void aYearListWithNoClockTimeInItKeepsItsYears() {
        // newest first, but 1979 and 1983 are no clock times (minute 79, 83): a list of spills
        List<Mention> mentions = tag("""
                The biggest spills before this one:
                1991: Oil was released from tankers in the Gulf.
                1983: A tanker hit a platform off Iran.
                1979: A well blew out off the coast of Mexico.
                1979: Two tankers collided off Trinidad.
                """, "2010-04-29");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("1991", "1983", "1979", "1979");
        assertThat(mentions).allMatch(m -> m.timex().type() == TimexType.DATE);
    }

    @Test
    void oneOrTwoLinesOpeningWithANumberAreNoLivePage() {
        List<Mention> mentions = tag("""
                Pandemics before this one:
                1918: The Spanish flu killed tens of millions.
                1957: The Asian flu spread from China.
                """, "2009-04-27");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("1918", "1957");
    }
}

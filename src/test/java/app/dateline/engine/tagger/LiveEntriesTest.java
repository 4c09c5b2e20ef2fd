package app.dateline.engine.tagger;

import static app.dateline.engine.tagger.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.timex.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
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

    /** Line entries at offsets 10, 50 and 90, at 22:00, 21:40 and 20:00 (newest first). */
    private static final List<int[]> LINES = List.of(new int[] {10, 22 * 60}, new int[] {50, 21 * 60 + 40}, new int[] {90, 20 * 60});

    @Test
    void anInnerEntryFitsBetweenTheLineEntriesBeforeAndAfterIt() {
        // between 10 (22:00) and 50 (21:40): from 21:40 to 22:00, both ends included
        assertThat(LiveEntries.fitsBetween(LINES, 30, 21 * 60 + 50)).isTrue();
        assertThat(LiveEntries.fitsBetween(LINES, 30, 22 * 60)).isTrue();
        assertThat(LiveEntries.fitsBetween(LINES, 30, 21 * 60 + 40)).isTrue();
        assertThat(LiveEntries.fitsBetween(LINES, 30, 22 * 60 + 1)).isFalse();
        assertThat(LiveEntries.fitsBetween(LINES, 30, 21 * 60 + 39)).isFalse();
        // between 50 and 90: from 20:00 to 21:40
        assertThat(LiveEntries.fitsBetween(LINES, 70, 20 * 60)).isTrue();
        assertThat(LiveEntries.fitsBetween(LINES, 70, 21 * 60 + 50)).isFalse();
    }

    @Test
    void anInnerEntryBeforeTheFirstLineEntryOrAfterTheLastFitsNowhere() {
        assertThat(LiveEntries.fitsBetween(LINES, 5, 23 * 60)).isFalse();
        assertThat(LiveEntries.fitsBetween(LINES, 0, 21 * 60 + 50)).isFalse();
        assertThat(LiveEntries.fitsBetween(LINES, 91, 19 * 60)).isFalse();
        assertThat(LiveEntries.fitsBetween(LINES, 500, 20 * 60)).isFalse();
        assertThat(LiveEntries.fitsBetween(List.of(), 30, 20 * 60)).isFalse();
        assertThat(LiveEntries.fitsBetween(List.of(new int[] {10, 600}), 30, 600)).isFalse();
    }

    @Test
    void anOffsetEqualToALineEntrysCountsThatEntryAsTheOneAfter() {
        // at 50 itself the entry at 50 is the one after (the one before starts before it): 21:40 to 22:00
        assertThat(LiveEntries.fitsBetween(LINES, 50, 21 * 60 + 50)).isTrue();
        assertThat(LiveEntries.fitsBetween(LINES, 50, 20 * 60 + 30)).isFalse();
        // one past it, the entry at 50 is the one before: 20:00 to 21:40
        assertThat(LiveEntries.fitsBetween(LINES, 51, 20 * 60 + 30)).isTrue();
        assertThat(LiveEntries.fitsBetween(LINES, 51, 21 * 60 + 50)).isFalse();
        // at the first entry's offset there is none before it; at the last's there is one after
        assertThat(LiveEntries.fitsBetween(LINES, 10, 22 * 60)).isFalse();
        assertThat(LiveEntries.fitsBetween(LINES, 90, 20 * 60 + 30)).isTrue();
    }

    @Test
    void theSearchAgreesWithAWalkOverEveryLineEntry() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            List<int[]> lines = new ArrayList<>();
            int offset = random.nextInt(5);
            int minutes = 24 * 60 - 1 - random.nextInt(5);
            for (int n = random.nextInt(12); n > 0; n--) {
                lines.add(new int[] {offset, minutes});
                offset += 1 + random.nextInt(20);
                minutes = Math.max(0, minutes - random.nextInt(90));
            }
            for (int at = 0; at <= offset + 2; at++) {
                int m = random.nextInt(24 * 60);
                assertThat(LiveEntries.fitsBetween(lines, at, m)).as("offset %d, minutes %d", at, m).isEqualTo(walk(lines, at, m));
            }
        }
    }

    /** The first and last line entries around {@code offset}, found by walking over them all (as the search once did). */
    private static boolean walk(List<int[]> lines, int offset, int minutes) {
        int[] before = null;
        int[] after = null;
        for (int[] line : lines) {
            if (line[0] < offset) {
                before = line;
            } else if (after == null) {
                after = line;
            }
        }
        return before != null && after != null && minutes <= before[1] && minutes >= after[1];
    }

    @Test
    void aLongLivePageFindsTheEntriesRunIntoTheLinesBefore() {
        // 1,400 entries a minute apart, newest first, every tenth run into the line before it
        StringBuilder page = new StringBuilder("Our coverage of the day.\n");
        List<Integer> inner = new ArrayList<>();
        for (int minutes = 23 * 60 + 59, n = 0; n < 1_400; minutes--, n++) {
            String clock = String.format(java.util.Locale.ROOT, "%02d%02d", minutes / 60, minutes % 60);
            if (n % 10 == 5) {
                page.setLength(page.length() - 1); // the line break before it is lost
                page.append(" Read more ");
                inner.add(page.length());
            }
            page.append(clock).append(": Another update on the talks.\n");
        }
        NavigableMap<Integer, String> entries = LiveEntries.clockTimes(page.toString());
        assertThat(entries).hasSize(1_400);
        assertThat(entries.keySet()).containsAll(inner);
        assertThat(entries.get(inner.get(0))).isEqualTo("T23:54");
        assertThat(entries.lastEntry().getValue()).isEqualTo(String.format(java.util.Locale.ROOT, "T%02d:%02d",
                (24 * 60 - 1_400) / 60, (24 * 60 - 1_400) % 60));
    }
}

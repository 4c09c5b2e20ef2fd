package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Blocking packs its blocks in int arrays and files long dates (seasons, years) by year rather than by month:
 * the pairs it lets through must be exactly those the rule by months gives (share a key, and a month the one
 * date covers is a month the other reaches), found by brute force over all pairs here.
 */
class BlockingTest {

    /** The synthetic corpus of {@link MergerScaleTest}, its dates made days, months, seasons and years in turn. */
    private static List<Event> mixedDates(int articles) {
        List<Event> out = new ArrayList<>();
        int k = 0;
        for (Event e : MergerScaleTest.corpus(articles, 7)) {
            LocalDate day = e.timex().from();
            Timex t = switch (k++ % 4) {
                case 0 -> e.timex();
                case 1 -> new Timex(TimexType.DATE, day.toString().substring(0, 7), null, day.withDayOfMonth(1),
                        day.withDayOfMonth(day.lengthOfMonth()), Granularity.MONTH);
                case 2 -> new Timex(TimexType.DATE, day.getYear() + "-SU", null, LocalDate.of(day.getYear(), 6, 1),
                        LocalDate.of(day.getYear(), 8, 31), Granularity.SEASON);
                default -> new Timex(TimexType.DATE, String.valueOf(day.getYear()), null, LocalDate.of(day.getYear(), 1, 1),
                        LocalDate.of(day.getYear(), 12, 31), Granularity.YEAR);
            };
            Mention m = e.mention();
            Mention redated = new Mention(m.begin(), m.end(), m.text(), t, m.anchor(), m.sentence(), m.paragraph(), m.origin());
            out.add(new Event(e.id(), e.article(), redated, e.label(), e.sentence(), e.excerpt(), e.sentenceBegin(), e.excerptBegin()));
        }
        return out;
    }

    private static int month(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    @Test
    void longDatesFiledByYearMeetExactlyWhomTheMonthsSay() {
        List<Event> events = mixedDates(80);
        MergeSettings settings = MergeSettings.DEFAULT.withBlocking(MergeSettings.DEFAULT.keyTerms(), 1_000_000);
        MentionProfiles p = new MentionProfiles(events, List.of(), settings, new Tokenizer());
        Blocking blocking = new Blocking(p, settings);
        int n = p.size();

        Set<Long> found = new TreeSet<>();
        int[] seen = new int[n];
        long counted = 0;
        for (int i = 0; i < n; i++) {
            int from = i;
            counted += blocking.candidates(i, j -> {
                assertThat(j).isGreaterThan(from);
                assertThat(found.add((long) from * n + j)).as("each pair once").isTrue();
            }, seen);
        }
        assertThat(counted).isEqualTo(found.size());

        Set<Long> expected = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (blocking.keys(i) == null || blocking.keys(j) == null || !shareKey(blocking.keys(i), blocking.keys(j))) {
                    continue;
                }
                EventDate a = p.dates[i];
                EventDate b = p.dates[j];
                int reachFirst = month(b.from().minusDays(b.days()));
                int reachLast = month(b.to().plusDays(b.days()));
                if (reachFirst <= month(a.to()) && month(a.from()) <= reachLast) {
                    expected.add((long) i * n + j);
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(1000); // the corpus has pairs of every kind of date to find
        assertThat(found).isEqualTo(expected);
        assertThat(found.size()).isLessThan(n * (n - 1) / 2 / 4);
    }

    @Test
    void aYearIsFiledUnderThreeYearsPerKeyNotThirtySixMonths() {
        List<Event> events = mixedDates(40);
        MentionProfiles p = new MentionProfiles(events, List.of(), MergeSettings.DEFAULT, new Tokenizer());
        Blocking blocking = new Blocking(p, MergeSettings.DEFAULT);
        long byMonth = 0;
        for (int i = 0; i < p.size(); i++) {
            if (blocking.keys(i) != null) {
                EventDate d = p.dates[i];
                byMonth += (long) blocking.keys(i).length
                        * (month(d.to().plusDays(d.days())) - month(d.from().minusDays(d.days())) + 1);
            }
        }
        // a quarter of the dates are years (36 months each by month), a quarter seasons (9 months)
        assertThat((long) blocking.entries()).isLessThan(byMonth / 3);
    }

    private static boolean shareKey(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}

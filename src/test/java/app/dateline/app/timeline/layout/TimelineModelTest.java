package app.dateline.app.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.merge.MergedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimelineModelTest {

    @Property(tries = 50)
    void theWindowHoldsExactlyTheItemsThatMeetIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n,
                                                  @ForAll @IntRange(min = 0, max = 4000) int fromOffset,
                                                  @ForAll @IntRange(min = 1, max = 2000) int length,
                                                  @ForAll @IntRange(min = 0, max = 60) int reach) {
        Random r = new Random(seed);
        List<MergedEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(5000));
            String value = switch (r.nextInt(5)) {
                case 0 -> Integer.toString(d.getYear() / 10);
                case 1 -> Integer.toString(d.getYear());
                case 2 -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
                default -> d.toString();
            };
            events.add(Items.event(value, null, "e" + i));
        }
        TimelineModel model = TimelineModel.of(events, e -> 0, Items.SIX, 200);
        double from = LocalDate.of(1995, 1, 1).toEpochDay() + fromOffset;
        double to = from + length;
        int[] window = model.window(from, to, reach);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            TimelineItem it = model.items().get(i);
            if (it.periodStart() <= to && it.periodEnd() + reach >= from) {
                expected.add(i);
            }
        }
        if (window == null) {
            assertThat(expected).hasSize(model.size());
        } else {
            assertThat(window).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void itemsAreInAxisOrderAndNavigationFollowsIt() {
        MergedEvent late = Items.event("2024-01-25", null, "late");
        MergedEvent early = Items.event("2021-08", null, "early");
        MergedEvent undated = Items.event("P2Y", null, "a duration");
        TimelineModel model = TimelineModel.of(List.of(late, undated, early), e -> 0, Items.SIX, 200);
        assertThat(model.items()).extracting(i -> i.event().label()).containsExactly("early", "late");
        assertThat(model.indexOf(undated)).isEqualTo(-1);
        assertThat(model.next(null).event()).isSameAs(early);
        assertThat(model.next(early).event()).isSameAs(late);
        assertThat(model.next(late)).isNull();
        assertThat(model.previous(late).event()).isSameAs(early);
        assertThat(model.firstDay()).isEqualTo(LocalDate.of(2021, 8, 1).toEpochDay());
        assertThat(model.lastDay()).isEqualTo(LocalDate.of(2024, 1, 26).toEpochDay());
    }
}

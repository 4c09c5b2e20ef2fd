package app.dateline.app.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LanePackerTest {

    private final LanePacker packer = new LanePacker(LayoutMetrics.DEFAULT);

    static List<TimelineItem> random(long seed, int n) {
        Random r = new Random(seed);
        String[] values = new String[n];
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(3000));
            values[i] = switch (r.nextInt(4)) {
                case 0 -> d.toString();
                case 1 -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
                case 2 -> Integer.toString(d.getYear());
                default -> d.toString();
            };
            items.add(Items.item(values[i], "x".repeat(1 + r.nextInt(40))));
        }
        items.sort(Comparator.comparingDouble(TimelineItem::anchor));
        return items;
    }

    @Property(tries = 60)
    void noTwoItemsInALaneOverlapAndEveryItemIsShownOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n,
                                                           @ForAll @IntRange(min = 0, max = 12) int lanes,
                                                           @ForAll @IntRange(min = 1, max = 400) int daysPerHundredPixels,
                                                           @ForAll @IntRange(min = 0, max = 3) int keyEvery) {
        List<TimelineItem> items = random(seed, n);
        // some runs with key events among the others: placed first, the others in the room they leave
        items.replaceAll(it -> it.asKey(keyEvery > 0 && Math.floorMod(it.label().hashCode(), keyEvery + 1) == 0));
        double dpp = daysPerHundredPixels / 100.0;
        LaneLayout layout = packer.pack(items, dpp, lanes, 400);
        int[] seen = new int[n];
        List<List<Integer>> byLane = new ArrayList<>();
        for (int l = 0; l < lanes; l++) {
            byLane.add(new ArrayList<>());
        }
        layout.forEachVisible(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, i -> {
            seen[i]++;
            byLane.get(layout.laneOf(i)).add(i);
        });
        for (Cluster c : layout.clusters()) {
            for (int i : c.members()) {
                seen[i]++;
                assertThat(layout.laneOf(i)).isEqualTo(-1);
            }
        }
        assertThat(seen).containsOnly(1);
        for (List<Integer> lane : byLane) {
            for (int k = 1; k < lane.size(); k++) {
                int a = lane.get(k - 1);
                int b = lane.get(k);
                // the first one's room (its span or label, and a gap) ends before the next one's starts
                assertThat(layout.occupiedEnd(a)).isLessThanOrEqualTo(packer.startOf(items.get(b), dpp));
            }
        }
    }

    @Test
    void aKeyEventKeepsItsLabelWhereAnEarlierOneWouldTakeTheOnlyLane() {
        TimelineItem early = Items.item("2021-08-01", "A long label that runs over the next event's day and beyond it");
        TimelineItem key = Items.item("2021-08-05", "Taliban take Kabul");
        List<TimelineItem> items = List.of(early, key);
        LaneLayout plain = packer.pack(items, 1.0, 1);
        assertThat(plain.laneOf(0)).isEqualTo(0);
        assertThat(plain.laneOf(1)).as("without key events: first come, first placed").isEqualTo(-1);

        LaneLayout keyed = packer.pack(List.of(early, key.asKey(true)), 1.0, 1);
        assertThat(keyed.laneOf(1)).as("the key event has the lane").isEqualTo(0);
        assertThat(keyed.laneOf(0)).as("the other is a mark in the bottom row").isEqualTo(-1);
        assertThat(keyed.clusters()).hasSize(1);

        // with room for both, both keep their labels
        LaneLayout two = packer.pack(List.of(early, key.asKey(true)), 1.0, 2);
        assertThat(two.laneOf(0)).isNotNegative();
        assertThat(two.laneOf(1)).isEqualTo(0);
        assertThat(two.clusters()).isEmpty();
    }

    /**
     * Two events a month apart in a lane with room before them (one pixel a day, labels 150 pixels): the first
     * one's label ran over the second's mark, so the second folded into a "+1". Now the first moves its label to
     * the left of its mark, where the lane is free, and both are named in the one lane; the key event (placed
     * first) never moves.
     */
    @Test
    void aCrowdedLaneNamesTheEarlierEventOnTheLeftOfItsMark() {
        TimelineItem key = Items.item("2022-06-20", "Key event").asKey(true);
        TimelineItem first = Items.item("2021-06-01", "x".repeat(25));
        TimelineItem second = Items.item("2021-07-01", "y".repeat(25));
        LaneLayout lay = packer.pack(List.of(first, second, key), 1.0, 1);
        assertThat(lay.laneOf(0)).as("the first is named").isEqualTo(0);
        assertThat(lay.laneOf(1)).as("the second is named too, not a +1").isEqualTo(0);
        assertThat(lay.clusters()).isEmpty();
        assertThat(lay.leftOfMark(0)).as("the first's label ends at its mark").isTrue();
        assertThat(lay.leftOfMark(1)).isFalse();
        assertThat(lay.occupiedEnd(0)).isLessThanOrEqualTo(packer.startOf(second, 1.0));
        assertThat(lay.occupiedEnd(0)).isLessThan(first.anchor() + 30);
        // the view's left edge just before the first's mark: its label is not moved where the edge would cut it
        LaneLayout edge = packer.pack(List.of(first, second, key), null, 1.0, 1, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, first.anchor() - 60);
        assertThat(edge.leftOfMark(0)).isFalse();
        assertThat(edge.laneOf(1)).as("the second folds").isEqualTo(-1);
        // no room on the left (the key event's label is there): the second folds as before
        TimelineItem keyBefore = Items.item("2021-02-01", "z".repeat(10)).asKey(true);
        LaneLayout busy = packer.pack(List.of(keyBefore, first, second), 1.0, 1);
        assertThat(busy.laneOf(0)).isEqualTo(0);
        assertThat(busy.laneOf(1)).isEqualTo(0);
        assertThat(busy.leftOfMark(1)).isFalse();
        assertThat(busy.laneOf(2)).as("no room left of the first: the second folds").isEqualTo(-1);
    }

    @Test
    void aLabelCutOnOneLineTakesTheFreeLaneUnderItForASecondLine() {
        String longLabel = "Xi Jinping accepted the credentials of the Taliban's ambassador";
        TimelineItem ceremony = Items.item("2024-01-30", longLabel);
        TimelineItem next = Items.item("2024-12-30", "Talks began");
        LaneLayout free = packer.pack(List.of(ceremony, next), 1.0, 2);
        assertThat(free.laneOf(0)).isEqualTo(0);
        assertThat(free.twoLines(0)).as("the lane under it is free: two lines").isTrue();
        assertThat(free.twoLines(1)).as("a label that fits stays on one line").isFalse();

        // the lane under it is taken where the lines would go: one line, cut
        TimelineItem under = Items.item("2024-02-05", "Another event a few days later");
        LaneLayout busy = packer.pack(List.of(ceremony, under), 1.0, 2);
        assertThat(busy.laneOf(0)).isEqualTo(0);
        assertThat(busy.laneOf(1)).isEqualTo(1);
        assertThat(busy.twoLines(0)).isFalse();
        // in the last lane there is no lane under it
        assertThat(packer.pack(List.of(ceremony), 1.0, 1).twoLines(0)).isFalse();
    }

    @Test
    void aLabelWithNoLaneForItsOneLineTakesTwoLanesForTwoLinesRatherThanACut() {
        // two key events at the start and two near the end take both lanes there
        TimelineItem a = whole("2024-01-01", "a".repeat(30)).asKey(true);
        TimelineItem b = whole("2024-01-02", "b".repeat(30)).asKey(true);
        TimelineItem c = whole("2025-05-15", "c".repeat(5)).asKey(true);
        TimelineItem d = whole("2025-05-16", "d".repeat(5)).asKey(true);
        // in between, a label too long for one line in either lane, on its right or on its left
        TimelineItem ceremony = whole("2024-08-08", "Xi Jinping accepted the credentials of the Taliban's ambassador");
        assertThat(ceremony.isCut()).as("packed whole on one line").isFalse();
        LaneLayout two = packer.pack(List.of(a, b, ceremony, c, d), 1.0, 2);
        assertThat(two.laneOf(2)).as("placed, not folded").isEqualTo(0);
        assertThat(two.twoLines(2)).isTrue();
        assertThat(two.occupiedEnd(2)).isLessThan(c.anchor() - LayoutMetrics.DEFAULT.pointRadius());
        // the neighbour under it knows the room its second line takes
        assertThat(two.nextStartInLane(1)).isLessThan(c.anchor());
        // with a third lane free it stays on one line
        LaneLayout three = packer.pack(List.of(a, b, ceremony, c, d), 1.0, 3);
        assertThat(three.laneOf(2)).isEqualTo(2);
        assertThat(three.twoLines(2)).isFalse();
        // with one lane it is folded into a count: nothing is cut
        LaneLayout one = packer.pack(List.of(a, ceremony, c), 1.0, 1);
        assertThat(one.laneOf(1)).isEqualTo(-1);
        assertThat(one.clusters()).hasSize(1);
    }

    /** An item as the window makes it: its label whole on one line up to 750 pixels, on two up to 250 each. */
    private static TimelineItem whole(String value, String label) {
        return TimelineItem.of(Items.event(value, null, label), 0).fitted(Items.SIX, 750, 250);
    }

    @Test
    void aLabelThatWouldRunPastTheWallGetsItsRoomLeftOfItsMark() {
        TimelineItem last = Items.item("2024-03-01", "Guterres convened a second meeting");
        double mark = last.anchor(); // one pixel a day
        TimelineModel model = TimelineModel.of(List.of(last.event()), e -> 0, Items.SIX, 250);
        LaneLayout open = packer.pack(model, mark - 400, mark + 400, 1.0, 1, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        assertThat(open.occupiedEnd(0)).as("no wall: the label runs right").isGreaterThan(mark + 100);
        LaneLayout walled = packer.pack(model, mark - 400, mark + 400, 1.0, 1, Double.POSITIVE_INFINITY, mark + 50);
        assertThat(walled.occupiedEnd(0)).as("the wall is near: the room ends just after the mark")
                .isLessThan(mark + 30);
    }

    @Property(tries = 40)
    void withTheLanesItNeedsNothingIsFolded(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n) {
        List<TimelineItem> items = random(seed, n);
        double dpp = 2.0;
        int needed = packer.lanesNeeded(items, dpp, 1000);
        assertThat(packer.pack(items, dpp, needed).clusters()).isEmpty();
        if (needed > 1) {
            assertThat(packer.pack(items, dpp, needed - 1).clusters()).isNotEmpty();
        }
    }

    @Test
    void aCrowdOnOneDayFoldsIntoOneClusterWithItsCount() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(Items.item("2021-08-15", "Kabul falls " + i));
        }
        LaneLayout layout = packer.pack(items, 1.0, 5);
        assertThat(layout.lanesUsed()).isEqualTo(5);
        assertThat(layout.clusters()).hasSize(1);
        assertThat(layout.clusters().get(0).size()).isEqualTo(25);
        assertThat(layout.clusters().get(0).countLabel()).isEqualTo("+25");
    }

    @Test
    void preciseEventsGetLanesBeforeYearsThatCoverTheWholeView() {
        List<TimelineItem> items = new ArrayList<>();
        items.add(Items.item("2023", "Last year one"));
        items.add(Items.item("2023", "Last year two"));
        items.add(Items.item("2023-06-01", "A day"));
        items.add(Items.item("2023-06", "A month"));
        items.sort(Comparator.comparingDouble(TimelineItem::anchor));
        double dpp = 0.1; // a year is 3650 pixels: wider than the view
        LaneLayout layout = packer.pack(items, dpp, 2, 1000);
        List<String> laned = new ArrayList<>();
        layout.forEachVisible(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, i -> laned.add(items.get(i).label()));
        assertThat(laned).contains("A day", "A month");
        assertThat(layout.clusters()).hasSize(1);
        assertThat(layout.clusters().get(0).size()).isEqualTo(2);
    }

    @Test
    void clusterCountsStayShort() {
        assertThat(new Cluster(0, 0, 0, 0, new int[1234], 0, 1234).countLabel()).isEqualTo("+1.2k");
        assertThat(new Cluster(0, 0, 0, 0, new int[45_678], 0, 45_678).countLabel()).isEqualTo("+45k");
    }
}

package app.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The union-find that joins the merger's blocks into linked groups: the same groups whatever the order of the links. */
class LinkedBlocksTest {

    @Test
    void groupsAreNamedByTheirSmallestBlockWhateverTheOrderOfTheLinks() {
        LinkedBlocks.UnionFind forward = new LinkedBlocks.UnionFind();
        forward.union(5, 9);
        forward.union(9, 2);
        forward.union(7, 8);
        LinkedBlocks.UnionFind backward = new LinkedBlocks.UnionFind();
        backward.union(8, 7);
        backward.union(2, 9);
        backward.union(9, 5);
        for (LinkedBlocks.UnionFind uf : List.of(forward, backward)) {
            assertThat(uf.find(5)).isEqualTo(2);
            assertThat(uf.find(9)).isEqualTo(2);
            assertThat(uf.find(8)).isEqualTo(7);
            assertThat(uf.find(4)).isEqualTo(4); // never linked: a group of its own
            assertThat(roots(uf)).isEqualTo(Map.of(5L, 2L, 9L, 2L, 8L, 7L));
        }
    }

    @Test
    void forestsOfPartitionsJoinedAgainGiveTheGroupsOfAllTheLinks() {
        // partition one links 1-3, partition two links 3-6: on the driver 1, 3 and 6 are one group
        LinkedBlocks.UnionFind one = new LinkedBlocks.UnionFind();
        one.union(3, 1);
        LinkedBlocks.UnionFind two = new LinkedBlocks.UnionFind();
        two.union(6, 3);
        LinkedBlocks.UnionFind driver = new LinkedBlocks.UnionFind();
        for (LinkedBlocks.UnionFind part : List.of(one, two)) {
            part.roots().forEach(edge -> driver.union(edge._1(), edge._2()));
        }
        assertThat(driver.find(6)).isEqualTo(1);
    }

    @Test
    void blocksAreHashedTheSameOnEveryExecutor() {
        assertThat(LinkedBlocks.hash("flood@24263")).isEqualTo(LinkedBlocks.hash("flood@24263"));
        assertThat(LinkedBlocks.hash("flood@24263")).isNotEqualTo(LinkedBlocks.hash("flood@24264"));
    }

    @Test
    void aMentionIsLinkedByItsMonthsTheFullYearBlocksItFilesOrLooksUpAndItsSentence() {
        // two events: a year (files and looks up year blocks 11 and 12) and a day (looks up 12) sharing a sentence (40)
        LinkedBlocks.Filed filed = new LinkedBlocks.Filed(new long[][] {{1, 2}, {3}}, new long[][] {{11, 12}, {}},
                new long[][] {{12}, {12}}, new long[][] {{40}, {40}});
        long[][] linking = filed.linking(java.util.Set.of(12L, 99L)); // 12 holds more members than the merger meets whole
        assertThat(linking[0]).containsExactly(1, 2, 12, 40);
        assertThat(linking[1]).containsExactly(3, 12, 40);
        assertThat(filed.linking(java.util.Set.of())[1]).containsExactly(3, 40);
    }

    private static Map<Long, Long> roots(LinkedBlocks.UnionFind uf) {
        Map<Long, Long> out = new TreeMap<>();
        for (Tuple2<Long, Long> r : uf.roots()) {
            out.put(r._1(), r._2());
        }
        return out;
    }
}

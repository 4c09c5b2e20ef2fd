package app.dateline.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentListTest {

    @Test
    void newestFirstNoRepeatsAtMostTen(@TempDir Path dir) throws Exception {
        RecentList recent = new RecentList(Settings.at(dir.resolve("s.properties")));
        List<Path> folders = IntStream.range(0, 12).mapToObj(i -> dir.resolve("f" + i)).toList();
        for (Path f : folders) {
            Files.createDirectories(f);
            recent.opened(List.of(f));
        }
        recent.opened(List.of(folders.get(5)));

        List<RecentList.Entry> entries = new RecentList(Settings.at(dir.resolve("s.properties"))).entries();
        assertThat(entries).hasSize(RecentList.MAX);
        assertThat(entries.get(0).paths()).containsExactly(folders.get(5));
        assertThat(entries.get(1).paths()).containsExactly(folders.get(11));
        assertThat(entries).extracting(RecentList.Entry::name).doesNotContain("f0", "f1").containsOnlyOnce("f5");
    }

    @Test
    void severalFilesAreOneEntryAndAMissingOneIsSaidAndCanBeDropped(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");
        Path c = Files.writeString(dir.resolve("c.txt"), "c");
        RecentList recent = new RecentList(Settings.at(dir.resolve("s.properties")));
        recent.opened(List.of(a, b, c));
        RecentList.Entry e = recent.entries().get(0);
        assertThat(e.name()).isEqualTo("a.txt (+2 files)");
        assertThat(e.missing()).isEmpty();

        Files.delete(b);
        assertThat(e.missing()).containsExactly(b);
        recent.remove(e);
        assertThat(recent.entries()).isEmpty();
    }
}

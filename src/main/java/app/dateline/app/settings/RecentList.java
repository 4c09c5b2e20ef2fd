package app.dateline.app.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * File > Open Recent: the last {@link #MAX} things opened (a folder, a set of files, or a timeline's project
 * file), newest first, with no repeats, kept in {@link Settings} under {@code recent.N}.
 */
public final class RecentList {

    public static final int MAX = 10;
    static final String KEY = "recent";

    /** One thing opened: its paths (one folder, several files, or one project file). */
    public record Entry(List<Path> paths) {
        public Entry {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("an entry opens at least one path");
            }
        }

        /** The first path's name, and how many more: {@code corpus}, {@code a.txt (+2 files)}. */
        public String name() {
            String first = paths.get(0).getFileName() == null ? paths.get(0).toString() : paths.get(0).getFileName().toString();
            return paths.size() == 1 ? first : first + " (+" + (paths.size() - 1) + (paths.size() == 2 ? " file)" : " files)");
        }

        /** The paths that are gone. */
        public List<Path> missing() {
            return paths.stream().filter(p -> !Files.exists(p)).toList();
        }

        String stored() {
            return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
        }

        static Entry parse(String stored) {
            return new Entry(Arrays.stream(stored.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList());
        }
    }

    private final Settings settings;

    public RecentList(Settings settings) {
        this.settings = settings;
    }

    /** Newest first. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (String s : settings.list(KEY)) {
            if (!s.isBlank()) {
                out.add(Entry.parse(s));
            }
        }
        return out;
    }

    /** {@code paths} was opened: it goes first (moved there if it was in the list), the eleventh drops off. */
    public void opened(List<Path> paths) {
        Entry e = new Entry(paths.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        List<Entry> list = new ArrayList<>(entries());
        list.remove(e);
        list.add(0, e);
        save(list.subList(0, Math.min(MAX, list.size())));
    }

    public void remove(Entry e) {
        List<Entry> list = new ArrayList<>(entries());
        if (list.remove(e)) {
            save(list);
        }
    }

    public void clear() {
        save(List.of());
    }

    private void save(List<Entry> list) {
        settings.putList(KEY, list.stream().map(Entry::stored).toList());
    }
}

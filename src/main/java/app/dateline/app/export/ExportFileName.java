package app.dateline.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The file name the export offers: named after the story (its picture's title, "The Taliban, 2021–2024":
 * "the-taliban-2021-2024.png"), or after the folder read when the title names nothing ("Timeline, 2009"), and never
 * the name of a file already in the folder ("h1n1-2.png" beside "h1n1.png"): nothing is overwritten unasked.
 */
public final class ExportFileName {

    private ExportFileName() {
    }

    /**
     * @param title   the title chosen for the export (the dialog's), or null
     * @param sources the folders and files the shown articles were read from
     */
    public static String stem(String title, List<Path> sources) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.toLowerCase(Locale.ROOT).startsWith("timeline")) {
            String named = sources.isEmpty() || sources.get(0).getFileName() == null ? ""
                    : slug(withoutExtension(sources.get(0).getFileName().toString()));
            String years = slug(t.replaceFirst("(?i)^timeline", ""));
            if (!named.isEmpty()) {
                return years.isEmpty() ? named : named + "-" + years;
            }
        }
        String s = slug(t);
        return s.isEmpty() ? "timeline" : s;
    }

    /** The name in {@code dir} for this format, with "-2", "-3"… when a file of that name is there already. */
    public static String free(Path dir, String stem, ExportFormat format) {
        String name = format.fileName(stem);
        for (int k = 2; dir != null && Files.exists(dir.resolve(name)); k++) {
            name = format.fileName(stem + "-" + k);
        }
        return name;
    }

    /** "the-taliban-2021-2024" of "The Taliban, 2021–2024": letters and digits, joined by hyphens, at most 60. */
    static String slug(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

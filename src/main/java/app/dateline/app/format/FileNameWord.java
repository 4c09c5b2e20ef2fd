package app.dateline.app.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word that names a source in a file's name, for an article that gives no publisher: the first part of the
 * name (its extension left out) that starts with two letters or more ("wsj_0568.txt": "wsj",
 * "APW19980213.1320.tml": "APW", "2009-03-02_H1N1_reuters_291.txt": "reuters", where the date and "H1N1" are no
 * word of letters); null when there is none ("a.txt").
 */
public final class FileNameWord {

    private static final Pattern LETTERS = Pattern.compile("^[A-Za-z]{2,}");

    private FileNameWord() {
    }

    /** @param source a path or a file name */
    public static String of(String source) {
        List<String> words = words(source);
        return words.isEmpty() ? null : words.get(0);
    }

    /**
     * The first word of the name that is not one of {@code common} (the words every file of a story's folder holds:
     * "bpoil" in "2010-04-20_bpoil_bbc_683.txt" names the story, "bbc" the source), compared ignoring case; else the
     * first word; null when there is none.
     */
    public static String of(String source, Set<String> common) {
        List<String> words = words(source);
        for (String w : words) {
            if (!common.contains(w.toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return words.isEmpty() ? null : words.get(0);
    }

    /** Every word of letters of the name, in order ("bpoil", "bbc" of "2010-04-20_bpoil_bbc_683.txt"). */
    public static List<String> words(String source) {
        String name = source.replaceAll(".*[/\\\\]", "");
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        List<String> words = new ArrayList<>();
        for (String part : stem.split("[^A-Za-z0-9]+")) { // "2009", "03", "02", "H1N1", "reuters", "291"
            Matcher m = LETTERS.matcher(part);
            if (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** The words (lower case) that the names of all these files hold, when there are two or more; else none. */
    public static Set<String> common(List<String> sources) {
        if (sources.size() < 2) {
            return Set.of();
        }
        Set<String> common = null;
        for (String s : sources) {
            Set<String> here = new HashSet<>();
            words(s).forEach(w -> here.add(w.toLowerCase(Locale.ROOT)));
            if (common == null) {
                common = here;
            } else {
                common.retainAll(here);
            }
        }
        return common;
    }
}

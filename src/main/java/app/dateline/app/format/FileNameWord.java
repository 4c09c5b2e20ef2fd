package app.dateline.app.format;

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
        String name = source.replaceAll(".*[/\\\\]", "");
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        for (String part : stem.split("[^A-Za-z0-9]+")) { // "2009", "03", "02", "H1N1", "reuters", "291"
            Matcher m = LETTERS.matcher(part);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }
}

package app.dateline.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chronology whose entries run on in one line, as a scraped fact box leaves them ("20 April: Rig explodes, killing 11
 * people 28 April: Coastguard fears one of worst spills 8 May: Dome fails"): the sentence detector sees no full stop
 * and makes one sentence of the box, whose dates then tell one another's events. When a sentence opens with an entry's
 * day ("20 April:" or "April 20:"), it is cut before every later entry of the same shape. Read by shape, not by a list
 * of month names: a number and a capitalised word, or the other way round, then a colon.
 */
final class ChronologyEntries {

    /** An entry's day at the sentence's start. */
    private static final Pattern OPENING = Pattern.compile("^(?:\\d{1,2} \\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+ \\d{1,2}):\\s");
    /** A later entry's day, after a space, in the same shape as the opening one. */
    private static final Pattern DAY_FIRST = Pattern.compile("\\s(\\d{1,2} \\p{Lu}\\p{Ll}+):\\s");
    private static final Pattern NAME_FIRST = Pattern.compile("\\s(\\p{Lu}\\p{Ll}+ \\d{1,2}):\\s");

    private ChronologyEntries() {
    }

    /** The sentence {@code [begin, end)} of {@code text}, cut before each entry when it opens with one. */
    static List<int[]> split(String text, int begin, int end) {
        String sentence = text.substring(begin, end);
        if (!OPENING.matcher(sentence).find()) {
            return List.of(new int[] {begin, end});
        }
        Pattern later = Character.isDigit(sentence.charAt(0)) ? DAY_FIRST : NAME_FIRST;
        List<int[]> out = new ArrayList<>();
        int from = 0;
        Matcher m = later.matcher(sentence);
        while (m.find()) {
            int cut = m.start(1);
            int e = m.start();
            out.add(new int[] {begin + from, begin + e});
            from = cut;
        }
        out.add(new int[] {begin + from, end});
        return out;
    }
}

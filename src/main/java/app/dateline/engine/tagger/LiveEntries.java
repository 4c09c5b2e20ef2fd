package app.dateline.engine.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a live page stamped with a 24-hour clock time of four digits and a colon ("1905: Welcome to our
 * live coverage", "2159: The Heritage Foundation tweets: ..."), as the BBC writes them. Alone, "1905:" reads as a
 * year; a page is a live page when at least {@link #MIN_ENTRIES} of its lines open with such a number, every one of
 * them a clock time (hour 00-23, minute 00-59: a chronology's "1979:" or "1983:" is none) and newest first, as live
 * pages run (a chronology runs oldest first: "2003: Invasion ... 2004: Iraqi resistance expands ... 2009:").
 * A line the page's scraper ran into the one before ("Read her tweets 2156: Joshua Green ...") holds an entry too
 * when its clock time fits in the run between the entries that open the lines before and after it.
 */
final class LiveEntries {

    /** So many lines opening with a clock time make a live page. */
    static final int MIN_ENTRIES = 3;

    /** Four digits and a colon at the start of a line (past blanks), before the entry's words. */
    private static final Pattern LINE_ENTRY = Pattern.compile("(?m)^[ \\t]*(\\d{4}):[ \\t]+(?=\\S)");
    /** The same inside a line, after a word and before a capital: "Read her tweets 2156: Joshua Green". */
    private static final Pattern INNER_ENTRY = Pattern.compile("(?<=\\p{L}[ \\t])(\\d{4}):[ \\t]+(?=\\p{Lu})");

    private LiveEntries() {
    }

    /**
     * The live page's entries: the offset of each entry's four digits in {@code text}, with its clock time as
     * TIMEX3 writes it ("T19:05"), in the order of the text. Empty when the text is no live page.
     */
    static NavigableMap<Integer, String> clockTimes(String text) {
        List<int[]> lines = new ArrayList<>(); // {offset, minutes since midnight}
        Matcher m = LINE_ENTRY.matcher(text);
        while (m.find()) {
            int minutes = minutes(m.group(1));
            if (minutes < 0) {
                return Collections.emptyNavigableMap(); // "1979:": a year list, not a live page
            }
            lines.add(new int[] {m.start(1), minutes});
        }
        if (lines.size() < MIN_ENTRIES) {
            return Collections.emptyNavigableMap();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i)[1] > lines.get(i - 1)[1]) {
                return Collections.emptyNavigableMap(); // oldest first: a chronology
            }
        }
        NavigableMap<Integer, String> entries = new TreeMap<>();
        for (int[] line : lines) {
            entries.put(line[0], time(line[1]));
        }
        Matcher inner = INNER_ENTRY.matcher(text);
        while (inner.find()) {
            int minutes = minutes(inner.group(1));
            if (minutes >= 0 && fitsBetween(lines, inner.start(1), minutes)) {
                entries.put(inner.start(1), time(minutes));
            }
        }
        return entries;
    }

    /**
     * Whether {@code minutes} at {@code offset} is no later than the entry before it and no earlier than the one after:
     * the last line entry that starts before {@code offset} and the first that starts at or after it, found by a binary
     * search over the line entries (in the order of the text), so a page of many entries is read in n log n.
     */
    static boolean fitsBetween(List<int[]> lines, int offset, int minutes) {
        int after = firstAtOrAfter(lines, offset);
        if (after == 0 || after == lines.size()) {
            return false; // no entry before it, or none after it
        }
        return minutes <= lines.get(after - 1)[1] && minutes >= lines.get(after)[1];
    }

    /** The index of the first line entry starting at or after {@code offset}; {@code lines.size()} when there is none. */
    private static int firstAtOrAfter(List<int[]> lines, int offset) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid)[0] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** "1905" as minutes since midnight, or -1 when it is no clock time ("1979"). */
    private static int minutes(String digits) {
        int hour = Integer.parseInt(digits.substring(0, 2));
        int minute = Integer.parseInt(digits.substring(2));
        return hour > 23 || minute > 59 ? -1 : hour * 60 + minute;
    }

    private static String time(int minutes) {
        return String.format(Locale.ROOT, "T%02d:%02d", minutes / 60, minutes % 60);
    }
}

package app.dateline.engine.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header a wire story's first sentence carries before its news: summary bullets, a byline, the dateline and
 * the agency ("* Death is first in U.S. By Maggie Fox, Health and Science Editor WASHINGTON | Wed Apr 29, 2009
 * 7:30 pm BST WASHINGTON (Reuters) - "), up to the agency in brackets and its dash. Who wrote it, where and when
 * it was filed say nothing about which happening the sentence tells: two stories of one reporter and one day
 * shared their byline's and dateline's words and names, and were one event. The agencies are those of
 * {@code /dateline/labels/wire-agencies.txt}.
 */
final class WireHeader {

    /** A header ends within this many characters of the sentence's start. */
    private static final int LONGEST = 600;
    private static final Pattern AGENCY = compile();

    private WireHeader() {
    }

    /** {@code text} with its wire header, if any, blanked out by spaces (so offsets into it still hold). */
    static String blank(String text) {
        Matcher m = AGENCY.matcher(text);
        m.region(0, Math.min(text.length(), LONGEST));
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return text;
        }
        return " ".repeat(end) + text.substring(end);
    }

    private static Pattern compile() {
        try (InputStream in = WireHeader.class.getResourceAsStream("/dateline/labels/wire-agencies.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dateline/labels/wire-agencies.txt");
            }
            String agencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::quote).collect(Collectors.joining("|"));
            return Pattern.compile("\\((?:" + agencies + ")\\)\\s*[_\u2014\u2013-]+\\s*");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

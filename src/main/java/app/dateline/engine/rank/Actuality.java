package app.dateline.engine.rank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence tells an actual happening: a factor for importance, 1 for a plain report of what happened,
 * less for a plan, a hypothesis, a trend, a generic statement or someone's words, more for a turning point. The
 * phrases are data ({@code resources/dateline/rank/actuality.tsv}), each kind with an example.
 */
public final class Actuality {

    private static final String RESOURCE = "/dateline/rank/actuality.tsv";
    private static volatile Actuality english;

    /** One kind of statement: its factor, the phrases that show it, and an example sentence. */
    public record Kind(String name, double factor, Pattern phrases, String example) {
    }

    private final List<Kind> kinds;

    Actuality(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public static Actuality english() {
        Actuality a = english;
        if (a == null) {
            synchronized (Actuality.class) {
                if (english == null) {
                    english = load();
                }
                a = english;
            }
        }
        return a;
    }

    public List<Kind> kinds() {
        return kinds;
    }

    /** The kinds the sentence shows, in the order of the table. */
    public List<Kind> kindsIn(String sentence) {
        List<Kind> out = new ArrayList<>();
        for (Kind k : kinds) {
            if (k.phrases().matcher(sentence).find()) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The factor of a sentence: the smallest factor below 1 among the kinds it shows (a plan stays a plan
     * whoever tells it), times the largest above 1.
     */
    public double factor(String sentence) {
        double low = 1;
        double high = 1;
        for (Kind k : kindsIn(sentence)) {
            low = Math.min(low, k.factor());
            high = Math.max(high, k.factor());
        }
        return low * high;
    }

    /** Words before and after the date phrase that {@link #around} keeps: the verb that tells the event. */
    static final int WORDS_BEFORE = 8;
    static final int WORDS_AFTER = 12;

    /**
     * The part of an event's sentence that speaks of its date: {@value #WORDS_BEFORE} words before the date phrase
     * and {@value #WORDS_AFTER} after it, within the sentence ("...took another blow when Biden announced last
     * month he had ordered a strike" is about the strike, whatever the rest of the sentence says will happen).
     */
    public static String around(app.dateline.engine.event.Event e) {
        String s = e.sentence();
        int begin = Math.max(0, Math.min(s.length(), e.mention().begin() - e.sentenceBegin()));
        int end = Math.max(begin, Math.min(s.length(), e.mention().end() - e.sentenceBegin()));
        int from = begin;
        for (int words = 0; from > 0 && words <= WORDS_BEFORE; from--) {
            if (Character.isWhitespace(s.charAt(from - 1)) && from < begin && !Character.isWhitespace(s.charAt(from))) {
                words++;
            }
        }
        int to = end;
        for (int words = 0; to < s.length() && words <= WORDS_AFTER; to++) {
            if (Character.isWhitespace(s.charAt(to)) && to > end && !Character.isWhitespace(s.charAt(to - 1))) {
                words++;
            }
        }
        return s.substring(from, to);
    }

    private static Actuality load() {
        List<Kind> kinds = new ArrayList<>();
        try (InputStream in = Actuality.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": expected kind, factor, phrases, example: " + line);
                }
                List<String> alternatives = new ArrayList<>();
                for (String phrase : cols[2].split("\\|")) {
                    alternatives.add(Pattern.quote(phrase.strip().toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
                }
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                kinds.add(new Kind(cols[0].strip(), Double.parseDouble(cols[1].strip()), p, cols[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Actuality(kinds);
    }
}

package app.dateline.engine.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Apostrophes a scrape lost ("Prabhakaran s corpse", "I couldn t continue"): which word after a space is an
 * ending that belongs to the word before (data: {@code labels/lost-apostrophes.txt}, one ending and the pattern of
 * the word before a line).
 */
final class LostApostrophes {

    private static final String RESOURCE = "/dateline/labels/lost-apostrophes.txt";
    private static final Map<String, Pattern> ENDINGS = load();

    private LostApostrophes() {
    }

    /** Whether {@code word}, written after a space, is the ending of {@code before} that lost its apostrophe. */
    static boolean lost(String before, String word) {
        Pattern p = ENDINGS.get(word);
        return p != null && p.matcher(before).matches();
    }

    private static Map<String, Pattern> load() {
        try (InputStream in = LostApostrophes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Pattern> m = new HashMap<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": no tab in line '" + line + "'");
                }
                m.put(parts[0].strip().toLowerCase(Locale.ROOT), Pattern.compile(parts[1].strip(), Pattern.CASE_INSENSITIVE));
            }
            return Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

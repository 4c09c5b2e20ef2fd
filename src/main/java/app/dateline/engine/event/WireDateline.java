package app.dateline.engine.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dateline a wire story opens with ("CANBERRA, Australia (AP)_ ", "WASHINGTON (Reuters) - "): where it was
 * filed and by whom, never part of what happened. The agencies are in {@code /dateline/labels/wire-agencies.txt}.
 */
final class WireDateline {

    private static final Pattern DATELINE = compile();

    private WireDateline() {
    }

    /** {@code text} without a wire dateline at its start. */
    static String strip(String text) {
        return DATELINE.matcher(text).replaceFirst("");
    }

    private static Pattern compile() {
        try (InputStream in = WireDateline.class.getResourceAsStream("/dateline/labels/wire-agencies.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dateline/labels/wire-agencies.txt");
            }
            String agencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::quote).collect(Collectors.joining("|"));
            // a place in capitals, maybe a region ("Australia", "Calif."), the agency, then a dash or an underscore
            return Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'-]*(?:,\\s*[\\p{L}.' -]{2,30}?)?\\s*\\((?:" + agencies + ")\\)\\s*[_\u2014\u2013-]+\\s*");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

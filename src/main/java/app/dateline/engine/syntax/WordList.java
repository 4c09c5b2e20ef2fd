package app.dateline.engine.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A word list resource: one entry a line, lower-cased; blank lines and {@code #} comments skipped. */
public final class WordList {

    private WordList() {
    }

    public static Set<String> load(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of several lists together. */
    public static Set<String> loadAll(String... names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            words.addAll(load(name));
        }
        return Set.copyOf(words);
    }
}

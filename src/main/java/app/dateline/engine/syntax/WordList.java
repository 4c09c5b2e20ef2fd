package app.dateline.engine.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The words of a list as written (case kept), in its order: blank lines and {@code #} comments skipped. */
    public static List<String> loadAsWritten(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
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

    /**
     * A table of word classes: "class TAB word" a line, blank lines and {@code #} comments skipped; each class's words
     * lower-cased. A line of another shape is refused with the resource's name.
     */
    public static Map<String, Set<String>> loadClasses(String name) {
        Map<String, Set<String>> classes = new HashMap<>();
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\t");
                if (fields.length != 2) {
                    throw new IllegalStateException(name + ": not \"class TAB word\": " + line);
                }
                classes.computeIfAbsent(fields[0], k -> new HashSet<>()).add(fields[1].toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        classes.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(classes);
    }

    /** One class of a table of {@link #loadClasses}; refused with the resource's name when the table lacks it. */
    public static Set<String> wordClass(Map<String, Set<String>> classes, String name, String wordClass) {
        Set<String> words = classes.get(wordClass);
        if (words == null) {
            throw new IllegalStateException(name + ": no class " + wordClass);
        }
        return words;
    }
}

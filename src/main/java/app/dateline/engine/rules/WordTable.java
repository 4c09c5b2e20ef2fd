package app.dateline.engine.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list with the normalised value of each word, read from a TSV resource: {@code word<TAB>value}, and
 * optionally {@code <TAB>cs} for a word that counts only when written with a capital ("May", "March").
 * Lines starting with {@code #} are comments. A table is both a pattern macro and a normaliser.
 */
public final class WordTable {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String name;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> capitalOnly = new HashSet<>();
    private final List<String> words = new ArrayList<>();

    private WordTable(String name) {
        this.name = name;
    }

    public static WordTable load(String name, InputStream in) {
        WordTable table = new WordTable(name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2) {
                    throw new IllegalStateException("word table " + name + " line " + number + ": expected word<TAB>value");
                }
                String word = cells[0].strip();
                table.words.add(word);
                table.values.put(word.toLowerCase(Locale.ROOT), cells[1].strip());
                if (cells.length > 2 && cells[2].strip().equals("cs")) {
                    table.capitalOnly.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    public String name() {
        return name;
    }

    /** The value of a word as matched in text (any spacing), or null when it is not in the table. */
    public String value(String matched) {
        return values.get(normalise(matched));
    }

    /** False for a word the table only accepts with a capital ("may" the verb is not the month). */
    public boolean accepts(String matched) {
        String key = normalise(matched);
        if (!values.containsKey(key)) {
            return false;
        }
        return !capitalOnly.contains(key) || Character.isUpperCase(matched.charAt(0));
    }

    /** The table's words as written, in its order. */
    public List<String> words() {
        return java.util.Collections.unmodifiableList(words);
    }

    /** A regex alternation of all words, longest first, spaces matching any run of white space. */
    public String alternation() {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|"));
    }

    static String normalise(String matched) {
        String lower = matched.toLowerCase(Locale.ROOT);
        // most words hold no white space ("\\s": space, tab, line breaks, form feed): nothing to replace
        return (hasRegexSpace(lower) ? SPACES.matcher(lower).replaceAll(" ") : lower).strip();
    }

    private static boolean hasRegexSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}

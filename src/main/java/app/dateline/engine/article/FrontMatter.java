package app.dateline.engine.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional YAML block at the top of an article: a line {@code ---}, YAML, a line {@code ---}.
 * {@link #split} finds it and returns the body that follows, unchanged. Lines may end in LF, CRLF or a lone CR.
 * <p>
 * The block is bounded before it reaches the YAML parser ({@link FrontMatterYaml}): one over
 * {@value #MAX_CHARS} characters, or with a line over {@value #MAX_LINE} characters (a base64 picture), is
 * read line by line instead, its long lines left out, with a warning; the body is read as ever.
 */
public record FrontMatter(String title, String publisher, LocalDate published, String body, List<String> warnings) {

    /** Front matter larger than this is not given to the YAML parser. */
    public static final int MAX_CHARS = 64 * 1024;
    /** A front matter line (a scalar) longer than this is not given to the YAML parser, nor read. */
    public static final int MAX_LINE = 4 * 1024;

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(?:\\r\\n|\\r|\\n)");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r\\n|\\r|\\n|\\z)", Pattern.MULTILINE);
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    /** A YAML timestamp: its date as written, whatever the time and zone after it. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(?:[ \\t]*(?:Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    /** Splits text into front matter and body. Text without front matter is all body. */
    public static FrontMatter split(String text) {
        Matcher open = OPENING.matcher(text);
        if (!open.find()) {
            return new FrontMatter(null, null, null, text, List.of());
        }
        Matcher close = CLOSING.matcher(text);
        if (!close.find(open.end())) {
            return new FrontMatter(null, null, null, text,
                    List.of("front matter is not closed (no second '---' line); the whole file is read as the body"));
        }
        String yaml = text.substring(open.end(), close.start());
        String body = text.substring(close.end());
        List<String> warnings = new ArrayList<>();
        Map<?, ?> fields;
        int longest = longestLine(yaml);
        if (yaml.length() > MAX_CHARS || longest > MAX_LINE) {
            fields = lines(yaml);
            warnings.add(String.format(Locale.ROOT, "front matter is too large to read as YAML (%,d characters, longest line %,d;"
                    + " at most %,d and %,d); its short 'key: value' lines are read, the longer ones left out",
                    yaml.length(), longest, MAX_CHARS, MAX_LINE));
        } else {
            try {
                Object parsed = yaml.isBlank() ? Map.of() : FrontMatterYaml.parse(yaml);
                if (!(parsed instanceof Map<?, ?> map)) {
                    warnings.add("front matter is not a list of 'key: value' lines; it is ignored");
                    return new FrontMatter(null, null, null, body, warnings);
                }
                fields = map;
            } catch (RuntimeException | StackOverflowError e) {
                // "title: Castro: Elian's Dad May Come" is not YAML, but its meaning is plain: read it line by line.
                fields = lines(yaml);
                warnings.add("front matter is not valid YAML (" + FrontMatterYaml.problem(e) + "); read line by line");
            }
        }
        String title = text(fields, "title", warnings);
        String publisher = text(fields, "publisher", warnings);
        LocalDate published = null;
        String dateKey = fields.containsKey("published") ? "published" : "date";
        Object date = fields.get(dateKey);
        if (date != null) {
            published = date(date);
            if (published == null) {
                warnings.add("'" + dateKey + ": " + shorten(describe(date)) + "' is not a valid date (YYYY-MM-DD); the article date is unknown");
            } else if (published.getYear() < 1 || published.getYear() > 9999) {
                warnings.add("'" + dateKey + ": " + published + "' is outside the years 1 to 9999; the article date is unknown");
                published = null;
            }
        }
        return new FrontMatter(title, publisher, published, body, warnings);
    }

    /**
     * Where a block that looks like front matter ends at the start of {@code text}, or 0: for text made from
     * HTML, where such a block is only markup and sets nothing.
     */
    static int blockEnd(String text) {
        Matcher open = OPENING.matcher(text);
        if (!open.find()) {
            return 0;
        }
        Matcher close = CLOSING.matcher(text);
        return close.find(open.end()) ? close.end() : 0;
    }

    private static int longestLine(String yaml) {
        int longest = 0;
        int start = 0;
        Matcher m = LINE_BREAK.matcher(yaml);
        while (m.find()) {
            longest = Math.max(longest, m.start() - start);
            start = m.end();
        }
        return Math.max(longest, yaml.length() - start);
    }

    // Greedy to the end of the line, then stripped: a lazy group before "\\s*$" is slow on long blank runs.
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w-]*)[ \\t]*:(.*)$", Pattern.MULTILINE);

    private static Map<String, String> lines(String yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = KEY_VALUE.matcher(yaml);
        while (m.find()) {
            if (m.end() - m.start() > MAX_LINE) {
                continue;
            }
            String value = m.group(2).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        return fields;
    }

    /** A field that should be text: text, a number or a truth value; anything else is a warning and null. */
    private static String text(Map<?, ?> fields, String key, List<String> warnings) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString().strip();
        }
        warnings.add("'" + key + "' is not text (" + describe(value) + "); it is left out");
        return null;
    }

    private static String describe(Object value) {
        if (value instanceof byte[] bytes) {
            return "binary data of " + bytes.length + " bytes";
        }
        if (value instanceof List<?> || value instanceof Object[]) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date) {
            return value.toString();
        }
        return "a value of another kind";
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            return null;
        }
        Matcher m = TIMESTAMP.matcher(value.toString().strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String shorten(String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        return line.length() <= 40 ? line : line.substring(0, 39) + "\u2026";
    }
}

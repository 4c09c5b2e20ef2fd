package app.dateline.engine.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional YAML block at the top of an article: a line {@code ---}, YAML, a line {@code ---}.
 * {@link #split} finds it and returns the body that follows, unchanged.
 */
public record FrontMatter(String title, String publisher, LocalDate published, String body, List<String> warnings) {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.MULTILINE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
        try {
            Object parsed = yaml.isBlank() ? Map.of() : YAML.readValue(yaml, Object.class);
            if (!(parsed instanceof Map<?, ?> map)) {
                warnings.add("front matter is not a list of 'key: value' lines; it is ignored");
                return new FrontMatter(null, null, null, body, warnings);
            }
            fields = map;
        } catch (Exception e) {
            // "title: Castro: Elian's Dad May Come" is not YAML, but its meaning is plain: read it line by line.
            fields = lines(yaml);
            warnings.add("front matter is not valid YAML (" + firstLine(e.getMessage()) + "); read line by line");
        }
        String title = text(fields.get("title"));
        String publisher = text(fields.get("publisher"));
        LocalDate published = null;
        Object date = fields.containsKey("published") ? fields.get("published") : fields.get("date");
        if (date != null) {
            published = date(date);
            if (published == null) {
                warnings.add("'published: " + shorten(date.toString()) + "' is not a valid date (YYYY-MM-DD); the article date is unknown");
            } else if (published.getYear() < 1 || published.getYear() > 9999) {
                warnings.add("'published: " + published + "' is outside the years 1 to 9999; the article date is unknown");
                published = null;
            }
        }
        return new FrontMatter(title, publisher, published, body, warnings);
    }

    // Greedy to the end of the line, then stripped: a lazy group before "\\s*$" is slow on long blank runs.
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w-]*)[ \\t]*:(.*)$", Pattern.MULTILINE);

    private static Map<String, String> lines(String yaml) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher m = KEY_VALUE.matcher(yaml);
        while (m.find()) {
            String value = m.group(2).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            fields.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String s = value.toString().strip();
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        return line.length() <= 40 ? line : line.substring(0, 39) + "\u2026";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

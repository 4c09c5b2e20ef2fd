package app.dateline.spark;

import app.dateline.engine.story.DateWindow;
import app.dateline.engine.story.StoryQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the job is asked to do (see {@link #USAGE}).
 *
 * @param inputs    folders or files of articles, JSON Lines or Parquet files (or folders of them, with {@code --format})
 * @param format    {@code auto} (by extension: .jsonl/.json/.ndjson rows, .parquet rows, anything else article files),
 *                  {@code files}, {@code jsonl} or {@code parquet}
 * @param columns   the row columns to read for {@code id, published, title, publisher, text}
 * @param blocks    {@code auto} (the whole archive at once up to 20,000 mentions, else distributed),
 *                  {@code whole} or {@code cells} (cell by cell: {@link HomeCells}; {@code linked}, the older name, is
 *                  the same)
 */
public record JobOptions(List<String> inputs, String out, String format, Map<String, String> columns, boolean jsonLines,
                         LocalDate dct, String blocks, String master, int partitions, StoryQuery story, DateWindow window,
                         String storyOut, String storyTitle, int top) implements Serializable {

    /** The story's key events by default: the key-events control's "Top 20". */
    public static final int DEFAULT_TOP = 20;

    public static final String USAGE = String.join("\n",
            "Usage: SparkMain --out DIR [options] INPUT...",
            "  INPUT                 a folder or file of articles (.txt .md .html...), a JSON Lines or a Parquet file",
            "  --out DIR             where mentions/, events/ and problems/ (Parquet) are written",
            "  --jsonl               also write mentions.jsonl/, events.jsonl/, problems.jsonl/ (JSON Lines)",
            "  --format F            auto (default), files, jsonl or parquet",
            "  --column NAME=COL     the row column for id, published, title, publisher or text (repeat)",
            "  --dct YYYY-MM-DD      article date for articles that give none",
            "  --blocks B            auto (default), whole or cells (linked: the same): merged at once, or cell by cell",
            "  --partitions N        partitions for the articles (default: Spark's default parallelism x 4)",
            "  --master M            Spark master when none is set (default local[*])",
            "  --story QUERY         also write a story: words with AND/OR, e.g. 'Taliban AND (China OR Russia)'",
            "  --from YYYY-MM-DD --to YYYY-MM-DD   the story's date window (either may be left out)",
            "  --story-out FILE      the story's dateline-events JSON (default OUT/story.json)",
            "  --title T             the story's title (default: the query)",
            "  --top N               the story's N most important events (default " + DEFAULT_TOP + "; 0: every event)");

    public static final List<String> FIELDS = List.of("id", "published", "title", "publisher", "text");

    /** @throws IllegalArgumentException with a message for the user */
    public static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String format = "auto";
        Map<String, String> columns = new LinkedHashMap<>();
        FIELDS.forEach(f -> columns.put(f, f));
        boolean jsonLines = false;
        LocalDate dct = null;
        String blocks = "auto";
        String master = "local[*]";
        int partitions = 0;
        String story = null;
        LocalDate from = null;
        LocalDate to = null;
        String storyOut = null;
        String title = null;
        Integer top = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--jsonl" -> jsonLines = true;
                case "--format" -> format = oneOf(value(args, ++i, a), a, "auto", "files", "jsonl", "parquet");
                case "--column" -> {
                    String v = value(args, ++i, a);
                    int eq = v.indexOf('=');
                    if (eq <= 0 || !FIELDS.contains(v.substring(0, eq))) {
                        throw new IllegalArgumentException("--column wants NAME=COLUMN with NAME one of " + FIELDS + ", not '" + v + "'");
                    }
                    columns.put(v.substring(0, eq), v.substring(eq + 1));
                }
                case "--dct" -> dct = date(value(args, ++i, a), a);
                case "--blocks" -> blocks = oneOf(value(args, ++i, a), a, "auto", "whole", "cells", "linked");
                case "--master" -> master = value(args, ++i, a);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--story" -> story = value(args, ++i, a);
                case "--from" -> from = date(value(args, ++i, a), a);
                case "--to" -> to = date(value(args, ++i, a), a);
                case "--story-out" -> storyOut = value(args, ++i, a);
                case "--title" -> title = value(args, ++i, a);
                case "--top" -> top = count(value(args, ++i, a), a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one INPUT");
        }
        if (story == null && (from != null || to != null || storyOut != null || title != null || top != null)) {
            throw new IllegalArgumentException("--from, --to, --story-out, --title and --top belong to --story");
        }
        StoryQuery query = story == null ? null : StoryQuery.parse(story);
        return new JobOptions(List.copyOf(inputs), out, format, Map.copyOf(columns), jsonLines, dct, blocks, master, partitions,
                query, new DateWindow(from, to), story == null ? null : storyOut != null ? storyOut : out + "/story.json",
                title != null ? title : story, top != null ? top : DEFAULT_TOP);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String oneOf(String v, String option, String... allowed) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(lower)) {
            throw new IllegalArgumentException(option + " is one of " + String.join(", ", allowed) + ", not '" + v + "'");
        }
        return lower;
    }

    private static int count(String v, String option) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " wants a number of events (0 for all), not '" + v + "'");
    }

    private static LocalDate date(String v, String option) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " wants a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** The format of one input: its own by extension under {@code auto}. */
    String formatOf(String input) {
        if (!format.equals("auto")) {
            return format;
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")) {
            return "jsonl";
        }
        return lower.endsWith(".parquet") ? "parquet" : "files";
    }
}

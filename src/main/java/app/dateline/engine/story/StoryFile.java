package app.dateline.engine.story;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Event;
import app.dateline.engine.export.EventsJsonExporter;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.project.KeptText;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.AnchorKind;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import app.dateline.engine.text.Sentence;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A timeline read back from a {@code dateline-events} file ({@code export --format json}, or a story the archive
 * job wrote) when its articles are not on this machine. Each article is rebuilt from what the file keeps of it:
 * its paragraphs that hold events (the sources' excerpts), in their order, one blank line apart; offsets are moved
 * to that text, so every view (the article with its phrases marked, the sources, corrections, exports) works on
 * it. The file's merging is kept: {@link #groups()} lists the sources of each merged event by their new ids.
 *
 * @param title   the file's title
 * @param reading the rebuilt articles with their events, in the order their folder is read (by path), so that the
 *                window colours them as when it opens the folder
 * @param groups  the ids of the sources of each event that has several
 * @param texts   each event's label and summary in the file, by the ids of its sources: rebuilt from excerpts, the
 *                source that tells an event best may differ, and the story should read as it was saved
 */
public record StoryFile(String title, CorpusExtraction reading, List<Set<String>> groups, Map<String, KeptText> texts) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARAGRAPH_BREAK = "\n\n";

    /** True when the paths are one {@code .json} file that says it is {@code dateline-events}. */
    public static boolean isStory(List<Path> paths) {
        if (paths.size() != 1) {
            return false;
        }
        Path p = paths.get(0);
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(p)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("\"" + EventsJsonExporter.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the corrections to a story file are kept: beside it, {@code story.json} has {@code story.dateline.json}. */
    public static Path projectFile(Path story) {
        Path abs = story.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        return abs.resolveSibling(name.substring(0, name.length() - ".json".length()) + app.dateline.engine.project.ProjectFile.EXTENSION);
    }

    /** @throws IOException naming the file and what is wrong with it */
    public static StoryFile read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not a readable JSON file (" + firstLine(e.getMessage()) + ")", e);
        }
        if (root == null || !EventsJsonExporter.FORMAT.equals(root.path("format").asText()) || !root.path("events").isArray()) {
            throw new IOException(file + " is not a dateline-events file (no \"format\": \"dateline-events\" with events)");
        }
        try {
            return rebuild(root);
        } catch (RuntimeException e) {
            throw new IOException(file + " has an event Dateline cannot read back (" + e.getMessage() + ")", e);
        }
    }

    private record Told(JsonNode event, JsonNode source) {
    }

    private static StoryFile rebuild(JsonNode root) {
        Map<String, List<Told>> byArticle = new TreeMap<>(); // by path: the order a folder is read in
        Map<String, JsonNode> articleNodes = new LinkedHashMap<>();
        for (JsonNode e : root.get("events")) {
            for (JsonNode s : e.path("sources")) {
                String source = s.path("article").path("source").asText();
                articleNodes.putIfAbsent(source, s.path("article"));
                byArticle.computeIfAbsent(source, k -> new ArrayList<>()).add(new Told(e, s));
            }
        }
        Segmenter segmenter = new Segmenter();
        Map<JsonNode, String> newIds = new java.util.IdentityHashMap<>();
        List<ArticleExtraction> articles = new ArrayList<>();
        for (Map.Entry<String, List<Told>> a : byArticle.entrySet()) {
            TreeMap<Integer, String> excerpts = new TreeMap<>();
            for (Told t : a.getValue()) {
                excerpts.putIfAbsent(t.source().path("excerptBegin").asInt(), t.source().path("excerpt").asText());
            }
            StringBuilder body = new StringBuilder();
            Map<Integer, Integer> moved = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> x : excerpts.entrySet()) {
                if (body.length() > 0) {
                    body.append(PARAGRAPH_BREAK);
                }
                moved.put(x.getKey(), body.length());
                body.append(x.getValue());
            }
            JsonNode info = articleNodes.get(a.getKey());
            LocalDate date = date(info.path("date"));
            Article article = new Article(a.getKey(), text(info.path("title")), text(info.path("publisher")), date,
                    date == null ? DateOrigin.UNKNOWN : DateOrigin.FRONT_MATTER, body.toString(), List.of());
            SegmentedText segmented = segmenter.segment(article.body());
            List<Event> events = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Told t : a.getValue()) {
                JsonNode s = t.source();
                int oldExcerpt = s.path("excerptBegin").asInt();
                int shift = moved.get(oldExcerpt) - oldExcerpt;
                int begin = s.path("begin").asInt() + shift;
                int end = s.path("end").asInt() + shift;
                Sentence sentence = segmented.sentenceAt(begin);
                Mention m = new Mention(begin, end, s.path("text").asText(), timex(t), anchor(s, date),
                        sentence == null ? 0 : sentence.index(), sentence == null ? 0 : sentence.paragraph(), s.path("origin").asText());
                String id = a.getKey() + "#" + begin + "-" + end;
                newIds.put(s, id);
                if (seen.add(id)) {
                    events.add(new Event(id, article, m, s.path("label").asText(), s.path("sentence").asText(),
                            s.path("excerpt").asText(), s.path("sentenceBegin").asInt() + shift, moved.get(oldExcerpt)));
                }
            }
            events.sort(java.util.Comparator.comparingInt((Event e) -> e.mention().begin()).thenComparingInt(e -> e.mention().end()));
            articles.add(new ArticleExtraction(article, segmented, events));
        }
        List<Set<String>> groups = new ArrayList<>();
        Map<String, KeptText> texts = new LinkedHashMap<>();
        for (JsonNode e : root.get("events")) {
            Set<String> ids = new LinkedHashSet<>();
            e.path("sources").forEach(s -> ids.add(newIds.get(s)));
            if (ids.size() > 1) {
                groups.add(ids);
            }
            if (e.path("label").isTextual() && e.path("summary").isTextual()) {
                KeptText kept = new KeptText(e.path("label").asText(), e.path("summary").asText(), ids.size());
                ids.forEach(id -> texts.put(id, kept));
            }
        }
        return new StoryFile(root.path("title").asText(""), new CorpusExtraction(articles, List.of()), groups, texts);
    }

    /** The source's own date; its type is the event's when it is the only source (merged sources are dates or times). */
    private static Timex timex(Told t) {
        JsonNode s = t.source();
        String value = s.path("value").asText();
        TimexType type = t.event().path("sources").size() == 1 ? TimexType.valueOf(t.event().path("type").asText())
                : value.indexOf('T') > 0 ? TimexType.TIME : TimexType.DATE;
        TimexMod mod = s.path("mod").isTextual() ? TimexMod.valueOf(s.path("mod").asText()) : null;
        Timex parsed = Timex.of(type, value, mod);
        LocalDate from = date(s.path("from"));
        LocalDate to = date(s.path("to"));
        return from == null || to == null ? parsed : new Timex(type, value, mod, from, to, parsed.granularity());
    }

    private static Anchor anchor(JsonNode s, LocalDate articleDate) {
        String code = s.path("anchor").asText();
        AnchorKind kind = AnchorKind.EXPLICIT;
        for (AnchorKind k : AnchorKind.values()) {
            if (k.code().equals(code)) {
                kind = k;
            }
        }
        return new Anchor(kind, articleDate, text(s.path("anchorNote")));
    }

    private static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

package app.dateline.engine.event;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures a candidate ranker beside {@link TriggerFinder}'s rules (README, "A candidate ranker measured"): for
 * every DATE/TIME mention of an {@code extract --format jsonl} output, the words of its sentence that could be its
 * trigger (verb heads, event nouns, and the rules' choice), each with NON-lexical features: part of speech,
 * side and distance, commas, boundaries, wh-words, quotes between, nearest verb or event noun on either side,
 * first finite verb, word-list classes (reporting, intent, "be"), the shape of the date, and where the rules'
 * choice lies. No word of the corpus is a feature. {@code src/bench/python/trigger_ranker.py} trains and scores.
 *
 * <pre>java -cp target/dateline.jar:BENCH_CLASSES app.dateline.engine.event.TriggerCandidateBench MENTIONS.jsonl ARTICLES_DIR OUT.jsonl</pre>
 */
public final class TriggerCandidateBench {

    private static final Set<String> REPORTING = WordList.load("/dateline/syntax/reporting-verbs.txt");
    private static final Set<String> INTENT = WordList.load("/dateline/syntax/intent-verbs.txt");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "--", "(", ")", "\u2014", "\u2013", "-LRB-", "-RRB-");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private final TriggerFinder finder = new TriggerFinder();
    private final SentenceParser parser = new SentenceParser();
    private final Lemmatizer lemmatizer = new Lemmatizer();

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: TriggerCandidateBench MENTIONS.jsonl ARTICLES_DIR OUT.jsonl");
            System.exit(2);
        }
        new TriggerCandidateBench().run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    private void run(Path mentions, Path articles, Path out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArticleReader reader = new ArticleReader();
        Map<String, String> bodies = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(mentions, StandardCharsets.UTF_8);
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode m = json.readTree(line);
                String type = m.get("type").asText();
                if (!type.equals("DATE") && !type.equals("TIME")) {
                    continue;
                }
                String source = m.get("source").asText();
                String body = bodies.get(source);
                if (body == null) {
                    body = reader.read(articles.resolve(Path.of(source).getFileName())).body();
                    bodies.put(source, body);
                }
                int begin = m.get("begin").asInt();
                int end = m.get("end").asInt();
                String sentence = m.get("sentence").asText();
                int offset = body.lastIndexOf(sentence, begin);
                if (offset < 0 || offset + sentence.length() < end) {
                    System.err.println("skipped " + source + " " + begin + ": its sentence is not in the body");
                    continue;
                }
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("source", source);
                record.put("begin", begin);
                record.put("end", end);
                ParsedSentence p = parser.parse(sentence, offset);
                int rule = finder.index(p, begin - offset, end - offset);
                record.put("rule", rule);
                record.put("cands", candidates(p, begin - offset, end - offset, rule));
                w.println(json.writeValueAsString(record));
            }
        }
    }

    private List<Map<String, Object>> candidates(ParsedSentence p, int begin, int end, int rule) {
        List<Token> t = p.tokens();
        int ds = p.tokenAt(begin);
        int de = ds;
        while (de + 1 < t.size() && t.get(de + 1).begin() < end) {
            de++;
        }
        int verbLeft = -1;
        int verbRight = -1;
        int nounLeft = -1;
        int firstFinite = -1;
        for (int i = 0; i < t.size(); i++) {
            boolean verb = finder.isVerbHead(p, i);
            verbLeft = verb && i < ds ? i : verbLeft;
            verbRight = verb && i > de && verbRight < 0 ? i : verbRight;
            nounLeft = finder.isEventNoun(t.get(i)) && i < ds ? i : nounLeft;
            firstFinite = verb && firstFinite < 0 && FINITE.contains(t.get(i).tag()) ? i : firstFinite;
        }
        boolean opens = true;
        for (int k = 0; k < ds; k++) {
            String tag = t.get(k).tag();
            opens &= tag.equals("IN") || tag.equals("DT") || tag.equals("RB");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            boolean verb = finder.isVerbHead(p, i);
            boolean noun = finder.isEventNoun(w);
            if (i >= ds && i <= de || !verb && !noun && i != rule) {
                continue;
            }
            Map<String, Double> x = new TreeMap<>();
            boolean left = i < ds;
            String dir = left ? "L" : "R";
            String tag = w.tag();
            x.put("cls=" + (verb ? "V_" + (tag.equals("VBZ") || tag.equals("VBP") ? "VBPZ" : tag) : noun ? "N" : "O_" + tag.substring(0, Math.min(2, tag.length()))), 1.0);
            int dist = left ? ds - i : i - de;
            x.put(dir + "dist=" + (dist <= 1 ? "1" : dist <= 2 ? "2" : dist <= 4 ? "3-4" : dist <= 8 ? "5-8" : dist <= 16 ? "9-16" : "17+"), 1.0);
            x.put(left ? "left" : "right", 1.0);
            int commas = 0;
            for (int k = Math.min(i, ds) + 1; k < Math.max(i, de); k++) {
                if (k >= ds && k <= de) {
                    continue;
                }
                Token b = t.get(k);
                commas += b.text().equals(",") ? 1 : 0;
                flag(x, "bound", BOUNDARIES.contains(b.text()));
                flag(x, "wh", b.tag().startsWith("W"));
                flag(x, "quote", QUOTES.contains(b.text()));
                flag(x, "cc", b.tag().equals("CC"));
            }
            x.put("commas=" + Math.min(commas, 2), 1.0);
            flag(x, "rule", i == rule);
            flag(x, "evnoun", noun);
            flag(x, "nearestVerbLeft", i == verbLeft);
            flag(x, "nearestVerbRight", i == verbRight);
            flag(x, "nearestNounLeft", i == nounLeft);
            flag(x, "firstFinite", i == firstFinite);
            String lemma = lemmatizer.lemma(w);
            flag(x, "reporting", verb && REPORTING.contains(lemma));
            flag(x, "intent", verb && INTENT.contains(lemma));
            flag(x, "be", verb && lemma.equals("be"));
            flag(x, "governsInf", i + 2 < t.size() && t.get(i + 1).tag().equals("TO") && t.get(i + 2).tag().startsWith("VB"));
            flag(x, "infinitive", i > 0 && t.get(i - 1).tag().equals("TO"));
            flag(x, "sameChunk", p.chunkOf(i) >= 0 && p.chunkOf(i) == p.chunkOf(ds));
            flag(x, "dateOpens_" + dir, opens);
            flag(x, "dateRB_" + dir, ds == de && t.get(ds).tag().startsWith("RB"));
            flag(x, "dateAfterComma_" + dir, ds > 0 && t.get(ds - 1).text().equals(","));
            flag(x, "dateBeforeComma_" + dir, de + 1 < t.size() && t.get(de + 1).text().equals(","));
            flag(x, "dateEnds_" + dir, de + 1 >= t.size() || t.get(de + 1).isPunctuation() && !t.get(de + 1).text().equals(","));
            if (rule >= 0 && i != rule) {
                x.put(rule < ds ? "ruleLeft" : "ruleRight", 1.0);
                x.put(finder.isEventNoun(t.get(rule)) ? "ruleIsNoun" : "ruleIsOther", 1.0);
                if (left == rule < ds) {
                    x.put(Math.abs(i - ds) < Math.abs(rule - ds) ? "nearerThanRule" : "fartherThanRule", 1.0);
                }
            }
            flag(x, "ruleNone", rule < 0);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("i", i);
            c.put("begin", p.offset() + w.begin());
            c.put("end", p.offset() + w.end());
            c.put("x", x);
            out.add(c);
        }
        return out;
    }

    private static void flag(Map<String, Double> x, String name, boolean on) {
        if (on) {
            x.put(name, 1.0);
        }
    }
}

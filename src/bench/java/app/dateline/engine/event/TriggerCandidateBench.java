package app.dateline.engine.event;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.syntax.Token;
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
import java.util.TreeMap;

/**
 * Dumps the trigger candidates of every DATE/TIME mention of an {@code extract --format jsonl} output for training
 * and measuring {@link TriggerRanker} (README, "The trigger ranker"): the words {@link TriggerCandidates} offers
 * (verb heads, event nouns, the rules' choice), each with its features, and the rules' own choice
 * ({@link TriggerFinder#ruleIndex}). {@code src/bench/python/trigger_cv.py} cross-validates and trains.
 *
 * <pre>java -cp target/dateline.jar:BENCH_CLASSES app.dateline.engine.event.TriggerCandidateBench MENTIONS.jsonl ARTICLES_DIR OUT.jsonl</pre>
 */
public final class TriggerCandidateBench {

    private final TriggerFinder finder = new TriggerFinder();
    private final SentenceParser parser = new SentenceParser();
    private final TriggerCandidates candidates = new TriggerCandidates(finder);

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
                int rule = finder.ruleIndex(p, begin - offset, end - offset);
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
        List<Map<String, Object>> out = new ArrayList<>();
        for (TriggerCandidates.Candidate candidate : candidates.of(p, ds, de, rule)) {
            Token w = t.get(candidate.index());
            Map<String, Double> x = new TreeMap<>();
            candidate.features().forEach(f -> x.put(f, 1.0));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("i", candidate.index());
            c.put("begin", p.offset() + w.begin());
            c.put("end", p.offset() + w.end());
            c.put("text", w.text());
            c.put("x", x);
            out.add(c);
        }
        return out;
    }
}

package app.dateline.engine.event;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.text.Sentence;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the nlp4j dependency parser as a trigger finder, beside {@link TriggerFinder}'s rules: it extracts a
 * folder as {@code extract} does, parses every sentence that holds a DATE or TIME with nlp4j (POS and dependency
 * models only; the word embeddings and the NER resources are left out), and writes one JSON Lines file of mentions
 * per way of choosing the trigger, for {@code anchor_score.py}. Prints the parser's load time, heap after loading
 * and speed. Test scope, run with the {@code parser-bench} profile; nothing of it is in the jar.
 *
 * <p>Usage: {@code DependencyTriggerBench [--full] OUT_PREFIX FOLDER [OUT_PREFIX FOLDER]...}: for each folder, writes OUT_PREFIX.rules.jsonl,
 * OUT_PREFIX.dep.jsonl, OUT_PREFIX.rules-then-dep.jsonl, OUT_PREFIX.dep-then-rules.jsonl, ... and
 * OUT_PREFIX.diff.tsv (the mentions where the two disagree). {@code --full} also loads the word embeddings, to show
 * that the parses do not change without them.
 */
public final class DependencyTriggerBench {

    private static final String MODELS = "edu/emory/mathcs/nlp/";
    private static final String LEXICA_SLIM = """
            <ambiguity_classes field="word_form_simplified_lowercase">%1$slexica/en-ambiguity-classes-simplified-lowercase.xz</ambiguity_classes>
            <word_clusters field="word_form_simplified_lowercase">%1$slexica/en-brown-clusters-simplified-lowercase.xz</word_clusters>
            """;
    private static final String EMBEDDINGS = """
            <word_embeddings field="word_form_undigitalized">%1$slexica/en-word-embeddings-undigitalized.xz</word_embeddings>
            """;
    private static final String CONFIG = """
            <configuration>
              <tsv><column index="1" field="form"/></tsv>
              <lexica>%2$s</lexica>
              <models>
                <pos>%1$smodels/en-pos.xz</pos>
                <dep>%1$smodels/en-dep.xz</dep>
              </models>
            </configuration>
            """;
    /** Labels of words that only help their head: the date is about the head, not about them. */
    private static final Set<String> HELPERS = Set.of("aux", "auxpass", "cop", "neg", "prt", "mark", "det", "case");
    private static final Set<String> DATED_ADJECTIVES = Set.of("due", "effective", "available");
    private static final int MAX_CLIMB = 8;
    /** Labels of a copula's predicate: adjective, noun, object predicate. */
    private static final Set<String> PREDICATES = Set.of("acomp", "attr", "oprd");

    private final NLPDecoder decoder;
    private final TriggerFinder rules = new TriggerFinder();
    private final SentenceParser parser = new SentenceParser();
    private long parsedWords;
    private long parsedSentences;
    private long parseCpuNanos;

    private DependencyTriggerBench(NLPDecoder decoder) {
        this.decoder = decoder;
    }

    public static void main(String[] args) throws IOException {
        boolean full = args.length > 0 && args[0].equals("--full");
        int a = full ? 1 : 0;
        if (args.length - a < 2 || (args.length - a) % 2 != 0) {
            System.err.println("usage: DependencyTriggerBench [--full] OUT_PREFIX FOLDER [OUT_PREFIX FOLDER]...");
            System.exit(2);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        NLPDecoder decoder = decoder(full);
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        System.err.printf("nlp4j load: %.1f s wall, %.1f s CPU; heap after load %d MB%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        for (int i = a; i < args.length; i += 2) {
            new DependencyTriggerBench(decoder).run(Path.of(args[i + 1]), args[i]);
        }
    }

    private void run(Path folder, String prefix) throws IOException {
        List<Path> paths;
        try (Stream<Path> files = Files.list(folder)) {
            paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        CorpusExtraction corpus = new Extractor(new ArticleReader(), 1).extract(paths);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String way : List.of("rules", "dep", "rules-then-dep", "dep-then-rules", "dep-unless-rule-noun", "dep-verb-over-rule-noun")) {
            out.put(way, new ArrayList<>());
        }
        List<String> diff = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (ArticleExtraction x : corpus.articles()) {
            Map<Integer, ParsedSentence> ours = new HashMap<>();
            Map<Integer, NLPNode[]> deps = new HashMap<>();
            for (Event e : x.events()) {
                Mention m = e.mention();
                String type = m.timex().type().name();
                int ruleT = -1;
                int depT = -1;
                ParsedSentence p = null;
                NLPNode[] nodes = null;
                if (m.timex().type().isPoint()) {
                    Sentence s = x.text().sentences().get(m.sentence());
                    p = ours.computeIfAbsent(s.index(), i -> parser.parse(x.text().text(s), s.begin()));
                    ParsedSentence ps = p;
                    long c0 = os.getProcessCpuTime();
                    nodes = deps.computeIfAbsent(s.index(), i -> parse(ps));
                    parseCpuNanos += os.getProcessCpuTime() - c0;
                    int begin = m.begin() - s.begin();
                    int end = m.end() - s.begin();
                    ruleT = rules.index(p, begin, end);
                    depT = depIndex(p, nodes, begin, end);
                    if (ruleT != depT) {
                        int ds = p.tokenAt(begin);
                        diff.add(String.join("\t", x.article().source(), m.text(), String.valueOf(ds),
                                word(p, ruleT), String.valueOf(ruleT), ruleT < 0 ? "-" : p.tokens().get(ruleT).tag(),
                                word(p, depT), String.valueOf(depT), depT < 0 ? "-" : nodes[depT + 1].getPartOfSpeechTag(),
                                depT < 0 ? "-" : nodes[depT + 1].getDependencyLabel(), p.text()));
                    }
                }
                boolean ruleNoun = ruleT >= 0 && p.tokens().get(ruleT).isNoun();
                boolean depVerb = depT >= 0 && nodes[depT + 1].getPartOfSpeechTag().startsWith("VB");
                Map<String, Integer> choice = Map.of(
                        "rules", ruleT,
                        "dep", depT,
                        "rules-then-dep", ruleT >= 0 ? ruleT : depT,
                        "dep-then-rules", depT >= 0 ? depT : ruleT,
                        "dep-unless-rule-noun", ruleNoun ? ruleT : (depT >= 0 ? depT : ruleT),
                        "dep-verb-over-rule-noun", ruleNoun && depVerb ? depT : ruleT);
                for (Map.Entry<String, List<String>> way : out.entrySet()) {
                    ObjectNode o = json.createObjectNode();
                    o.put("source", x.article().source());
                    o.put("text", m.text());
                    o.put("begin", m.begin());
                    o.put("end", m.end());
                    o.put("type", type);
                    o.put("value", m.timex().value());
                    int t = choice.get(way.getKey());
                    if (t < 0) {
                        o.putNull("trigger");
                    } else {
                        Token w = p.tokens().get(t);
                        ObjectNode tr = o.putObject("trigger");
                        tr.put("text", w.text());
                        tr.put("begin", p.offset() + w.begin());
                        tr.put("end", p.offset() + w.end());
                    }
                    way.getValue().add(json.writeValueAsString(o));
                }
            }
        }
        for (Map.Entry<String, List<String>> way : out.entrySet()) {
            Files.write(Path.of(prefix + "." + way.getKey() + ".jsonl"), way.getValue(), StandardCharsets.UTF_8);
        }
        Files.write(Path.of(prefix + ".diff.tsv"), diff, StandardCharsets.UTF_8);
        System.err.printf("parsed %d sentences, %d words, %.1f s CPU: %.0f words per CPU second%n", parsedSentences,
                parsedWords, parseCpuNanos / 1e9, parsedWords / (parseCpuNanos / 1e9));
    }

    private static String word(ParsedSentence p, int t) {
        return t < 0 ? "-" : p.tokens().get(t).text();
    }

    /** nlp4j with its POS and dependency models and the two lexica they read; with {@code full} the word embeddings too. */
    static NLPDecoder decoder(boolean full) {
        String lexica = (LEXICA_SLIM + (full ? EMBEDDINGS : "")).formatted(MODELS);
        return new NLPDecoder(new ByteArrayInputStream(CONFIG.formatted(MODELS, lexica).getBytes(StandardCharsets.UTF_8)));
    }

    /** nlp4j's parse of our words (so that its token i+1 is our token i). */
    private NLPNode[] parse(ParsedSentence p) {
        NLPNode[] nodes = new NLPNode[p.tokens().size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < p.tokens().size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, p.tokens().get(i).text());
        }
        parsedSentences++;
        parsedWords += p.tokens().size();
        return decoder.decode(nodes);
    }

    /**
     * The dependency trigger: from the head of the date's words, up the tree through prepositions, plain nouns and
     * helpers to the nearest verb, event noun or dated adjective ("due"); -1 at the root.
     */
    int depIndex(ParsedSentence p, NLPNode[] nodes, int begin, int end) {
        int ds = p.tokenAt(begin);
        if (ds >= p.tokens().size()) {
            return -1;
        }
        int de = ds;
        while (de + 1 < p.tokens().size() && p.tokens().get(de + 1).begin() < end) {
            de++;
        }
        NLPNode cur = null;
        for (int i = ds; i <= de && cur == null; i++) {
            NLPNode head = nodes[i + 1].getDependencyHead();
            int h = head == null ? 0 : head.getID() - 1;
            if (h < ds || h > de) {
                cur = nodes[i + 1];
            }
        }
        if (cur == null) {
            return -1;
        }
        for (int step = 0; step < MAX_CLIMB; step++) {
            NLPNode up = cur.getDependencyHead();
            if (up == null || up.getID() == 0) {
                return -1;
            }
            int i = up.getID() - 1;
            Token ours = p.tokens().get(i);
            Token tagged = new Token(ours.text(), ours.begin(), ours.end(), up.getPartOfSpeechTag());
            String tag = up.getPartOfSpeechTag();
            if (tag.startsWith("VB") && !HELPERS.contains(up.getDependencyLabel()) && Character.isLetter(ours.text().charAt(0))
                    && !TriggerFinder.NOT_TRIGGERS.contains(tagged.lower())) {
                // "is payable Jan. 2", "were lower a year ago": a copula's date is about its predicate.
                if (up.getLemma().equals("be")) {
                    for (NLPNode d : up.getDependentList()) {
                        if (PREDICATES.contains(d.getDependencyLabel())) {
                            return d.getID() - 1;
                        }
                    }
                }
                return i;
            }
            if (rules.isEventNoun(tagged)) {
                return i;
            }
            if (tag.startsWith("JJ") && DATED_ADJECTIVES.contains(tagged.lower())) {
                return i;
            }
            cur = up;
        }
        return -1;
    }
}

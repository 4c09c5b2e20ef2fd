package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.syntax.Token;
import com.sun.management.OperatingSystemMXBean;
import edu.emory.clir.clearnlp.component.AbstractComponent;
import edu.emory.clir.clearnlp.component.mode.dep.DEPConfiguration;
import edu.emory.clir.clearnlp.component.utils.GlobalLexica;
import edu.emory.clir.clearnlp.component.utils.NLPUtils;
import edu.emory.clir.clearnlp.dependency.DEPTree;
import edu.emory.clir.clearnlp.util.lang.TLanguage;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.cmdline.parser.ParserTool;
import opennlp.tools.parser.Parser;
import opennlp.tools.parser.ParserFactory;
import opennlp.tools.parser.ParserModel;

/**
 * The cost of a parser: load time (wall and CPU), heap after loading and words per second over a file of
 * sentences (one a line; the words are {@link SentenceParser}'s, as the app splits them). {@code nlp4j}: the
 * POS and dependency models of nlp4j-english 1.1.3 without embeddings; {@code opennlp}: OpenNLP's chunking
 * constituency parser, {@code en-parser-chunking.bin} of opennlp-parse-models 1.5; {@code clearnlp}: ClearNLP 3.2's
 * general English POS and dependency models with its brown clusters and lemmatizer. {@code ours}: the app's
 * own tagger and chunker, for scale. Test scope, {@code parser-bench} profile.
 *
 * <p>Usage: {@code ParserCostBench nlp4j|clearnlp|opennlp|ours SENTENCES_FILE ROUNDS}
 */
public final class ParserCostBench {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ParserCostBench nlp4j|clearnlp|opennlp|ours SENTENCES_FILE ROUNDS");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int rounds = Integer.parseInt(args[2]);
        SentenceParser ours = new SentenceParser();
        List<ParsedSentence> sentences = lines.stream().filter(l -> !l.isBlank()).map(l -> ours.parse(l, 0)).toList();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Function<ParsedSentence, Object> parse = switch (args[0]) {
            case "nlp4j" -> nlp4j();
            case "opennlp" -> opennlp();
            case "clearnlp" -> clearnlp();
            case "ours" -> s -> ours.parse(s.text(), 0);
            default -> throw new IllegalArgumentException("unknown parser " + args[0]);
        };
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        System.err.printf("%s load: %.1f s wall, %.1f s CPU; heap after load %d MB%n", args[0], (t1 - t0) / 1e9,
                (c1 - c0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
        for (int r = 0; r < rounds; r++) {
            long words = 0;
            long w0 = System.nanoTime();
            long d0 = os.getProcessCpuTime();
            for (ParsedSentence s : sentences) {
                parse.apply(s);
                words += s.tokens().size();
            }
            long w1 = System.nanoTime();
            long d1 = os.getProcessCpuTime();
            System.err.printf("round %d: %d words, %.0f words/s wall, %.0f words per CPU second%n", r + 1, words,
                    words / ((w1 - w0) / 1e9), words / ((d1 - d0) / 1e9));
        }
    }

    private static Function<ParsedSentence, Object> nlp4j() {
        NLPDecoder decoder = DependencyTriggerBench.decoder(false);
        return s -> {
            NLPNode[] nodes = new NLPNode[s.tokens().size() + 1];
            nodes[0] = new NLPNode().toRoot();
            for (int i = 0; i < s.tokens().size(); i++) {
                nodes[i + 1] = new NLPNode(i + 1, s.tokens().get(i).text());
            }
            return decoder.decode(nodes);
        };
    }

    private static Function<ParsedSentence, Object> clearnlp() {
        GlobalLexica.initDistributionalSemanticsWords(List.of("brown-rcv1.clean.tokenized-CoNLL03.txt-c1000-freq1.txt.xz"));
        AbstractComponent morph = NLPUtils.getMPAnalyzer(TLanguage.ENGLISH);
        AbstractComponent pos = NLPUtils.getPOSTagger(TLanguage.ENGLISH, "general-en-pos.xz");
        AbstractComponent dep = NLPUtils.getDEPParser(TLanguage.ENGLISH, "general-en-dep.xz", new DEPConfiguration("root"));
        return s -> {
            DEPTree tree = new DEPTree(s.tokens().stream().map(Token::text).toList());
            pos.process(tree);
            morph.process(tree);
            dep.process(tree);
            return tree;
        };
    }

    private static Function<ParsedSentence, Object> opennlp() {
        ParserModel model;
        try (InputStream in = ParserCostBench.class.getResourceAsStream("/en-parser-chunking.bin")) {
            model = new ParserModel(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read en-parser-chunking.bin", e);
        }
        Parser parser = ParserFactory.create(model);
        return s -> ParserTool.parseLine(String.join(" ", s.tokens().stream().map(Token::text).toList()), parser, 1);
    }
}

package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class GreedyDecoderTest {

    private static final POSModel MODEL = PosTagger.model();

    /** The words of each line of the seed corpus, split as the parser splits them. */
    private static List<String[]> corpusSentences() throws IOException {
        WordSplitter splitter = new WordSplitter();
        List<String[]> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    List<Token> words = splitter.split(line);
                    if (!words.isEmpty()) {
                        sentences.add(words.stream().map(Token::text).toArray(String[]::new));
                    }
                }
            }
        }
        return sentences;
    }

    @Test
    void wordsWithOneDictionaryTagGetItWithoutTheModelAndEveryTagStaysAsThePlainDecodingGivesIt() throws IOException {
        GreedyDecoder fast = new GreedyDecoder(MODEL);
        GreedyDecoder plain = new GreedyDecoder(MODEL, false);
        List<String[]> sentences = corpusSentences();
        assertThat(sentences).hasSizeGreaterThan(100);
        int oneTag = 0;
        int words = 0;
        for (String[] s : sentences) {
            assertThat(fast.tag(s)).as(String.join(" ", s)).containsExactly(plain.tag(s));
            for (String w : s) {
                String[] allowed = MODEL.getFactory().getTagDictionary().getTags(w);
                oneTag += allowed != null && allowed.length == 1 ? 1 : 0;
                words++;
            }
        }
        assertThat(oneTag).as("words the shortcut tags").isGreaterThan(words / 10);
    }

    @Test
    void theOneTagOfTheDictionaryWinsOverTheModel() {
        // "He", "to" and "." have one tag each in the dictionary; "the" has two (DT, NNP) and is decoded.
        assertThat(MODEL.getFactory().getTagDictionary().getTags("to")).containsExactly("TO");
        assertThat(MODEL.getFactory().getTagDictionary().getTags("the")).hasSize(2);
        assertThat(new GreedyDecoder(MODEL).tag(new String[] {"He", "went", "to", "the", "ship", "."})).containsExactly(
                "PRP", "VBD", "TO", "DT", "NN", ".");
    }
}

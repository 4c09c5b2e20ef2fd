package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class WordFeaturesTest {

    private static final POSModel MODEL = PosTagger.model();

    /**
     * Every word of every line of the seed corpus, with the tags before it as the model gives them: the scores with
     * each word's own features kept equal the model's own evaluation bit for bit (a word met again reads its kept
     * features: the corpus repeats words).
     */
    @Test
    void theScoresAreTheModelsToTheLastBitOnTheSeedCorpus() throws IOException {
        MaxentModel maxent = MODEL.getArtifact("pos.model");
        POSContextGenerator generator = MODEL.getFactory().getPOSContextGenerator(0);
        WordFeatures features = new WordFeatures(maxent, generator);
        assertThat(features.fast()).as("the shipped model is scored from the kept features").isTrue();
        WordSplitter splitter = new WordSplitter();
        int words = 0;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    List<Token> tokens = splitter.split(line);
                    String[] text = tokens.stream().map(Token::text).toArray(String[]::new);
                    String[] tags = new String[text.length];
                    for (int i = 0; i < text.length; i++) {
                        double[] theirs = maxent.eval(generator.getContext(i, text, tags, null), new double[maxent.getNumOutcomes()]);
                        double[] mine = features.eval(i, text, tags, new double[maxent.getNumOutcomes()]);
                        assertThat(mine).as(text[i] + " in " + line).containsExactly(theirs);
                        tags[i] = maxent.getBestOutcome(theirs);
                        words++;
                    }
                }
            }
        }
        assertThat(words).isGreaterThan(1000);
    }
}

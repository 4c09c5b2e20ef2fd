package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dateline.engine.event.SentenceLabeler;
import app.dateline.engine.syntax.Token;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionCompressorTest {

    /** Sentences written for this test (no date a label would plot: no --dct). */
    static final List<String> SENTENCES = List.of(
            "The city council approved a plan to build a new bridge over the river, officials said.",
            "Heavy rain forced the closure of several roads in the north of the county, leaving hundreds of drivers stranded.",
            "A 45-year-old man has been charged with robbery after a shop was raided in the town centre.",
            "Shares in the carmaker rose sharply after it reported record profits for the second quarter.",
            "The company, which employs 300 people in Dayton, said it would open a new factory in Ohio.",
            "Acme Corp (a unit of Globex) has bought the software maker for $40 million, the firm said on Monday.",
            "The \"new\" museum opened its doors to visitors this morning after a decade of delays.");

    private final SentenceLabeler inputs = new SentenceLabeler(null, null);

    @Test
    void theShippedModelKeepsTheVerbAndWordsOfTheSentenceInOrderAndEndsOnAWholeWord() {
        DeletionCompressor compressor = DeletionCompressor.shipped();
        for (String sentence : SENTENCES) {
            CompressionInput in = inputs.compressionInput(sentence);
            boolean[] keep = compressor.keep(in);
            int verb = TokenFeatures.ruleVerb(in);
            assertThat(verb).as(sentence).isGreaterThanOrEqualTo(0);
            assertThat(keep[verb]).as("the verb of '%s'", sentence).isTrue();
            int kept = 0;
            int last = -1;
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    kept++;
                    last = i;
                    assertThat(in.sentence().tokens().get(i).text()).isNotIn("\"", "\u201C", "\u201D");
                }
            }
            assertThat(kept).as(sentence).isBetween(2, keep.length - 2);
            Token end = in.sentence().tokens().get(last);
            assertThat(end.isPunctuation() || end.tag().matches("CC|IN|TO|DT")).as("ends on '%s': %s", end.text(), sentence).isFalse();
            assertThat(compressor.keep(inputs.compressionInput(sentence))).as("the same twice").isEqualTo(keep);
        }
    }

    @Test
    void theLabelCommandsLabelIsTheSentencesWordsInOrderAndShorter() {
        SentenceLabeler labeler = new SentenceLabeler(null);
        for (String sentence : SENTENCES) {
            String label = labeler.label(sentence);
            assertThat(label.length()).as(sentence).isBetween(10, sentence.length() - 1);
            int at = 0;
            for (String word : label.split(" ")) {
                at = sentence.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT), at);
                assertThat(at).as("'%s' in order in '%s'", word, sentence).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(labeler.label("The \"new\" museum opened its doors to visitors this morning after a decade of delays."))
                .as("the date phrase stays out").doesNotContain("this morning").doesNotContain("\"");
    }

    @Test
    void theModelFileHoldsOnlyFeaturesTheFeatureCodeMakes() throws Exception {
        Set<String> made = new HashSet<>();
        for (String sentence : SENTENCES) {
            CompressionInput in = inputs.compressionInput(sentence);
            TokenFeatures.of(in).forEach(f -> f.forEach(x -> made.add(kind(x))));
            for (int i = 0; i < in.size(); i++) {
                for (String x : TokenFeatures.transition(in, i, true)) {
                    made.add(kind(x));
                }
            }
        }
        try (var in = DeletionCompressor.class.getResourceAsStream(DeletionCompressor.MODEL)) {
            DeletionModel model = DeletionModel.read(in, DeletionCompressor.MODEL);
            assertThat(model.features()).isGreaterThan(1000);
            Set<String> kinds = new HashSet<>();
            model.names().forEach(n -> kinds.add(kind(n)));
            assertThat(made).containsAll(kinds);
        }
    }

    @Test
    void aModelFileOfOtherFeatureCodeIsRefusedNamingTheFile() {
        var in = new ByteArrayInputStream("# some other model\nbias\t1.0\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DeletionModel.read(in, "old-model.tsv")).hasMessageContaining("old-model.tsv");
    }

    @Test
    void aWrittenModelReadsBackToTheSameFile() throws Exception {
        DeletionModel model = new DeletionModel(java.util.Map.of("bias", -1.5, "t=NN", 2.25, "tr=K", 0.5));
        StringWriter first = new StringWriter();
        model.write(first);
        StringWriter second = new StringWriter();
        DeletionModel.read(new ByteArrayInputStream(first.toString().getBytes(StandardCharsets.UTF_8)), "m").write(second);
        assertThat(second.toString()).isEqualTo(first.toString()).startsWith(DeletionModel.HEADER);
    }

    /** A feature's kind: its name up to the first "=". */
    private static String kind(String feature) {
        int eq = feature.indexOf('=');
        return eq < 0 ? feature : feature.substring(0, eq);
    }
}

package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.SentenceLabeler;
import app.dateline.engine.event.compress.DeletionTrainer.Example;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionTrainerTest {

    /** Sentences and deletion-only compressions of them, written for this test. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"The city council approved a plan to build a new bridge over the river, officials said.",
                "The city council approved a plan to build a bridge."},
            new String[] {"Police arrested two men in Leeds after a car was stolen from a garage.", "Police arrested two men."},
            new String[] {"The firm, which makes toys, said it would cut 200 jobs at its plant in Ohio.",
                "The firm would cut 200 jobs."},
            new String[] {"Floods closed several roads in the north of the county, leaving drivers stranded.",
                "Floods closed several roads in the county."},
            new String[] {"A teacher from Bristol has won a national award for her work with young readers.",
                "A teacher has won a national award."},
            new String[] {"Shares in the carmaker rose sharply after it reported record profits.", "Shares in the carmaker rose."},
            new String[] {"The mayor, speaking at a press conference, announced a new plan for the city's parks.",
                "The mayor announced a new plan for the parks."},
            new String[] {"Fire crews rescued a dog from a frozen lake in Denver, the fire department said.",
                "Fire crews rescued a dog from a frozen lake."},
            new String[] {"The band will play three concerts in London as part of its farewell tour.",
                "The band will play three concerts in London."});

    private final SentenceLabeler inputs = new SentenceLabeler(null, null);

    private List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (String[] p : PAIRS) {
            CompressionInput in = inputs.compressionInput(p[0]);
            examples.add(new Example(in, GoldAlignment.keep(in.sentence(), p[1])));
        }
        return examples;
    }

    @Test
    void theSamePairsGiveTheSameModel() throws Exception {
        StringWriter first = new StringWriter();
        new DeletionTrainer(5, 0).train(examples()).write(first);
        StringWriter second = new StringWriter();
        new DeletionTrainer(5, 0).train(examples()).write(second);
        assertThat(first.toString()).isEqualTo(second.toString());
        assertThat(first.toString().lines().count()).isGreaterThan(50);
    }

    @Test
    void aModelThatDidNotSeeASentenceStillKeepsItsVerbAndWholePhrases() {
        List<Example> all = examples();
        for (int held = 0; held < all.size(); held += 4) {
            List<Example> rest = new ArrayList<>(all);
            Example out = rest.remove(held);
            DeletionCompressor compressor = new DeletionCompressor(new DeletionTrainer(5, 0).train(rest));
            boolean[] keep = compressor.keep(out.input());
            int verb = TokenFeatures.ruleVerb(out.input());
            assertThat(keep[verb]).as(PAIRS.get(held)[0]).isTrue();
            // A candidate is the rules' headline, carried on or cut back at a phrase boundary: it keeps a subject.
            assertThat(keep).as(PAIRS.get(held)[0]).contains(true);
            int first = 0;
            while (!keep[first]) {
                first++;
            }
            assertThat(first).as("starts before the verb: %s", PAIRS.get(held)[0]).isLessThan(verb);
        }
    }
}

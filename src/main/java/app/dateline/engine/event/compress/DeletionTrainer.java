package app.dateline.engine.event.compress;

import java.util.List;
import java.util.Map;

/**
 * Learns a {@link DeletionModel} from sentences and people's compressions of them: how likely each token is kept
 * ({@link KeepProbabilities}), sentences in the order given, a fixed number of passes. The same examples always
 * give the same model.
 */
public final class DeletionTrainer {

    /** A sentence and the tokens a person kept of it. */
    public record Example(CompressionInput input, boolean[] gold) {
    }

    private final int passes;
    private final double keepBonus;

    /**
     * @param keepBonus added to the bias of keeping a token after training (a bonus makes longer candidates
     *                  expect more)
     */
    public DeletionTrainer(int passes, double keepBonus) {
        this.passes = passes;
        this.keepBonus = keepBonus;
    }

    public DeletionModel train(List<Example> examples) {
        Map<String, Double> w = KeepProbabilities.train(examples.stream().map(e -> TokenFeatures.of(e.input())).toList(),
                examples.stream().map(Example::gold).toList(), passes, RATE);
        w.merge("bias", keepBonus, Double::sum);
        return new DeletionModel(w);
    }

    /**
     * The best the model could do on a sentence: of its candidates ({@link Candidates}), the one closest to the
     * person's compression; null when it has none.
     */
    public static boolean[] oracle(CompressionInput in, boolean[] gold) {
        List<Candidate> candidates = Candidates.of(in);
        return candidates.isEmpty() ? null : closest(candidates, gold).keep();
    }

    /** The size of each gradient step. */
    private static final double RATE = 0.02;

    static double f1(boolean[] c, boolean[] gold) {
        int both = 0;
        int kept = 0;
        int wanted = 0;
        for (int i = 0; i < c.length; i++) {
            both += c[i] && gold[i] ? 1 : 0;
            kept += c[i] ? 1 : 0;
            wanted += gold[i] ? 1 : 0;
        }
        return both == 0 ? 0 : 2.0 * both / (kept + wanted);
    }

    /** The candidate with the best token F1 against the person's choice, the first of equals. */
    static Candidate closest(List<Candidate> candidates, boolean[] gold) {
        Candidate best = null;
        double top = -1;
        for (Candidate candidate : candidates) {
            double f1 = f1(candidate.keep(), gold);
            if (f1 > top) {
                top = f1;
                best = candidate;
            }
        }
        return best;
    }

    private static void update(Map<String, Double> w, Map<String, Double> total, Iterable<String> features, double d, double left) {
        for (String f : features) {
            w.merge(f, d, Double::sum);
            total.merge(f, d * left, Double::sum);
        }
    }

    private static void update(Map<String, Double> w, Map<String, Double> total, String[] features, double d, double left) {
        update(w, total, List.of(features), d, left);
    }
}

package app.dateline.engine.event.compress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link DeletionModel} from sentences and people's compressions of them: an averaged structured
 * perceptron (Collins 2002), sentences in the order given, a fixed number of passes. The same examples always
 * give the same model.
 */
public final class DeletionTrainer {

    /** A sentence and the tokens a person kept of it. */
    public record Example(CompressionInput input, boolean[] gold) {
    }

    private final int passes;
    private final double keepBonus;

    /**
     * @param keepBonus added to the bias of keeping a token after training: the perceptron learns to get tokens
     *                  right, the score rewards words found (F1), so a bonus trades precision for recall
     */
    public DeletionTrainer(int passes, double keepBonus) {
        this.passes = passes;
        this.keepBonus = keepBonus;
    }

    public DeletionModel train(List<Example> examples) {
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> total = new HashMap<>(); // sum over steps of each weight's changes times the steps left
        List<List<List<String>>> features = examples.stream().map(e -> TokenFeatures.of(e.input())).toList();
        long steps = (long) passes * examples.size();
        long step = 0;
        DeletionModel current = new DeletionModel(w, false);
        List<List<boolean[]>> candidates = examples.stream().map(e -> Candidates.of(e.input())).toList();
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < examples.size(); k++) {
                Example e = examples.get(k);
                List<List<String>> f = features.get(k);
                boolean[] target = e.gold();
                boolean[] guess;
                if (candidates.get(k).isEmpty()) {
                    guess = current.decode(e.input(), f, new boolean[e.input().size()]);
                } else {
                    // Learn to choose: the candidate closest to the person's compression against the model's choice.
                    target = closest(candidates.get(k), e.gold());
                    guess = current.choose(e.input(), f, candidates.get(k));
                }
                if (!java.util.Arrays.equals(guess, target)) {
                    double left = steps - step;
                    add(w, total, e.input(), f, target, 1, left);
                    add(w, total, e.input(), f, guess, -1, left);
                }
                step++;
            }
        }
        Map<String, Double> averaged = new HashMap<>();
        for (Map.Entry<String, Double> e : total.entrySet()) {
            double v = e.getValue() / steps;
            if (Math.abs(v) > 1e-4) {
                averaged.put(e.getKey(), v);
            }
        }
        averaged.merge("bias", keepBonus, Double::sum);
        return new DeletionModel(averaged);
    }

    private static void add(Map<String, Double> w, Map<String, Double> total, CompressionInput in, List<List<String>> f,
                            boolean[] keep, double d, double left) {
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                update(w, total, f.get(i), d, left);
                update(w, total, TokenFeatures.transition(in, i, i > 0 && keep[i - 1]), d, left);
            }
        }
        update(w, total, TokenFeatures.whole(in, keep), d, left);
    }

    /**
     * The best the model could do on a sentence: of its candidates ({@link Candidates}), the one closest to the
     * person's compression; null when it has none.
     */
    public static boolean[] oracle(CompressionInput in, boolean[] gold) {
        List<boolean[]> candidates = Candidates.of(in);
        return candidates.isEmpty() ? null : closest(candidates, gold);
    }

    /** The candidate with the best token F1 against the person's choice, the first of equals. */
    static boolean[] closest(List<boolean[]> candidates, boolean[] gold) {
        boolean[] best = null;
        double top = -1;
        for (boolean[] c : candidates) {
            int both = 0;
            int kept = 0;
            int wanted = 0;
            for (int i = 0; i < c.length; i++) {
                both += c[i] && gold[i] ? 1 : 0;
                kept += c[i] ? 1 : 0;
                wanted += gold[i] ? 1 : 0;
            }
            double f1 = both == 0 ? 0 : 2.0 * both / (kept + wanted);
            if (f1 > top) {
                top = f1;
                best = c;
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

package app.dateline.engine.event.compress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How likely a person keeps each token of a sentence: a logistic regression over the token's features
 * ({@link TokenFeatures}), learnt by averaged stochastic gradient steps, sentences in the order given, so that the
 * same pairs always give the same weights. The chooser picks the candidate whose expected F1 against these
 * probabilities is highest ({@link #expectedF1}).
 */
final class KeepProbabilities {

    private KeepProbabilities() {
    }

    /** Learns the weights from sentences' token features and the tokens people kept. */
    static Map<String, Double> train(List<List<List<String>>> features, List<boolean[]> gold, int passes, double rate) {
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> total = new HashMap<>();
        long steps = 0;
        for (boolean[] g : gold) {
            steps += g.length;
        }
        steps *= passes;
        long step = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < gold.size(); k++) {
                boolean[] g = gold.get(k);
                for (int i = 0; i < g.length; i++) {
                    List<String> f = features.get(k).get(i);
                    double p = sigmoid(dot(w, f));
                    double d = rate * ((g[i] ? 1 : 0) - p);
                    double left = steps - step;
                    for (String x : f) {
                        w.merge(x, d, Double::sum);
                        total.merge(x, d * left, Double::sum);
                    }
                    step++;
                }
            }
        }
        Map<String, Double> averaged = new HashMap<>();
        for (Map.Entry<String, Double> e : total.entrySet()) {
            double v = e.getValue() / steps;
            if (Math.abs(v) > 1e-4) {
                averaged.put(e.getKey(), v);
            }
        }
        return averaged;
    }

    static double dot(Map<String, Double> w, List<String> f) {
        double s = 0;
        for (String x : f) {
            Double v = w.get(x);
            s += v == null ? 0 : v;
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The F1 a compression may expect against a person's when each token is kept with probability {@code p}:
     * 2 * (sum of p over the kept tokens) / (kept tokens + sum of all p).
     */
    static double expectedF1(boolean[] keep, double[] p) {
        double found = 0;
        double wanted = 0;
        int kept = 0;
        for (int i = 0; i < keep.length; i++) {
            wanted += p[i];
            if (keep[i]) {
                found += p[i];
                kept++;
            }
        }
        return kept == 0 ? 0 : 2 * found / (kept + wanted);
    }
}

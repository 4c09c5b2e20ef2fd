package app.dateline.engine.event.compress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How likely a person keeps each token of a sentence: a logistic model over the token's features
 * ({@link TokenFeatures}). It chooses among readable candidates ({@link Candidates}) the one whose expected F1 is
 * highest; a sentence with none gets the tokens more likely kept than not, in whole phrases ({@link Constituents},
 * Viterbi over two states). Immutable, thread-safe.
 */
public final class DeletionModel {

    /** The first line of a model file: the feature code the weights were learnt with. */
    static final String HEADER = "# dateline deletion model, features v1, keep probabilities";

    private final Map<String, Double> weights;

    DeletionModel(Map<String, Double> weights) {
        this(weights, true);
    }

    /** @param copy false to read {@code weights} as they change (the trainer's current model) */
    DeletionModel(Map<String, Double> weights, boolean copy) {
        this.weights = copy ? Map.copyOf(weights) : weights;
    }

    /** Reads a model file: the header line, then one "feature TAB weight" a line. */
    public static DeletionModel read(InputStream in, String name) {
        Map<String, Double> w = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (!HEADER.equals(first)) {
                throw new IllegalArgumentException(name + ": not a deletion model of this feature code (first line: " + first + ")");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected 'feature TAB weight'");
                }
                w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        return new DeletionModel(w);
    }

    /** Writes the model as {@link #read} reads it, features in order. */
    public void write(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + (float) e.getValue().doubleValue() + "\n");
        }
    }

    public int features() {
        return weights.size();
    }

    /** The names of the weighted features. */
    java.util.Set<String> names() {
        return weights.keySet();
    }

    /** The best keep/drop decisions for the sentence; the tokens in {@code forced} are kept whatever the weights say. */
    public boolean[] decode(CompressionInput in, List<List<String>> features, boolean[] forced) {
        int n = in.size();
        boolean[] keep = new boolean[n];
        if (n == 0) {
            return keep;
        }
        Constituents constituents = new Constituents(in.sentence());
        double[][] score = new double[n][2];
        int[][] back = new int[n][2];
        for (int i = 0; i < n; i++) {
            double emit = sum(features.get(i));
            for (int y = 0; y < 2; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int from = 0;
                for (int p = 0; p < 2; p++) {
                    if (!constituents.allowed(i, p == 1, y == 1)) {
                        continue;
                    }
                    double prior = i == 0 ? (p == 0 ? 0 : Double.NEGATIVE_INFINITY) : score[i - 1][p];
                    double v = prior + (y == 1 ? sum(TokenFeatures.transition(in, i, p == 1)) : 0);
                    if (v > best) {
                        best = v;
                        from = p;
                    }
                }
                boolean allowed = y == 1 || !forced[i];
                score[i][y] = allowed ? best + (y == 1 ? emit : 0) : Double.NEGATIVE_INFINITY;
                back[i][y] = from;
            }
        }
        int y = score[n - 1][1] > score[n - 1][0] ? 1 : 0;
        for (int i = n - 1; i >= 0; i--) {
            keep[i] = y == 1;
            y = back[i][y];
        }
        return keep;
    }

    /**
     * Of the candidates ({@link Candidates}) that read as finished labels ({@link Readability}; all when none does),
     * the one whose expected F1 against the tokens a person would keep is highest, the first of equals
     * ({@link KeepProbabilities#expectedF1}); null when there is none.
     */
    Candidate choose(CompressionInput in, List<List<String>> features, List<Candidate> candidates) {
        double[] p = new double[in.size()];
        for (int i = 0; i < p.length && !candidates.isEmpty(); i++) {
            p[i] = KeepProbabilities.sigmoid(sum(features.get(i)));
        }
        Candidate best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Candidate c : Readability.finished(in, candidates)) {
            double v = KeepProbabilities.expectedF1(c.keep(), p);
            if (v > top) {
                top = v;
                best = c;
            }
        }
        return best;
    }

    private double sum(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double w = weights.get(f);
            s += w == null ? 0 : w;
        }
        return s;
    }

    private double sum(String[] features) {
        double s = 0;
        for (String f : features) {
            Double w = weights.get(f);
            s += w == null ? 0 : w;
        }
        return s;
    }
}

package app.dateline.engine.merge;

import java.util.Arrays;
import java.util.Map;

/**
 * A term vector as two parallel arrays, term ids in increasing order and their weights: the form the merger
 * compares millions of pairs in (a cosine is a merge of two sorted arrays, with no hashing). Immutable.
 */
final class SparseVector {

    private final int[] ids;
    private final double[] weights;
    private final double norm;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** The vector of {@code v} with its terms numbered by {@code termIds} (new terms are numbered as they come). */
    static SparseVector of(TermVector v, Map<String, Integer> termIds) {
        Map<String, Double> w = v.weights();
        long[] packed = new long[w.size()];
        double[] byId = new double[w.size()];
        int k = 0;
        String[] terms = w.keySet().toArray(String[]::new);
        Arrays.sort(terms); // numbering must not depend on hash order
        int[] ids = new int[terms.length];
        for (String t : terms) {
            Integer id;
            synchronized (termIds) {
                id = termIds.computeIfAbsent(t, x -> termIds.size());
            }
            packed[k] = ((long) id << 32) | k;
            byId[k] = w.get(t);
            k++;
        }
        Arrays.sort(packed);
        double[] weights = new double[packed.length];
        for (int i = 0; i < packed.length; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            weights[i] = byId[(int) packed[i]];
        }
        return new SparseVector(ids, weights);
    }

    double cosine(SparseVector o) {
        if (norm == 0 || o.norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            int a = ids[i];
            int b = o.ids[j];
            if (a == b) {
                dot += weights[i++] * o.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * o.norm);
    }
}

package app.dateline.engine.merge;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A sparse vector of term weights, compared by cosine. Immutable. */
public final class TermVector {


    private final Map<String, Double> weights;
    private final double norm;

    TermVector(Map<String, Double> weights) {
        // a HashMap iterates in the same order in every run (Map.copyOf would not): sums come out the same
        this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
        this.norm = Math.sqrt(this.weights.values().stream().mapToDouble(w -> w * w).sum());
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** Cosine of the angle between the two vectors: 1 for the same words in the same proportions, 0 for none shared. */
    public double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm * other.norm);
    }

    /** This vector scaled to length 1 (an empty vector stays empty). */
    public TermVector normalised() {
        if (norm == 0 || Math.abs(norm - 1) < 1e-12) {
            return this;
        }
        Map<String, Double> scaled = new HashMap<>(weights);
        scaled.replaceAll((term, w) -> w / norm);
        return new TermVector(scaled);
    }

    /** The sum of the two vectors: added up over a group's members, the direction of its centroid. */
    public TermVector plus(TermVector other) {
        Map<String, Double> sum = new HashMap<>(weights);
        other.weights.forEach((term, w) -> sum.merge(term, w, Double::sum));
        return new TermVector(sum);
    }

    @Override
    public String toString() {
        return weights.toString();
    }
}

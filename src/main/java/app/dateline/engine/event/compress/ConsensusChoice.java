package app.dateline.engine.event.compress;

import java.util.List;

/**
 * Chooses, among candidates, the one that agrees most with the others (minimum Bayes risk): each candidate is
 * weighed by how close its expected F1 ({@link KeepProbabilities#expectedF1}) comes to the best one's, exp(
 * {@value #SHARPNESS} x (its expected F1 - the best)), and the chosen one has the highest weighed sum of its token F1
 * against every candidate. Where near neighbours expect about the same, it takes the one that most of the likely
 * ones share, not the one that happens to be 0.001 ahead ("... trade" against "... trade in Kashmir" when the longer
 * ones expect nearly as much). Thread-safe.
 */
final class ConsensusChoice {

    /** How sharply the weights fall with expected F1: 30 (cross-validated, README "The learned compressor"). */
    static final double SHARPNESS = 30;

    private ConsensusChoice() {
    }

    /** @return the candidate of highest weighed agreement, the first of equals; null when there is none */
    static Candidate choose(List<Candidate> candidates, double[] p) {
        int m = candidates.size();
        double[] expected = new double[m];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            expected[i] = KeepProbabilities.expectedF1(candidates.get(i).keep(), p);
            top = Math.max(top, expected[i]);
        }
        double[] weight = new double[m];
        for (int i = 0; i < m; i++) {
            weight[i] = Math.exp(SHARPNESS * (expected[i] - top));
        }
        Candidate best = null;
        double most = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double agreement = 0;
            for (int j = 0; j < m; j++) {
                agreement += weight[j] * DeletionTrainer.f1(candidates.get(i).keep(), candidates.get(j).keep());
            }
            if (agreement > most) {
                most = agreement;
                best = candidates.get(i);
            }
        }
        return best;
    }
}

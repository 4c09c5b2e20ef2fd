package app.dateline.engine.event.compress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusChoiceTest {

    /** Keep probabilities of eight tokens: three surely kept, four doubtful, the last surely dropped. */
    private static final double[] P = {0.95, 0.95, 0.9, 0.55, 0.5, 0.5, 0.45, 0.05};

    private static Candidate upTo(int last) {
        boolean[] keep = new boolean[P.length];
        for (int i = 0; i <= last; i++) {
            keep[i] = true;
        }
        return new Candidate(keep, 0, List.of("B:rule"));
    }

    @Test
    void ofNearNeighboursItTakesTheOneTheLikelyOnesShareNotTheOneJustAhead() {
        List<Candidate> candidates = List.of(upTo(2), upTo(4), upTo(5), upTo(6));
        Candidate ahead = candidates.get(0);
        for (Candidate c : candidates) {
            ahead = KeepProbabilities.expectedF1(c.keep(), P) > KeepProbabilities.expectedF1(ahead.keep(), P) ? c : ahead;
        }
        assertThat(ahead).as("the seven tokens expect most (0.810 against 0.802)").isSameAs(candidates.get(3));
        assertThat(ConsensusChoice.choose(candidates, P)).as("but the six are closer to the likely ones")
                .isSameAs(candidates.get(2));
    }

    @Test
    void aCandidateFarAheadIsChosenAndTheOrderDecidesNothingElse() {
        List<Candidate> candidates = new ArrayList<>(List.of(upTo(0), upTo(4)));
        Candidate chosen = candidates.get(1);
        assertThat(ConsensusChoice.choose(candidates, P)).as("expects 0.782 against 0.325").isSameAs(chosen);
        java.util.Collections.reverse(candidates);
        assertThat(ConsensusChoice.choose(candidates, P)).isSameAs(chosen);
        assertThat(ConsensusChoice.choose(List.of(), P)).isNull();
    }
}

package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a date's trigger among {@link TriggerCandidates}: a linear score of each candidate's features (weights
 * from {@code resources/dateline/syntax/trigger-ranker.tsv}, a conditional logit trained on TimeBank and AQUAINT by
 * {@code src/bench/python/trigger_cv.py}; README, "The trigger ranker"), the highest wins, the first on a tie. The
 * rules' choice carries its features twice, once as {@code rule&}name, so the model learns when to overrule the
 * rules. Thread-safe.
 */
final class TriggerRanker {

    static final String WEIGHTS = "/dateline/syntax/trigger-ranker.tsv";
    private static final Map<String, Double> WEIGHT = load(WEIGHTS);
    static final String RULE_PREFIX = "rule&";
    /** The weight of {@code rule&}name by name, so that scoring the rules' choice builds no string. */
    private static final Map<String, Double> RULE_WEIGHT = ruleWeights(WEIGHT);

    private final TriggerCandidates candidates;

    TriggerRanker(TriggerFinder finder) {
        this.candidates = new TriggerCandidates(finder);
    }

    /** The chosen token, or -1 when the sentence has no candidate. */
    int choose(ParsedSentence s, int ds, int de, int rule) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (TriggerCandidates.Candidate c : candidates.of(s, ds, de, rule)) {
            double score = score(c.features(), c.rule());
            if (score > top) {
                top = score;
                best = c.index();
            }
        }
        return best;
    }

    static double score(List<String> features, boolean rule) {
        double score = 0;
        for (String f : features) {
            score += WEIGHT.getOrDefault(f, 0.0);
            if (rule) {
                score += RULE_WEIGHT.getOrDefault(f, 0.0);
            }
        }
        return score;
    }

    /** The weights' feature names (for tests). */
    static java.util.Set<String> features() {
        return WEIGHT.keySet();
    }

    private static Map<String, Double> ruleWeights(Map<String, Double> weights) {
        Map<String, Double> out = new HashMap<>();
        weights.forEach((f, w) -> {
            if (f.startsWith(RULE_PREFIX)) {
                out.put(f.substring(RULE_PREFIX.length()), w);
            }
        });
        return Map.copyOf(out);
    }

    private static Map<String, Double> load(String name) {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = TriggerRanker.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            int n = 0;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                try {
                    if (f.length != 2) {
                        throw new NumberFormatException("not \"feature TAB weight\"");
                    }
                    out.put(f[0], Double.parseDouble(f[1]));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(name + " line " + n + ": " + e.getMessage() + ": " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}

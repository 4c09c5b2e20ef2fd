package app.dateline.engine.rank;

import app.dateline.engine.merge.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences that tell a day best: the most central of its candidates (those that date an event to
 * the day and the first sentences of the articles published on it or the day after). A sentence is central when
 * its content words (stemmed, stop words left out) are shared by many candidates; the sum is divided by
 * {@code words^lengthExponent}, so a long sentence does not win by length alone. Sentences too short to tell
 * anything, sentences already used (on any day) and sentences that repeat one chosen are skipped.
 */
final class SentencePicker {

    private final Tokenizer tokenizer;
    private final RankWeights weights;
    private final Map<String, Set<String>> terms = new HashMap<>();

    SentencePicker(Tokenizer tokenizer, RankWeights weights) {
        this.tokenizer = tokenizer;
        this.weights = weights;
    }

    /**
     * At most {@code k} of the candidates, most central first; the chosen are added to {@code used}.
     *
     * @param candidates in a fixed order (ties keep it)
     */
    List<String> pick(Collection<String> candidates, int k, Set<String> used) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(candidates));
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String s : unique) {
            for (String t : terms(s)) {
                documentFrequency.merge(t, 1, Integer::sum);
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < unique.size(); i++) {
            Set<String> t = terms(unique.get(i));
            if (t.size() < weights.minWords()) {
                continue;
            }
            double sum = 0;
            for (String term : t) {
                sum += documentFrequency.get(term);
            }
            scored.add(new double[] {sum / Math.pow(t.size(), weights.lengthExponent()), i});
        }
        scored.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        List<String> out = new ArrayList<>();
        for (double[] s : scored) {
            if (out.size() >= k) {
                break;
            }
            String sentence = unique.get((int) s[1]);
            if (used.contains(normal(sentence)) || repeats(sentence, out)) {
                continue;
            }
            out.add(sentence);
            used.add(normal(sentence));
        }
        return out;
    }

    private boolean repeats(String sentence, List<String> chosen) {
        Set<String> t = terms(sentence);
        for (String c : chosen) {
            Set<String> shared = new HashSet<>(t);
            shared.retainAll(terms(c));
            if (shared.size() > weights.redundancy() * t.size()) {
                return true;
            }
        }
        return false;
    }

    private Set<String> terms(String sentence) {
        return terms.computeIfAbsent(sentence, s -> new HashSet<>(tokenizer.terms(s)));
    }

    private static String normal(String sentence) {
        return String.join(" ", sentence.strip().split("\\s+"));
    }
}

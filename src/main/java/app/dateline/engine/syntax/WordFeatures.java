package app.dateline.engine.syntax;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;

/**
 * The part-of-speech model's scores for a word in its sentence, as {@code GISModel.eval} gives them for the stock
 * context generator's features, with the model's parameters for a word's own features (the word, its prefixes and
 * suffixes, hyphen, capital, digit) looked up once per word and kept: only the features of its neighbours (words
 * and tags before, words after) are built and looked up at each position. The same features in the same order, the
 * same sums and the same normalisation, so the same scores to the last bit ({@link #sameAsTheModel} checks it at
 * construction; without it, the model evaluates every word itself). Not thread-safe.
 */
final class WordFeatures {

    /** Words whose features are kept; beyond, the store is emptied and filled again. */
    private static final int MAX_WORDS = 50_000;
    private static final String SB = "*SB*";
    private static final String SE = "*SE*";

    private final MaxentModel model;
    private final POSContextGenerator generator;
    private final Map<String, Context> parameters;
    private final int outcomes;
    private final double logPrior;
    private final Map<String, Context[]> own = new HashMap<>();
    private Context[] buffer = new Context[32];
    /** Whether scores come from here; false: from the model. */
    private final boolean fast;

    @SuppressWarnings("unchecked")
    WordFeatures(MaxentModel model, POSContextGenerator generator) {
        this.model = model;
        this.generator = generator;
        this.outcomes = model.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / outcomes); // the uniform prior of a GIS model read from a file
        Map<String, Context> map = null;
        if (model instanceof GISModel gis && gis.getDataStructures()[1] instanceof Map<?, ?> m) {
            map = (Map<String, Context>) m;
        }
        this.parameters = map;
        this.fast = map != null && sameAsTheModel();
    }

    /** Whether the scores come from the kept features (they equal the model's), not from the model itself. */
    boolean fast() {
        return fast;
    }

    /** The scores of each tag for word {@code i}, given the tags before it, written into {@code scores}. */
    double[] eval(int i, String[] words, String[] tags, double[] scores) {
        return fast ? fastEval(i, words, tags, scores) : model.eval(generator.getContext(i, words, tags, null), scores);
    }

    private double[] fastEval(int i, String[] words, String[] tags, double[] scores) {
        Context[] word = own(words[i]);
        int n = word.length;
        if (buffer.length < n + 6) {
            buffer = new Context[n + 6];
        }
        System.arraycopy(word, 0, buffer, 0, n);
        // the neighbours, as DefaultPOSContextGenerator adds them
        String prev = i > 0 ? words[i - 1] : SB;
        buffer[n++] = parameters.get("p=" + prev);
        if (i > 0) {
            String tagPrev = tags[i - 1];
            if (tagPrev != null) {
                buffer[n++] = parameters.get("t=" + tagPrev);
            }
            buffer[n++] = parameters.get("pp=" + (i > 1 ? words[i - 2] : SB));
            if (i > 1 && tags[i - 2] != null) {
                buffer[n++] = parameters.get("t2=" + tags[i - 2] + "," + tagPrev);
            }
        }
        if (i + 1 < words.length) {
            buffer[n++] = parameters.get("n=" + words[i + 1]);
            buffer[n++] = parameters.get("nn=" + (i + 2 < words.length ? words[i + 2] : SE));
        } else {
            buffer[n++] = parameters.get("n=" + SE);
        }
        Arrays.fill(buffer, n, buffer.length, null); // skipped by the sum
        return score(buffer, scores);
    }

    /** As {@code GISModel.eval}: the uniform prior, the features' parameters summed in order, normalised. */
    private double[] score(Context[] contexts, double[] scores) {
        for (int o = 0; o < outcomes; o++) {
            scores[o] = logPrior;
        }
        ArrayMath.sumFeatures(contexts, null, scores);
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < outcomes; o++) {
            scores[o] /= normal;
        }
        return scores;
    }

    /** The parameters of a word's own features: the stock generator's features of the word alone, less its neighbours. */
    private Context[] own(String word) {
        Context[] known = own.get(word);
        if (known != null) {
            return known;
        }
        String[] features = generator.getContext(0, new String[] {word}, new String[1], null);
        int n = features.length - 2;
        if (n < 0 || !features[n].equals("p=" + SB) || !features[n + 1].equals("n=" + SE)) {
            throw new IllegalStateException("the part-of-speech features of a word alone end unexpectedly: "
                    + Arrays.toString(features));
        }
        Context[] found = new Context[n];
        for (int k = 0; k < n; k++) {
            found[k] = parameters.get(features[k]);
        }
        if (own.size() >= MAX_WORDS) {
            own.clear();
        }
        own.put(word, found);
        return found;
    }

    /** Whether these scores equal the model's, bit for bit, at every word of a few sentences of every shape. */
    private boolean sameAsTheModel() {
        String[][] sentences = {
            {"Blinken", "met", "with", "his", "counterpart", "on", "March", "5", ",", "2024", "."},
            {"Hi"},
            {"The", "U.N.-backed", "talks", "resumed", "in", "1999"},
        };
        try {
            for (String[] words : sentences) {
                String[] tags = new String[words.length];
                double[] mine = new double[outcomes];
                double[] theirs = new double[outcomes];
                for (int i = 0; i < words.length; i++) {
                    model.eval(generator.getContext(i, words, tags, null), theirs);
                    fastEval(i, words, tags, mine);
                    for (int o = 0; o < outcomes; o++) {
                        if (Double.doubleToRawLongBits(mine[o]) != Double.doubleToRawLongBits(theirs[o])) {
                            return false;
                        }
                    }
                    tags[i] = model.getBestOutcome(theirs);
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        } finally {
            own.clear();
        }
    }
}

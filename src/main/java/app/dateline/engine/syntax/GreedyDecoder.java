package app.dateline.engine.syntax;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence left to right with the part-of-speech model, keeping at each word only the most probable tag
 * the model's tag dictionary allows: the beam search of {@code POSTaggerME} with a beam of one, without its
 * sorting of every score at every step. On TimeBank it gives the same trigger scores as the default beam of three
 * in about half the time (README, "Speed"). A word the tag dictionary allows one tag only gets that tag without
 * evaluating the model: the model's scores cannot change it. Not thread-safe (the context generator keeps a cache).
 */
final class GreedyDecoder {

    static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    /** The model's scores with each word's own features looked up once; null: the model evaluates every word. */
    private final WordFeatures features;
    private final SequenceValidator<String> validator;
    /** The validator's tag dictionary when the validator is the stock one that only reads it, else null. */
    private final TagDictionary dictionary;
    private final java.util.Set<String> outcomes = new java.util.HashSet<>();
    /** The model's outcomes that are tenses ("VBD", "VBZ", "VBP", "MD"), by index. */
    private final int[] finiteOutcomes;
    /** The model's tag dictionary, for the tenses a word may have ({@link MissingVerb}) in either decoding. */
    private final TagDictionary knownTags;

    GreedyDecoder(POSModel posModel) {
        this(posModel, true);
    }

    /**
     * @param shortcuts whether to read the tag dictionary directly (one tag only: no model evaluation) and score with
     *                  each word's own features looked up once ({@link WordFeatures}); without,
     *                  every word is evaluated and every outcome asked of the validator (the plain greedy decoding)
     */
    GreedyDecoder(POSModel posModel, boolean shortcuts) {
        this.model = posModel.getArtifact("pos.model");
        if (model == null) {
            throw new IllegalStateException("the part-of-speech model holds no maximum-entropy model");
        }
        this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        this.validator = posModel.getFactory().getSequenceValidator();
        this.knownTags = posModel.getFactory().getTagDictionary();
        this.dictionary = shortcuts && validator.getClass() == DefaultPOSSequenceValidator.class
                ? posModel.getFactory().getTagDictionary() : null;
        for (int o = 0; o < model.getNumOutcomes(); o++) {
            outcomes.add(model.getOutcome(o));
        }
        this.finiteOutcomes = java.util.stream.IntStream.range(0, model.getNumOutcomes())
                .filter(o -> FINITE.contains(model.getOutcome(o))).toArray();
        this.features = shortcuts ? new WordFeatures(model, contexts) : null;
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        decode(words, tags, 0, null);
        String[] repaired = MissingVerb.repair(words, tags, this); // "The police on Friday foiled[JJ] the plan"
        if (repaired != null) {
            tags = repaired;
        }
        // Without the beam, an unknown name opening the sentence can come out as an adjective ("Blinken/JJ met"):
        // a capitalised word before a finite verb is a proper noun.
        if (words.length > 1 && tags[0].equals("JJ") && Character.isUpperCase(words[0].charAt(0)) && FINITE.contains(tags[1])) {
            tags[0] = "NNP";
        }
        return tags;
    }

    /** Per word: the log probability of the tag chosen, and the most probable tense the word could have had. */
    static final class Decoding {
        final double[] logProbability;
        final double[] finite;
        final String[] finiteTag;

        Decoding(int n) {
            logProbability = new double[n];
            finite = new double[n];
            finiteTag = new String[n];
        }

        double logProbability(int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += logProbability[i];
            }
            return sum;
        }
    }

    /** The sentence tagged again from its start, with each word's probabilities ({@link MissingVerb}). */
    Decoding decoded(String[] words) {
        Decoding decoding = new Decoding(words.length);
        decode(words, new String[words.length], 0, decoding);
        return decoding;
    }

    /**
     * Tags the words from {@code from} on, the tags before it fixed; with a {@code decoding}, records each word's
     * probabilities in it (only a sentence short of a verb needs them: the common path records nothing).
     */
    void decode(String[] words, String[] tags, int from, Decoding decoding) {
        double[] scores = new double[model.getNumOutcomes()];
        for (int i = from; i < words.length; i++) {
            String[] allowed = dictionary == null ? null : dictionary.getTags(words[i]);
            if (allowed != null && allowed.length == 1 && outcomes.contains(allowed[0])
                    && (decoding == null || !MissingVerb.mayBe(words[i], allowed, "VBD"))) {
                tags[i] = allowed[0]; // the one outcome the validator accepts, whatever the scores
                if (decoding != null) {
                    decoding.logProbability[i] = 0;
                }
                continue;
            }
            // The context generator and the validator read only the tags before i.
            double[] p = features != null ? features.eval(i, words, tags, scores)
                    : model.eval(contexts.getContext(i, words, tags, null), scores);
            tags[i] = best(p, i, words, tags, allowed);
            if (decoding != null) {
                record(words[i], dictionary != null ? allowed : knownTags.getTags(words[i]), p, tags[i], i, decoding);
            }
        }
    }

    /**
     * Keeps the log probability of the tag chosen for word {@code i} (0 for a word the tag dictionary allows one tag
     * only, in either decoding, so that both compare taggings alike) and the most probable tense the word may have.
     * {@code known}: the word's tags in the model's tag dictionary (null: unknown).
     */
    private void record(String word, String[] known, double[] p, String tag, int i, Decoding decoding) {
        boolean oneTag = known != null && known.length == 1 && !MissingVerb.mayBe(word, known, "VBD");
        decoding.logProbability[i] = oneTag ? 0 : Math.log(Math.max(p[model.getIndex(tag)], Double.MIN_NORMAL));
        decoding.finite[i] = 0;
        decoding.finiteTag[i] = null;
        for (int k = 0; k < finiteOutcomes.length && !oneTag; k++) {
            int o = finiteOutcomes[k];
            if (p[o] > decoding.finite[i] && MissingVerb.mayBe(word, known, model.getOutcome(o))) {
                decoding.finite[i] = p[o];
                decoding.finiteTag[i] = model.getOutcome(o);
            }
        }
    }

    /**
     * The most probable outcome the validator accepts; the most probable of all if it accepts none.
     *
     * @param allowed the word's tags in {@link #dictionary} (looked up once, not per outcome), or null
     */
    private String best(double[] p, int i, String[] words, String[] previous, String[] allowed) {
        boolean[] tried = new boolean[p.length];
        for (int round = 0; round < p.length; round++) {
            int top = -1;
            for (int o = 0; o < p.length; o++) {
                if (!tried[o] && (top < 0 || p[o] > p[top])) {
                    top = o;
                }
            }
            String outcome = model.getOutcome(top);
            if (dictionary != null ? allowed == null || java.util.Arrays.asList(allowed).contains(outcome)
                    : validator.validSequence(i, words, previous, outcome)) {
                return outcome;
            }
            tried[top] = true;
        }
        return model.getBestOutcome(p);
    }
}

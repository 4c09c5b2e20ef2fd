package app.dateline.engine.syntax;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence left to right with the part-of-speech model, keeping at each word only the most probable tag
 * the model's tag dictionary allows: the beam search of {@code POSTaggerME} with a beam of one, without its
 * sorting of every score at every step. On TimeBank it gives the same trigger scores as the default beam of three
 * in about half the time (README, "Speed"). Not thread-safe (the context generator keeps a cache).
 */
final class GreedyDecoder {

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;

    GreedyDecoder(POSModel posModel) {
        this.model = posModel.getArtifact("pos.model");
        if (model == null) {
            throw new IllegalStateException("the part-of-speech model holds no maximum-entropy model");
        }
        this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        this.validator = posModel.getFactory().getSequenceValidator();
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        double[] scores = new double[model.getNumOutcomes()];
        for (int i = 0; i < words.length; i++) {
            // The context generator and the validator read only the tags before i.
            double[] p = model.eval(contexts.getContext(i, words, tags, null), scores);
            tags[i] = best(p, i, words, tags);
        }
        // Without the beam, an unknown name opening the sentence can come out as an adjective ("Blinken/JJ met"):
        // a capitalised word before a finite verb is a proper noun.
        if (words.length > 1 && tags[0].equals("JJ") && Character.isUpperCase(words[0].charAt(0)) && FINITE.contains(tags[1])) {
            tags[0] = "NNP";
        }
        return tags;
    }

    /** The most probable outcome the validator accepts; the most probable of all if it accepts none. */
    private String best(double[] p, int i, String[] words, String[] previous) {
        boolean[] tried = new boolean[p.length];
        for (int round = 0; round < p.length; round++) {
            int top = -1;
            for (int o = 0; o < p.length; o++) {
                if (!tried[o] && (top < 0 || p[o] > p[top])) {
                    top = o;
                }
            }
            String outcome = model.getOutcome(top);
            if (validator.validSequence(i, words, previous, outcome)) {
                return outcome;
            }
            tried[top] = true;
        }
        return model.getBestOutcome(p);
    }
}

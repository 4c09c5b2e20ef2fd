package app.dateline.engine.event;

import app.dateline.engine.event.compress.DeletionCompressor;
import app.dateline.engine.event.compress.DeletionModel;
import app.dateline.engine.event.compress.DeletionTrainer;
import app.dateline.engine.event.compress.DeletionTrainer.Example;
import app.dateline.engine.event.compress.GoldAlignment;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the deletion model on sentences and people's compressions of them, and measures it honestly: k-fold
 * cross-validation, folds by line number (line i is in fold i mod k), each fold labelled by a model trained on
 * the others.
 */
public final class CompressorTraining {

    private final int passes;
    private final double keepBonus;

    /** @param passes the perceptron's passes over the pairs; keepBonus: {@link DeletionTrainer#DeletionTrainer} */
    public CompressorTraining(int passes, double keepBonus) {
        this.passes = passes;
        this.keepBonus = keepBonus;
    }

    /** The training pairs: each sentence as the model sees it and the tokens its compression keeps. */
    public List<Example> examples(List<String> sentences, List<String> compressions) {
        if (sentences.size() != compressions.size()) {
            throw new IllegalArgumentException("line counts differ: sentences " + sentences.size() + ", compressions "
                    + compressions.size());
        }
        SentenceLabeler labeler = new SentenceLabeler(null, null);
        List<Example> examples = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            var input = labeler.compressionInput(sentences.get(i));
            examples.add(new Example(input, GoldAlignment.keep(input.sentence(), compressions.get(i))));
        }
        return examples;
    }

    public DeletionModel train(List<Example> examples) {
        return new DeletionTrainer(passes, keepBonus).train(examples);
    }

    /**
     * The oracle of the candidates: each sentence's label from the candidate closest to its compression (the
     * ceiling of a model that chooses among them); a sentence with a date or with no candidate gets its usual label.
     */
    public List<String> oracle(List<String> sentences, List<Example> examples) {
        SentenceLabeler labeler = new SentenceLabeler(null, null);
        List<String> labels = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Example e = examples.get(i);
            boolean[] best = labeler.hasPlottableDate(sentences.get(i)) ? null : DeletionTrainer.oracle(e.input(), e.gold());
            labels.add(best == null ? labeler.label(sentences.get(i)) : EventBuilder.spell(e.input().sentence(), best));
        }
        return labels;
    }

    /** Each sentence's label from a model that did not see it: fold {@code i mod folds}, trained on the other folds. */
    public List<String> crossValidated(List<String> sentences, List<Example> examples, int folds) {
        String[] labels = new String[sentences.size()];
        for (int f = 0; f < folds; f++) {
            List<Example> rest = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != f) {
                    rest.add(examples.get(i));
                }
            }
            SentenceLabeler labeler = new SentenceLabeler(null, new DeletionCompressor(train(rest)));
            for (int i = f; i < sentences.size(); i += folds) {
                labels[i] = labeler.label(sentences.get(i));
            }
        }
        return List.of(labels);
    }
}

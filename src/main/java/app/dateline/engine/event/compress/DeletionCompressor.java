package app.dateline.engine.event.compress;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Shortens a sentence by deleting words, as people do for news headlines: the {@link DeletionModel} chooses which
 * tokens stay (the verb the rules chose always does), {@link Tidy} makes them read. Thread-safe.
 */
public final class DeletionCompressor {

    /** The model shipped with Dateline: trained on the 500 dev pairs (README, "Labels: the learned compressor"). */
    public static final String MODEL = "/dateline/labels/deletion-model.tsv";

    private final DeletionModel model;

    public DeletionCompressor(DeletionModel model) {
        this.model = model;
    }

    /** The shipped model. */
    public static DeletionCompressor shipped() {
        return Holder.SHIPPED;
    }

    /** @return per token: kept */
    public boolean[] keep(CompressionInput in) {
        boolean[] forced = new boolean[in.size()];
        int verb = TokenFeatures.ruleVerb(in);
        if (verb >= 0) {
            forced[verb] = true;
        }
        List<List<String>> features = TokenFeatures.of(in);
        Candidate chosen = model.choose(in, features, Candidates.of(in));
        if (chosen != null) {
            return chosen.keep();
        }
        boolean[] keep = model.decode(in, features, forced);
        Tidy.apply(in.sentence(), keep);
        return keep;
    }

    private static final class Holder {
        static final DeletionCompressor SHIPPED = load();

        private static DeletionCompressor load() {
            try (InputStream in = DeletionCompressor.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the deletion model " + MODEL + " is missing from the build");
                }
                return new DeletionCompressor(DeletionModel.read(in, MODEL));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(MODEL + ": " + e.getMessage(), e);
            }
        }
    }
}

package app.dateline.engine.tagger;

/** Hears what the tagger could not do in an article: one line each, for the user. */
@FunctionalInterface
public interface TaggingWarnings {

    TaggingWarnings NONE = message -> { };

    void warn(String message);

    /**
     * A sentence read by the rules only because Natty took too long on it. This depends on the machine's
     * load, so a result with such a warning should not be kept as the article's final result.
     */
    default void tooSlow(String message) {
        warn(message);
    }
}

package app.dateline.engine.tagger;

/** The tense of the sentence around an expression: decides which way "Friday" or "in March" resolves. */
public enum Tense {
    PAST, PRESENT, FUTURE
}

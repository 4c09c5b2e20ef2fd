package app.dateline.engine.tagger;

/** A TIMEX3 value with the anchor it was resolved from. */
public record ResolvedValue(String value, Anchor anchor) {
}

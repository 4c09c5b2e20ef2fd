package app.dateline.app.timeline.layout;

/** One step of the axis: it starts at {@code day}, ends at {@code end} (the next tick) and reads {@code label}. */
public record Tick(double day, double end, String label) {
}

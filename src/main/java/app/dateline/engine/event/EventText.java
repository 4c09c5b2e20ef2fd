package app.dateline.engine.event;

/**
 * What the engine says of one mention's event: its headline and its trigger (body offsets, or null).
 */
public record EventText(String label, Trigger trigger) {
}

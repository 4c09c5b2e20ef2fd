package app.dateline.engine.text;

/** A paragraph of the body: {@code [begin, end)} in UTF-16 offsets. */
public record Paragraph(int index, int begin, int end) {
}

package app.dateline.engine.text;

/** A sentence of the body: {@code [begin, end)} in UTF-16 offsets, and the paragraph that holds it. */
public record Sentence(int index, int begin, int end, int paragraph) {

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}

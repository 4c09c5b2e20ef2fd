package app.dateline.engine.event;

/**
 * A stretch of the article a label's words come from: {@code begin}/{@code end} are UTF-16 offsets into the body
 * (end exclusive), like a mention's. A label made of one sentence has one or a few (the words it keeps, in runs);
 * a label that names a pronoun's person or takes its event from the next sentences has some in those sentences.
 */
public record LabelSource(int begin, int end) implements java.io.Serializable {

    public LabelSource {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("a label source runs forward from 0: " + begin + "-" + end);
        }
    }
}

package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import java.util.List;

/** The sentences around a written sentence, as a headline's context: the tests' stand-in for an article. */
final class WrittenContexts {

    private WrittenContexts() {
    }

    /** A context whose sentences before are {@code sentences}, the last of them just before. */
    static HeadlineMaker.Context before(List<ParsedSentence> sentences) {
        return new HeadlineMaker.Context() {
            @Override
            public ParsedSentence before(int k) {
                return k <= sentences.size() ? sentences.get(sentences.size() - k) : null;
            }

            @Override
            public ParsedSentence after(int k) {
                return null;
            }
        };
    }

    /** A context whose sentences after are {@code sentences}, the first of them just after. */
    static HeadlineMaker.Context after(List<ParsedSentence> sentences) {
        return new HeadlineMaker.Context() {
            @Override
            public ParsedSentence before(int k) {
                return null;
            }

            @Override
            public ParsedSentence after(int k) {
                return k <= sentences.size() ? sentences.get(k - 1) : null;
            }
        };
    }
}

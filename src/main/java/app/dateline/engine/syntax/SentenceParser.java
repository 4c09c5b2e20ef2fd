package app.dateline.engine.syntax;

import java.util.List;

/**
 * Words, part-of-speech tags and phrases of one sentence: {@link WordSplitter}, {@link PosTagger} and
 * {@link Chunker}. Thread-safe (the tagger is per thread).
 */
public final class SentenceParser {

    private final WordSplitter splitter = new WordSplitter();
    private final PosTagger tagger = new PosTagger();
    private final Chunker chunker = new Chunker();

    /** @param offset where the sentence starts in the article body */
    public ParsedSentence parse(String sentence, int offset) {
        List<Token> words = splitter.split(sentence);
        List<Token> tagged = words.isEmpty() ? words : tagger.tag(words);
        return new ParsedSentence(sentence, offset, tagged, chunker.chunk(tagged));
    }
}

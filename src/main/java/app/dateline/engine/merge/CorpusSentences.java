package app.dateline.engine.merge;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every sentence of a corpus with the article it comes from: the documents term weights are learnt from, and,
 * summed per article, the articles' own vectors (so the corpus is read into terms once, not twice).
 */
public final class CorpusSentences extends AbstractList<String> implements RandomAccess {

    private final List<String> sentences = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    /** Adds a sentence of the article read from {@code source}. */
    public void add(String source, String sentence) {
        sources.add(source);
        sentences.add(sentence);
    }

    @Override
    public String get(int index) {
        return sentences.get(index);
    }

    /** The article the sentence at {@code index} comes from. */
    public String source(int index) {
        return sources.get(index);
    }

    @Override
    public int size() {
        return sentences.size();
    }
}

package app.dateline.engine.syntax;

import java.util.List;

/**
 * A sentence with its tagged tokens and phrases. Token offsets count from the start of {@code text}.
 *
 * @param offset where the sentence starts in the article body
 */
public record ParsedSentence(String text, int offset, List<Token> tokens, List<Chunk> chunks) {

    public ParsedSentence {
        tokens = List.copyOf(tokens);
        chunks = List.copyOf(chunks);
    }

    /** The index of the token holding character {@code at} (sentence offsets), or of the next one; size() at the end. */
    public int tokenAt(int at) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > at) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The index of the phrase holding token {@code t}. */
    public int chunkOf(int t) {
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).contains(t)) {
                return i;
            }
        }
        return -1;
    }

    /** The text from token {@code first} to token {@code last}, inclusive, as the sentence writes it. */
    public String span(int first, int last) {
        return text.substring(tokens.get(first).begin(), tokens.get(last).end());
    }
}

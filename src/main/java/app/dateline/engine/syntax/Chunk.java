package app.dateline.engine.syntax;

/**
 * A phrase of a sentence: tokens {@code first..last} inclusive.
 *
 * @param type NP (noun phrase), VP (verb group: "has been taken"), or O (any other single token)
 * @param head the index of the phrase's main word: the last noun of a noun phrase; the first verb of a verb
 *             group that is not an auxiliary ("has been taken", "tried to scare"), else its last verb
 */
public record Chunk(String type, int first, int last, int head) {

    public boolean isNounPhrase() {
        return type.equals("NP");
    }

    public boolean isVerbGroup() {
        return type.equals("VP");
    }

    public boolean contains(int token) {
        return first <= token && token <= last;
    }
}

package app.dateline.engine.syntax;

/**
 * One word or punctuation mark of a sentence with its Penn Treebank part-of-speech tag.
 *
 * @param begin offset of its first character in the text the sentence was parsed from
 * @param end   exclusive end offset
 * @param tag   Penn Treebank tag: NN, NNS, NNP, VBD, VBN, IN, DT...
 */
public record Token(String text, int begin, int end, String tag) {

    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    /** A singular or plural common noun (NN, NNS), not a name. */
    public boolean isCommonNoun() {
        return tag.equals("NN") || tag.equals("NNS");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.equals("PRP");
    }

    public boolean isPunctuation() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0)) && text.length() <= 3
                && text.chars().noneMatch(Character::isLetterOrDigit);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}

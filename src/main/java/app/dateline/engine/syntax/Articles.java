package app.dateline.engine.syntax;

/**
 * Whether "a" or "an" may stand right before a word, so that a label that leaves out the words between an article
 * and its noun does not read "a oil slick" or "an sum".
 */
public final class Articles {

    private Articles() {
    }

    /**
     * Whether {@code article} ("a" or "an", any case) fits right before {@code word}: "a" before a consonant letter,
     * "an" before a vowel. By the letter only: "a university" and "an hour" are not told apart, so no word opening
     * with "u" or "h" (nor with a digit or a mark) is said to fit.
     */
    public static boolean fits(String article, String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        char first = Character.toLowerCase(word.charAt(0));
        if (first == 'u' || first == 'h') {
            return false;
        }
        return article.equalsIgnoreCase("an") == ("aeio".indexOf(first) >= 0);
    }

    /** Whether a word is the indefinite article. */
    public static boolean indefinite(String word) {
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }
}

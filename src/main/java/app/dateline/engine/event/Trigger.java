package app.dateline.engine.event;

/**
 * The word that names the event a date is about: a verb ("accepted", "extended") or an event noun
 * ("ceremony", "ban"), as it stands in the article.
 *
 * @param text  the word as written: {@code body.substring(begin, end)}
 * @param begin UTF-16 offset into the article body (the text after the front matter)
 * @param end   exclusive end offset into the body
 * @param lemma its dictionary form ("accept", "ban"), lower case
 */
public record Trigger(String text, int begin, int end, String lemma) implements java.io.Serializable {

    public Trigger {
        if (text == null || lemma == null || begin < 0 || end < begin || end - begin != text.length()) {
            throw new IllegalArgumentException("bad trigger: " + text + " at " + begin + "-" + end);
        }
    }

    /** This trigger moved by {@code delta} characters (from sentence to body offsets, say). */
    public Trigger shifted(int delta) {
        return new Trigger(text, begin + delta, end + delta, lemma);
    }
}

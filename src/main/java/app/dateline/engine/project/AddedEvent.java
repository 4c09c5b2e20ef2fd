package app.dateline.engine.project;

import app.dateline.engine.timex.TimexMod;
import java.util.Objects;

/**
 * An event the user made by selecting a phrase in an article.
 *
 * @param article the article's path (absolute in memory)
 * @param begin   offset of the phrase in the article body
 * @param text    the phrase, to find it again if the article changed
 * @param value   the TIMEX3 value the user gave, or null to let the engine read the phrase
 * @param label   the user's label, or null for one made from the sentence
 */
public record AddedEvent(String id, String article, int begin, int end, String text, String value, TimexMod mod,
                         String label) {

    public AddedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("an added event needs a phrase: offsets " + begin + "-" + end);
        }
    }

    AddedEvent withArticle(String path) {
        return new AddedEvent(id, path, begin, end, text, value, mod, label);
    }
}

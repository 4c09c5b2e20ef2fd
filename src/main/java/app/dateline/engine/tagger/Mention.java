package app.dateline.engine.tagger;

import app.dateline.engine.timex.Timex;

/**
 * A temporal expression found in an article body.
 *
 * @param begin     UTF-16 offset of its first character in the body
 * @param end       offset just past its last character
 * @param sentence  index of the sentence that holds it
 * @param paragraph index of the paragraph that holds it
 * @param origin    what found it: a rule name, or "natty:..." for the Natty parser
 */
public record Mention(int begin, int end, String text, Timex timex, Anchor anchor, int sentence, int paragraph,
                      String origin) implements java.io.Serializable {
}

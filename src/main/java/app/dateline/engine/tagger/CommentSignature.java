package app.dateline.engine.tagger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's comment's signature: "At 12:19 26th Apr 2009, X wrote:", "At 7:24 pm on 18 Jun 2009, BLT wrote:",
 * "At 11:59 am on 28 May 2010, Andrew Lye wrote:". Its date says when the comment was written: the tagger reads the
 * comment's "today", "yesterday" and "on Monday" against it, not against the article's date (a comment of 1 May
 * under an article of 29 April that says "last night" means 30 April), and the ranking gives the signature no weight
 * as evidence for a day.
 */
public final class CommentSignature {

    /** The signature, whatever part of it the date phrase took. */
    public static final Pattern PATTERN = Pattern.compile(
            "\\bAt\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]m)?\\s+(?:on\\s+)?[^,]{1,25},\\s*[^\\s,.;:][^,.;:]{0,39}?\\s+wrote\\s*:");

    private CommentSignature() {
    }

    /** Whether {@code begin..end} of {@code sentence} lies inside a comment's signature. */
    public static boolean holds(String sentence, int begin, int end) {
        Matcher m = PATTERN.matcher(sentence);
        while (m.find() && m.start() <= begin) {
            if (end <= m.end()) {
                return true;
            }
        }
        return false;
    }
}

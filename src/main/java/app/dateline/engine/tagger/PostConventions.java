package app.dateline.engine.tagger;

import java.util.regex.Pattern;

/**
 * How social posts are read and written, where they differ from news. A post speaks of what is coming: a
 * day of the week ("Tues", "this weekend") without a past tense is the next one, not the last. The values
 * are the same TIMEX3 values as in news: "2014" in a post is {@code 2014}, not the {@code 2014-XX-XX} some
 * tweet annotations write, so exports of posts and news agree.
 */
final class PostConventions {

    private static final Pattern WEEKDAY = Pattern.compile("UNDEF-weekday-([1-7]|WE)");

    private PostConventions() {
    }

    /** The value form to resolve: a bare weekday not in the past tense is this week's coming one. */
    static String value(String value, Tense tense) {
        int plus = value.indexOf('+');
        String head = plus < 0 ? value : value.substring(0, plus);
        if (tense != Tense.PAST && WEEKDAY.matcher(head).matches()) {
            return "UNDEF-this-" + value.substring("UNDEF-".length());
        }
        return value;
    }
}

package app.dateline.engine.tagger;

import java.util.regex.Pattern;

/**
 * How social posts are read and written, where they differ from news. A post speaks of what is coming: a
 * day of the week ("Tues", "this weekend") without a past tense is the next one, not the last. And the
 * annotated tweets write a year as {@code 2014-XX-XX}; Dateline writes a year in a post the same way (the
 * timeline reads it as the year).
 */
final class PostConventions {

    private static final Pattern WEEKDAY = Pattern.compile("UNDEF-weekday-([1-7]|WE)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

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

    /** A year as the tweet annotations write it. */
    static String year(String value) {
        return YEAR.matcher(value).matches() ? value + "-XX-XX" : value;
    }
}

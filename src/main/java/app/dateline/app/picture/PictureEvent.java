package app.dateline.app.picture;

import java.util.List;

/**
 * One event as a published picture shows it.
 *
 * @param start      first day (epoch day) the event covers
 * @param end        the day after its last
 * @param point      a day or a time (drawn as a dot), else a period (drawn as a bar)
 * @param when       the date in words: "August 15, 2021", "July to August 2021"
 * @param headline   what happened, never cut by the picture
 * @param summary    one sentence that tells it, from a source
 * @param sources    the publishers (or article titles) that tell it, once each
 * @param group      the colour group of its first source
 * @param disagree   whether the sources give dates with no day in common
 * @param key        whether it is one of the story's key events (drawn first, in bold)
 * @param excerpts   each source's paragraph, for pages that can open them
 */
public record PictureEvent(String id, double start, double end, boolean point, String when, String headline,
                           String summary, List<String> sources, int group, boolean disagree, boolean key,
                           List<Excerpt> excerpts) {

    /** A source's paragraph with the date phrase at {@code begin..end}, and where it comes from. */
    public record Excerpt(String text, int begin, int end, String source) {
    }

    public PictureEvent {
        sources = List.copyOf(sources);
        excerpts = List.copyOf(excerpts);
    }

    public int sourceCount() {
        return sources.size();
    }
}

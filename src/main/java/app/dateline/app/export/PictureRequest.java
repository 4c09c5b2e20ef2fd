package app.dateline.app.export;

import app.dateline.app.model.LegendEntry;
import app.dateline.engine.event.Event;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What to draw in a timeline picture.
 *
 * @param from   first day to show (epoch day), or null for the whole timeline
 * @param to     day after the last to show, or null for the whole timeline
 * @param width  the picture's width in layout pixels; the PNG is {@code width * scale} pixels wide
 * @param scale  1, 2 or 3: pixels per layout pixel
 * @param footer a small line at the bottom (where the events came from), or null
 */
public record PictureRequest(List<Event> events, ToIntFunction<Event> series, List<LegendEntry> legend, String title,
                             Double from, Double to, double width, double scale, String footer) {

    public PictureRequest {
        events = List.copyOf(events);
        legend = List.copyOf(legend);
        if (width < 200) {
            throw new IllegalArgumentException("width must be at least 200 pixels, was " + width);
        }
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be between 1 and 4, was " + scale);
        }
        if ((from == null) != (to == null) || from != null && to <= from) {
            throw new IllegalArgumentException("from must come before to");
        }
    }

    public boolean whole() {
        return from == null;
    }
}

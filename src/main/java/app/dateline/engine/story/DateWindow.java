package app.dateline.engine.story;

import app.dateline.engine.merge.MergedEvent;
import java.time.LocalDate;

/**
 * The days a story covers, both ends inclusive; either end may be open (null). An event is in the window when
 * the days it covers meet it; an event with no days (a duration, an unanchored date) is in only an open window.
 */
public record DateWindow(LocalDate from, LocalDate to) implements java.io.Serializable {

    public static final DateWindow ALL = new DateWindow(null, null);

    public DateWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it begins (" + from + ")");
        }
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    public boolean holds(MergedEvent e) {
        if (isOpen()) {
            return true;
        }
        LocalDate a = e.date().from();
        LocalDate b = e.date().to();
        if (a == null || b == null) {
            return false;
        }
        return (to == null || !a.isAfter(to)) && (from == null || !b.isBefore(from));
    }
}

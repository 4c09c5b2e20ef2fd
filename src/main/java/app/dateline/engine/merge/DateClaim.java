package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.util.List;

/** What some of an event's sources say its date is: one date and the sources that give it. */
public record DateClaim(EventDate date, List<Event> sources) implements java.io.Serializable {

    public DateClaim {
        sources = List.copyOf(sources);
    }
}

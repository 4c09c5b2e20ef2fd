package app.dateline.engine.rank;

import app.dateline.engine.event.Event;

/** The ranking's name for {@link app.dateline.engine.event.Stamps}: dates that stamp a text rather than tell an event. */
final class Stamps {

    private Stamps() {
    }

    static boolean isStamp(Event e) {
        return app.dateline.engine.event.Stamps.isStamp(e);
    }
}

package app.dateline.engine.event;

/** Why a date on the calendar is no event on the timeline. */
public enum NoEvent {
    /** The date says when a text was written: the article's date line, a wire story's, a page's or a comment's stamp. */
    WRITTEN_TIME,
    /** The date is asked about in a question ("Did you get the bug last year?"), not told. */
    ASKED,
    /** The event's subject is the reader, or anyone ("You can read the full speech here"): no actor of the story. */
    ADDRESSED,
    /**
     * The sentence is not in English ("Última actualización: jueves, 11 de junio de 2009") or lost its letters in the
     * scrape ("Qu n th ng i Vi t ..."): no label can be made of it.
     */
    NOT_ENGLISH,
    /**
     * The date is the point a comparison counts from ("stopped the flow for the first time since 20 April", "its lowest
     * level since 1996"): what happened on it is not told.
     */
    COMPARED,
    /** The sentence is its date alone ("January 2010.", a schedule's "10.45am-6.30"): nothing happens in it. */
    DATE_ALONE
}

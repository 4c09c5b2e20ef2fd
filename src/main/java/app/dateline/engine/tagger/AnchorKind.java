package app.dateline.engine.tagger;

/** How a mention's value was fixed on the calendar. */
public enum AnchorKind {
    /** The text gives the whole date ("April 6, 2023", "the 1990s"). */
    EXPLICIT("explicit"),
    /** Part or all of the date comes from the article's own date ("last week", "in April"). */
    ARTICLE_DATE("article-date"),
    /** Resolved against the date mentioned before it ("a year later", "the following month"). */
    PREVIOUS_DATE("previous-date"),
    /**
     * Resolved against the time the story is at, the date last given in the text, because the text (or its
     * paragraph) tells a story of another time than the article's date ("On 20 August" in a history of 1950).
     */
    STORY_TIME("story-time"),
    /** Relative, but the article has no date: the value keeps X for what the text does not say. */
    UNANCHORED("unanchored"),
    /** Durations and sets: not points on the calendar. */
    NOT_A_POINT("none");

    private final String code;

    AnchorKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package app.dateline.engine.article;

/** Where an article's own date came from. */
public enum DateOrigin {
    FRONT_MATTER("front matter"),
    DATE_LINE("date line in the text"),
    STAMP("time stamp at the head of the text"),
    GIVEN("--dct option"),
    UNKNOWN("unknown");

    private final String description;

    DateOrigin(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

package app.dateline.engine.project;

/**
 * A correction kept in the project whose event was not found in this reading of the corpus (the article is
 * gone or no longer says it). It stays in the project and applies again if the event comes back.
 *
 * @param kind   "date", "label", "hidden", "added", "merge" or "split"
 * @param detail what it was about, for the user
 */
public record Unresolved(String kind, String detail) {

    public String message() {
        return "kept but not applied (" + kind + "): " + detail;
    }
}

package app.dateline.app.picture;

/** A line of a picture's legend: a publisher (or the rest of them), its colour and how many events it tells. */
public record SourceGroup(String name, String colour, int events) {
}

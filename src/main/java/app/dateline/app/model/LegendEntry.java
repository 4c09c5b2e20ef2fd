package app.dateline.app.model;

/**
 * One line of a legend: an article's colour, its name and how many of its events are shown.
 *
 * @param series the colour index
 */
public record LegendEntry(int series, String title, String detail, int count) {
}

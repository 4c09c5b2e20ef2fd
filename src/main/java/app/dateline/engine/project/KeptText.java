package app.dateline.engine.project;

/**
 * What a timeline file says of one of its events, kept when the file is opened again: the label and the summary it
 * was saved with, and how many sources the event had. Opened without its articles, the file's events are rebuilt from
 * their excerpts, where the source that tells an event best may come out differently; the saved words stand instead.
 *
 * @param label   the event's label in the file
 * @param summary the event's summary sentence in the file
 * @param sources how many sources the event had in the file: the words are kept while it has them all, and no other
 */
public record KeptText(String label, String summary, int sources) {
}

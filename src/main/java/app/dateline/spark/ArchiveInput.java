package app.dateline.spark;

import java.io.Serializable;

/**
 * One article of the archive before it is read: a file ({@code path}), a row (its fields), or an entry that is
 * already known to be bad ({@code problem}).
 *
 * @param ordinal its place in the archive (files in the order {@code extract} reads them, then rows in input order)
 * @param source  what names it in every output: the file as given, or the row's id
 */
public record ArchiveInput(long ordinal, String source, String path, String title, String publisher, String published,
                           String text, String problem) implements Serializable {

    static ArchiveInput file(long ordinal, String path) {
        return new ArchiveInput(ordinal, path, path, null, null, null, null, null);
    }

    static ArchiveInput row(long ordinal, String id, String title, String publisher, String published, String text) {
        return new ArchiveInput(ordinal, id, null, title, publisher, published, text, null);
    }

    static ArchiveInput bad(long ordinal, String source, String problem) {
        return new ArchiveInput(ordinal, source, null, null, null, null, null, problem);
    }
}

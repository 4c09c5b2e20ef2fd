package app.dateline.engine.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A written news article of 2009-04-28 with a reader's comment under it (a comment stamp), for the tests of what a
 * stamp is: a date the tagger reads, but no event. More lines can follow the comment.
 */
public final class CommentedArticle {

    private CommentedArticle() {
    }

    /** Writes the article as {@code a.txt} in {@code dir}, with {@code more} lines after the comment. */
    public static Path write(Path dir, String... more) throws IOException {
        StringBuilder text = new StringBuilder("""
                ---
                published: 2009-04-28
                ---
                The ministry confirmed two cases of swine flu in Scotland on Monday.
                At 12:19 27th Apr 2009, tclimber wrote: The ministry should close the schools.
                """);
        for (String line : more) {
            text.append(line).append('\n');
        }
        Path file = dir.resolve("a.txt");
        Files.writeString(file, text);
        return file;
    }
}

package app.dateline.engine.extract;

import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.article.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus on the calling thread with one extractor kept for all tests, so the tagger (and Natty in
 * it) is built once per test thread rather than once per reading. Same code path as {@link Extractor#extract(List)}
 * runs per article.
 */
public final class Corpora {

    private static final Extractor EXTRACTOR = new Extractor(new ArticleReader(), 1);

    private Corpora() {
    }

    public static CorpusExtraction read(Path... paths) {
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(paths));
        List<ArticleExtraction> done = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>(listing.problems());
        ArticleReader reader = new ArticleReader();
        for (Path f : listing.files()) {
            try {
                done.add(EXTRACTOR.extract(reader.read(f)));
            } catch (ArticleReadException e) {
                problems.add(new ReadProblem(e.source(), e.problem(), true));
            }
        }
        return new CorpusExtraction(done, problems);
    }

    /** Writes one article published on {@code published} with {@code body} as {@code a.txt} in {@code dir}, and reads it. */
    public static CorpusExtraction article(Path dir, String published, String body) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "---\npublished: " + published + "\n---\n" + body);
        return read(dir);
    }
}

package app.dateline.cli;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.extract.Extractor;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --dct} and {@code --threads}, shared by the commands that extract articles: how the articles are read. */
final class ReadingOptions {

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
            description = "Article date for files that give none (no front matter date and no date line)")
    LocalDate dct;

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    Extractor extractor(ExtractionCache cache) {
        return new Extractor(new ArticleReader(dct), threads, cache);
    }
}

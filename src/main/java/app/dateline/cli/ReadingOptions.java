package app.dateline.cli;

import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.extract.Extractor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --dct} and {@code --threads}, shared by the commands that extract articles: how the articles are read. */
final class ReadingOptions {

    @Mixin
    DctOption date = new DctOption();

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    Extractor extractor(ExtractionCache cache) {
        return new Extractor(date.reader(), threads, cache);
    }
}

package app.dateline.cli;

import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.merge.MergeCache;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --no-cache} and {@code --cache-dir}, shared by the commands that read articles. */
final class CacheOptions {

    @Option(names = "--no-cache", description = "Neither read nor write the cache of results")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Cache folder (default: $XDG_CACHE_HOME/dateline or ~/.cache/dateline)")
    Path cacheDir;

    ExtractionCache cache() {
        if (noCache) {
            return ExtractionCache.NONE;
        }
        return ExtractionCache.at(cacheDir != null ? cacheDir : ExtractionCache.defaultRoot());
    }

    /** The merger's cache of groups, beside the extraction cache (none with {@code --no-cache}). */
    MergeCache mergeCache() {
        return noCache ? MergeCache.NONE : MergeCache.at(cacheDir != null ? cacheDir : ExtractionCache.defaultRoot());
    }
}

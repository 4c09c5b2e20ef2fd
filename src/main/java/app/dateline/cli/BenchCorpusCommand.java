package app.dateline.cli;

import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.extract.ArticleFiles;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.ExtractionListener;
import app.dateline.engine.files.FileTrees;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.merge.MergeCache;
import app.dateline.engine.merge.MergeConstraints;
import app.dateline.engine.merge.MergeSettings;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.rank.EventRanker;
import app.dateline.engine.story.KeyEvents;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-corpus}: makes a folder of synthetic articles (see {@link SyntheticCorpus}), or takes a folder of
 * real ones ({@code --existing}), and times opening it as the app does, reading, merging and ranking: first with an empty
 * cache, then again with the cache the first open filled. Prints
 * times, the peak heap of each open, the process's peak resident memory, and how often progress was told.
 */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = "Generates a folder of articles and times opening it: first open (empty cache), reopen "
                + "(warm cache), peak heap and peak resident memory.")
public final class BenchCorpusCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles to generate (default: ${DEFAULT-VALUE})")
    private int articles;

    @Option(names = "--words", defaultValue = "500", description = "Mean words per article (default: ${DEFAULT-VALUE})")
    private int words;

    @Option(names = "--dir", required = true, description = "Folder to generate into (made if missing), or with --existing the folder to open")
    private Path dir;

    @Option(names = "--existing", description = "Open --dir as it is (a folder of real articles): generate nothing; the cache goes to DIR/.cache")
    private boolean existing;

    @Option(names = "--no-merge", description = "Time reading only, without merging the mentions into events (nor ranking them)")
    private boolean noMerge;

    @Option(names = "--no-rank", description = "Time reading and merging, without ranking the events")
    private boolean noRank;

    @Option(names = "--key-terms", description = "Merging: heaviest terms a mention is blocked by (default: the merger's)")
    private Integer keyTerms;

    @Option(names = "--block-limit", description = "Merging: largest block compared whole (default: the merger's)")
    private Integer blockLimit;

    @Option(names = "--source", defaultValue = "corpus", description = "Articles whose paragraphs are mixed in (default: ${DEFAULT-VALUE})")
    private Path source;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--regenerate", description = "Generate again even if the folder already holds articles")
    private boolean regenerate;

    @Option(names = "--open-only", description = "Only open the folder once with the cache as it is (for a reopen in a fresh JVM)")
    private boolean openOnly;

    @Option(names = "--big-mb", defaultValue = "0", description = "Instead: time one article of this many MB")
    private int bigMegabytes;

    @Option(names = "--one-line", description = "With --big-mb: the article is a single line (no line breaks at all)")
    private boolean oneLine;

    @Option(names = "--cancel-after", paramLabel = "SECONDS", defaultValue = "0",
            description = "Instead: cancel an open (empty cache) after this long and time how soon it returns")
    private double cancelAfter;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || articles < 1 || words < 1 || bigMegabytes < 0 || !(cancelAfter >= 0)) {
            throw new CommandRefusedException(ExitCode.USAGE,
                    "--threads, --articles and --words must be at least 1, --big-mb and --cancel-after at least 0");
        }
        Path cacheDir = dir.resolve(".cache"); // hidden: not listed as articles
        if (bigMegabytes > 0) {
            return big(cacheDir);
        }
        if (existing) {
            System.out.println("opening " + dir + " as it is");
        } else if (regenerate || !Files.exists(dir.resolve(".generated"))) {
            if (Files.exists(dir)) {
                FileTrees.delete(dir);
            }
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            SyntheticCorpus.Written w = new SyntheticCorpus(seed, source).write(dir, articles, words);
            Files.writeString(dir.resolve(".generated"), "articles=" + w.articles() + " words=" + w.words() + "\n");
            System.out.printf(Locale.ROOT, "generated articles=%d words=%d seconds=%.1f dir=%s%n", w.articles(), w.words(),
                    seconds(System.nanoTime() - t0), dir);
        } else {
            System.out.println("reusing " + dir + ": " + Files.readString(dir.resolve(".generated")).strip());
        }
        HeapPeak heap = new HeapPeak();
        if (cancelAfter > 0) {
            if (Files.exists(cacheDir)) {
                FileTrees.delete(cacheDir);
            }
            cancelled(dir, ExtractionCache.at(cacheDir));
        } else if (openOnly) {
            open("open", cacheDir, heap);
        } else {
            if (Files.exists(cacheDir)) {
                FileTrees.delete(cacheDir);
            }
            double first = open("first_open", cacheDir, heap);
            System.gc();
            double again = open("reopen", cacheDir, heap);
            System.out.printf(Locale.ROOT, "speedup=%.1f%n", first / again);
        }
        System.out.printf(Locale.ROOT, "peak_rss_mb=%s threads=%d cores=%d max_heap_mb=%d%n", peakRss(), threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        heap.close();
        return 0;
    }

    private double open(String phase, Path cacheDir, HeapPeak heap) {
        ExtractionCache cache = ExtractionCache.at(cacheDir);
        Extractor extractor = new Extractor(new ArticleReader(), threads, cache);
        ProgressTicks ticks = new ProgressTicks();
        heap.reset();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        CorpusExtraction result = extractor.extract(List.of(dir), ticks, () -> false);
        long read = System.nanoTime() - t0;
        long readCpu = cpuNanos() - cpu0;
        Extractor.Times times = extractor.times();
        String merging = String.format(Locale.ROOT, " read_s=%.2f read_cpu_s=%.1f (tagging_cpu_s=%.1f syntax_cpu_s=%.1f)",
                seconds(read), seconds(readCpu), seconds(times.taggingCpuNanos()), seconds(times.syntaxCpuNanos()));
        if (!noMerge) {
            long m0 = System.nanoTime();
            long mc0 = cpuNanos();
            MergeSettings settings = MergeSettings.DEFAULT.withBlocking(
                    keyTerms == null ? MergeSettings.DEFAULT.keyTerms() : keyTerms,
                    blockLimit == null ? MergeSettings.DEFAULT.blockLimit() : blockLimit);
            Merger.Report report = new Merger(settings).withCache(MergeCache.at(cacheDir)).run(result.events(), Merger.sentences(result), MergeConstraints.NONE);
            long mergeWall = System.nanoTime() - m0;
            long mergeCpu = cpuNanos() - mc0;
            long merged = report.events().stream().filter(MergedEvent::isMerged).count();
            Merger.Phases ph = report.phases();
            merging += String.format(Locale.ROOT, " merge_s=%.2f merge_from_cache=%s merge_cpu_s=%.1f (vectors %.1f, pairs %.1f, grouping %.1f, building %.1f) marks=%d merged_marks=%d compared_pairs=%d all_pairs=%d passing_pairs=%d",
                    seconds(mergeWall), report.fromCache(), seconds(mergeCpu), seconds(ph.profiles()), seconds(ph.pairs()), seconds(ph.grouping()),
                    seconds(ph.building()), report.events().size(), merged, report.comparisons(),
                    report.allPairs(), report.candidates());
            if (!noRank) {
                long r0 = System.nanoTime();
                long rc0 = cpuNanos();
                List<MergedEvent> ranked = new EventRanker().rank(result.articles(), report.events());
                merging += String.format(Locale.ROOT, " rank_s=%.2f rank_cpu_s=%.1f ranked=%d", seconds(System.nanoTime() - r0),
                        seconds(cpuNanos() - rc0), ranked.size());
                // the key events' order (retellings after first tellings), as the window asks for it at the first
                // layout and again when a filter changes (the texts' tokens remembered by then)
                for (String pass : List.of("key_events", "key_events_again")) {
                    long k0 = System.nanoTime();
                    KeyEvents.ranked(ranked);
                    merging += String.format(Locale.ROOT, " %s_s=%.2f", pass, seconds(System.nanoTime() - k0));
                }
            }
        }
        long elapsed = System.nanoTime() - t0;
        long cpu = cpuNanos() - cpu0;
        long events = result.articles().stream().mapToLong(a -> a.events().size()).sum();
        long plotted = result.events().stream().filter(e -> e.isPlottable()).count();
        System.out.printf(Locale.ROOT, "%s_s=%.2f cpu_s=%.1f articles=%d unreadable=%d events=%d plotted=%d cache_hits=%d rebuilt=%d%s "
                        + "peak_heap_mb=%d progress_calls=%d longest_gap_between_progress_ms=%d estimate_at_25pct=%s actual_left_at_25pct=%s%n",
                phase, seconds(elapsed), seconds(cpu), result.articles().size(), result.unreadable().size(), events, plotted, cache.hits(),
                cache.rebuilt(), merging, heap.peakMegabytes(), ticks.calls(), ticks.longestGapMillis(),
                ticks.estimateAtQuarter() == null ? "-" : ticks.estimateAtQuarter().toSeconds() + "s",
                ticks.quarterAt() == 0 ? "-" : Duration.ofNanos(System.nanoTime() - ticks.quarterAt()).toSeconds() + "s");
        return seconds(elapsed);
    }

    /** Opens {@code path}, presses Cancel after {@link #cancelAfter} seconds, and times the return. */
    private void cancelled(Path path, ExtractionCache cache) {
        Extractor extractor = new Extractor(new ArticleReader(), threads, cache);
        long t0 = System.nanoTime();
        long at = t0 + (long) (cancelAfter * 1e9);
        long[] pressed = {0};
        CorpusExtraction result = extractor.extract(List.of(path), ExtractionListener.NONE, () -> {
            if (System.nanoTime() < at) {
                return false;
            }
            if (pressed[0] == 0) {
                pressed[0] = System.nanoTime();
            }
            return true;
        });
        long back = System.nanoTime();
        System.out.printf(Locale.ROOT, "cancelled=%s after_s=%.1f articles_done=%d cancel_to_return_ms=%d%n", result.cancelled(),
                seconds(pressed[0] - t0), result.articles().size(), (back - pressed[0]) / 1_000_000);
    }

    /** One article of {@code bigMegabytes} MB, made of the same paragraphs, timed without the cache. */
    private int big(Path cacheDir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("big-" + bigMegabytes + "mb" + (oneLine ? "-one-line" : "") + ".txt");
        if (!Files.exists(file) || regenerate) {
            Path parts = Files.createTempDirectory("dateline-big");
            new SyntheticCorpus(seed, source).write(parts, 200, words);
            StringBuilder unit = new StringBuilder();
            for (Path f : ArticleFiles.list(List.of(parts)).files()) {
                try {
                    unit.append(new ArticleReader().read(f).body()).append('\n');
                } catch (ArticleReadException skipped) {
                    // the generator's deliberately bad files
                }
            }
            FileTrees.delete(parts);
            String text = oneLine ? unit.toString().replace('\n', ' ') : unit.toString();
            try (var w = Files.newBufferedWriter(file)) {
                w.write("---\ntitle: One big article\npublished: 2024-03-05\n---\n");
                for (long n = 0; n < bigMegabytes * 1_000_000L; n += text.length()) {
                    w.write(text);
                }
            }
        }
        if (cancelAfter > 0) {
            cancelled(file, ExtractionCache.NONE);
            return 0;
        }
        HeapPeak heap = new HeapPeak();
        ProgressTicks ticks = new ProgressTicks();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        CorpusExtraction result = new Extractor(new ArticleReader(), threads, ExtractionCache.NONE).extract(List.of(file), ticks, () -> false);
        if (result.articles().isEmpty()) {
            Problems.print(result.problems());
            return 1;
        }
        long words = SyntheticCorpus.words(result.articles().get(0).article().body());
        long cpu = cpuNanos();
        System.out.printf(Locale.ROOT, "big_article_mb=%.1f one_line=%s words=%d seconds=%.1f cpu_s=%.1f words_per_second=%.0f events=%d peak_heap_mb=%d "
                        + "progress_calls=%d longest_gap_between_progress_ms=%d peak_rss_mb=%s threads=%d%n",
                Files.size(file) / 1e6, oneLine, words, seconds(System.nanoTime() - t0), seconds(cpu - cpu0), words / seconds(System.nanoTime() - t0),
                result.events().size(), heap.peakMegabytes(), ticks.calls(), ticks.longestGapMillis(), peakRss(), threads);
        heap.close();
        return 0;
    }

    /** CPU time of the whole process (all threads, the JIT and the GC included). */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Peak resident memory of this process (Linux), in MB, or "-". */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no figure
        }
        return "-";
    }
}

package app.dateline.engine.extract;

import java.util.concurrent.CompletionException;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.EventBuilder;
import app.dateline.engine.event.EventText;
import app.dateline.engine.tagger.ArticleScan;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TaggingWarnings;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import app.dateline.engine.article.SourceNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The engine's front door: reads articles, finds their dates and builds their events. Many articles are
 * read in parallel on all cores, one tagger per worker thread; one bad article never stops the rest.
 * <p>
 * Results are kept in an {@link ExtractionCache} (by default, with {@link #Extractor()}, the user's), so a
 * folder opens much faster the second time. An article of more than {@value #BLOCK_SENTENCES} sentences is
 * tagged in blocks of that many sentences, in parallel, with progress and cancellation between blocks; a
 * "year later" at the start of a block counts from the article date rather than from the date before it.
 */
public final class Extractor {

    /** Articles with more sentences (about 25,000 words) are tagged in blocks of this many. */
    static final int BLOCK_SENTENCES = 1_000;
    /** Articles in work or done and waiting for an earlier one, per thread: bounds memory (see {@link #extract(List, ExtractionListener, BooleanSupplier, ArticleSink)}). */
    static final int IN_FLIGHT_PER_THREAD = 4;
    static final int MIN_IN_FLIGHT = 8;
    /** How often the caller's cancel flag is looked at while workers run. */
    private static final long POLL_MILLIS = 40;
    /** Work counted per file beside its bytes: opening a file costs something even when it is small. */
    private static final long WORK_PER_FILE = 2_000;

    private final ArticleReader reader;
    private final ExtractionCache cache;
    private final ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(Segmenter::new);
    private final ThreadLocal<TemporalTagger> taggers;
    private final EventBuilder events = new EventBuilder();
    private final int threads;
    private final java.util.concurrent.atomic.LongAdder taggingCpu = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder syntaxCpu = new java.util.concurrent.atomic.LongAdder();

    /**
     * @param threads worker threads (at least one)
     * @param cache   where results are kept between runs; {@link ExtractionCache#NONE} keeps nothing
     */
    public Extractor(ArticleReader reader, int threads, ExtractionCache cache) {
        this(reader, threads, cache, TemporalTagger::new);
    }

    /** @param taggers makes the tagger of each worker thread */
    public Extractor(ArticleReader reader, int threads, ExtractionCache cache, Supplier<TemporalTagger> taggers) {
        // the rule table is read by the first tagger (TemporalTagger), not here: a start that finds every
        // article in the cache tags nothing (RuleSetTest and RuleExamplesTest check the shipped table)
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.cache = cache;
        this.taggers = ThreadLocal.withInitial(taggers);
    }

    /** An extractor that keeps nothing between runs. */
    public Extractor(ArticleReader reader, int threads) {
        this(reader, threads, ExtractionCache.NONE);
    }

    /** The extractor the app uses: all cores, and the user's cache folder. */
    public Extractor() {
        this(new ArticleReader(), Runtime.getRuntime().availableProcessors(), ExtractionCache.forUser());
    }

    public ExtractionCache cache() {
        return cache;
    }

    /**
     * Finds the events of one article that is already read, in this thread, without the cache: the same events
     * as {@link #extract(List)} gives for it (a long article is tagged in the same blocks, one after the other).
     * This is what a distributed job calls for each article.
     */
    public ArticleExtraction extract(Article read) {
        Article article = HeadStamp.date(read, segmenters.get(), taggers.get());
        SegmentedText text = segmenters.get().segment(article.body());
        int sentences = text.sentences().size();
        if (sentences <= BLOCK_SENTENCES) {
            Tagged tagged = tag(article, text, 0, sentences, null);
            return build(article, text, tagged.mentions(), null, tagged.warnings());
        }
        ArticleScan scan = scan(text);
        List<Mention> mentions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<EventText> labels = new ArrayList<>();
        for (int from = 0; from < sentences; from += BLOCK_SENTENCES) {
            Tagged t = tag(article, text, from, Math.min(sentences, from + BLOCK_SENTENCES), scan);
            mentions.addAll(t.mentions());
            warnings.addAll(t.warnings());
            labels.addAll(events.texts(text, t.mentions()));
        }
        return build(article, text, mentions, labels, warnings);
    }

    /** The problems of an extracted article (its warnings), as {@link #extract(List)} reports them. */
    public static List<ReadProblem> problemsOf(ArticleExtraction x) {
        return x.article().warnings().stream().map(w -> new ReadProblem(x.article().source(), w, false)).toList();
    }

    public CorpusExtraction extract(List<Path> paths) {
        return extract(paths, ExtractionListener.NONE, () -> false);
    }

    /**
     * Reads every article the paths name, in parallel; the result lists them in file order.
     *
     * @param listener  hears progress and problems as they come
     * @param cancelled looked at every few tens of milliseconds; when it turns true the workers stop (between
     *                  articles, and between sentences inside one) and the articles finished so far are
     *                  returned, in file order, in a result marked {@link CorpusExtraction#cancelled()}
     */
    public CorpusExtraction extract(List<Path> paths, ExtractionListener listener, BooleanSupplier cancelled) {
        List<ArticleExtraction> done = new ArrayList<>();
        try {
            CorpusExtraction result = extract(paths, listener, cancelled, (x, problems) -> {
                if (x != null) {
                    done.add(x);
                }
            });
            return new CorpusExtraction(done, result.problems(), result.cancelled());
        } catch (IOException cannot) {
            throw new java.io.UncheckedIOException(cannot); // the sink above never throws
        }
    }

    /**
     * What {@link #stream} hands on, one file at a time, in file order, on the thread that called it.
     */
    public interface ArticleSink {

        /**
         * @param extraction the article read, or null when the file could not be read (or for problems of no
         *                   one file, such as a missing path, which come first, and a cache that cannot be
         *                   written, which comes last)
         * @param problems   the file's problems and warnings
         * @throws IOException when the output fails: the run stops and the exception reaches the caller
         */
        void accept(ArticleExtraction extraction, List<ReadProblem> problems) throws IOException;
    }

    /**
     * Reads every article the paths name, in parallel, and hands each to {@code sink} in file order as soon as
     * it and every article before it are done; nothing is kept. At most a few articles per thread are in work
     * or waiting for an earlier one at any time, so memory is bounded by the work in flight whatever the
     * number of files. An article whose records the sink cannot make in the memory left is named, and the
     * rest go on.
     *
     * @return the problems and whether the run was cancelled; its {@code articles} are empty (they went to
     *         the sink)
     * @throws IOException what the sink threw; the workers are stopped first
     */
    public CorpusExtraction extract(List<Path> paths, ExtractionListener listener, BooleanSupplier cancelled, ArticleSink sink)
            throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier stopped = () -> stop.get() || cancelled.getAsBoolean();
        ArticleFiles.Listing listing = ArticleFiles.list(paths, stopped);
        List<Path> files = listing.files();
        long totalWork = 0;
        for (long size : listing.sizes()) {
            totalWork += size + WORK_PER_FILE;
        }
        Progress progress = new Progress(files.size(), new ProgressEstimate(totalWork), listener);
        List<ReadProblem> problems = new ArrayList<>(listing.problems());
        listing.problems().forEach(progress::problem);
        if (!listing.problems().isEmpty()) {
            sink.accept(null, listing.problems());
        }
        if (stopped.getAsBoolean()) {
            return new CorpusExtraction(List.of(), problems, true);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        boolean wasCancelled = false;
        int window = Math.max(MIN_IN_FLIGHT, threads * IN_FLIGHT_PER_THREAD);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
        try {
            int submitted = 0;
            for (int i = 0; i < files.size(); i++) {
                for (; submitted < files.size() && submitted < i + window; submitted++) {
                    Path file = files.get(submitted);
                    long work = listing.sizes().get(submitted) + WORK_PER_FILE;
                    futures.set(submitted, CompletableFuture.supplyAsync(() -> open(file, work, progress, stopped, pool), pool)
                            .thenCompose(outcome -> outcome));
                }
                CompletableFuture<Outcome> f = futures.get(i);
                wasCancelled = await(f, cancelled);
                if (wasCancelled) {
                    stop.set(true);
                    pool.shutdownNow();
                    // the articles finished so far, in file order
                    for (int j = i; j < submitted; j++) {
                        CompletableFuture<Outcome> g = futures.get(j);
                        if (g.isDone() && !g.isCompletedExceptionally()) {
                            hand(g.join(), files.get(j), sink, problems);
                        }
                        futures.set(j, null);
                    }
                    break;
                }
                if (f.isCompletedExceptionally()) {
                    // Not expected: every failure inside is turned into a problem. Still, name the file.
                    ReadProblem p = new ReadProblem(SourceNames.of(files.get(i)), "could not be processed (an error in Dateline)", true);
                    problems.add(p);
                    sink.accept(null, List.of(p));
                } else {
                    hand(f.join(), files.get(i), sink, problems);
                }
                futures.set(i, null); // its results went to the sink: not kept
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        if (cache.writeProblem() != null) {
            ReadProblem p = new ReadProblem(String.valueOf(cache.folder()), "cannot be written (" + cache.writeProblem()
                    + "); results are not kept for next time", false);
            problems.add(p);
            sink.accept(null, List.of(p));
        }
        return new CorpusExtraction(List.of(), problems, wasCancelled);
    }

    /** Gives one file's outcome to the sink; a sink out of memory on it names the article and goes on. */
    private static void hand(Outcome o, Path file, ArticleSink sink, List<ReadProblem> problems) throws IOException {
        problems.addAll(o.problems());
        try {
            sink.accept(o.extraction(), o.problems());
        } catch (OutOfMemoryError e) {
            String source = o.extraction() != null ? o.extraction().article().source() : SourceNames.of(file);
            ReadProblem p = new ReadProblem(source, "is too large to write out in the memory available; its records are "
                    + "incomplete or missing (give Java more memory with -Xmx)", true);
            problems.add(p);
            sink.accept(null, List.of(p));
        }
    }

    /** Waits until {@code all} is done; true when {@code cancelled} turned true (or this thread was interrupted) first. */
    private static boolean await(CompletableFuture<?> all, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return true;
            }
            try {
                all.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return false;
            } catch (TimeoutException notYet) {
                // look at the flag again
            } catch (ExecutionException | CancellationException someFailed) {
                // All are done, some by failing: workers stop on their own when the flag turns true.
                return cancelled.getAsBoolean();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }

    /** Reads one file and tags it, or starts tagging it in blocks; never fails but for cancellation. */
    private CompletableFuture<Outcome> open(Path file, long work, Progress progress, BooleanSupplier stopped, Executor pool) {
        String source = SourceNames.of(file);
        if (stopped.getAsBoolean()) {
            throw new CancellationException();
        }
        try {
            Article read;
            try {
                read = reader.read(file);
            } catch (ArticleReadException e) {
                if (stopped.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(); // the read was cut short by the cancel, not by the file
                }
                return CompletableFuture.completedFuture(progress.finished(source, work, false, null,
                        List.of(new ReadProblem(e.source(), e.problem(), true))));
            }
            Article article = HeadStamp.date(read, segmenters.get(), taggers.get()); // "WASHINGTON | Fri May 1, 2009 5:03 pm BST"
            String key = cache.enabled() ? cache.key(article) : null;
            Optional<ExtractionCache.Hit> hit = key == null ? Optional.empty() : cache.load(key, article);
            if (hit.isPresent()) {
                ArticleExtraction x = build(article, hit.get().text(), hit.get().mentions(), hit.get().labels(), hit.get().warnings());
                return CompletableFuture.completedFuture(progress.finished(source, work, true, x, problemsOf(x)));
            }
            SegmentedText text = segmenters.get().segment(article.body());
            int sentences = text.sentences().size();
            if (sentences <= BLOCK_SENTENCES) {
                Tagged t = tag(article, text, 0, sentences, null);
                // Labels here, where a Cancel can stop them between mentions.
                return CompletableFuture.completedFuture(finish(article, text, key,
                        List.of(t.withLabels(texts(text, t.mentions(), stopped))), work, progress));
            }
            // the whole text's facts (a post? a live page's entries?) read once, not by each block
            ArticleScan scan = scan(text);
            int blocks = (sentences + BLOCK_SENTENCES - 1) / BLOCK_SENTENCES;
            long share = work / (blocks + 1);
            List<CompletableFuture<Tagged>> parts = new ArrayList<>(blocks);
            for (int from = 0; from < sentences; from += BLOCK_SENTENCES) {
                int start = from;
                int end = Math.min(sentences, from + BLOCK_SENTENCES);
                parts.add(CompletableFuture.supplyAsync(() -> {
                    if (stopped.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    Tagged t = tag(article, text, start, end, scan);
                    // Labels here, in parallel, rather than for all the article's mentions at the end.
                    Tagged labelled = t.withLabels(texts(text, t.mentions(), stopped));
                    progress.advanced(share);
                    return labelled;
                }, pool));
            }
            return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).handleAsync((ok, failed) -> {
                if (failed != null) {
                    if (stopped.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    return progress.finished(source, work - share * blocks, false, null, List.of(failure(source, failed)));
                }
                return finish(article, text, key, parts.stream().map(CompletableFuture::join).toList(), work - share * blocks, progress);
            }, pool);
        } catch (CancellationException cancelled) {
            throw cancelled;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (stopped.getAsBoolean()) {
                throw new CancellationException();
            }
            return CompletableFuture.completedFuture(progress.finished(source, work, false, null, List.of(failure(source, e))));
        }
    }

    private static ReadProblem failure(String source, Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof CompletionException ? e.getCause() : e;
        String why = cause instanceof OutOfMemoryError ? "is too large to process in the memory available"
                : "could not be processed (an error in Dateline; the other files are not affected)";
        return new ReadProblem(source, why, true);
    }

    private Outcome finish(Article article, SegmentedText text, String key, List<Tagged> parts, long work, Progress progress) {
        List<Mention> mentions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<EventText> labels = new ArrayList<>();
        boolean tooSlow = false;
        for (Tagged t : parts) {
            mentions.addAll(t.mentions());
            warnings.addAll(t.warnings());
            tooSlow |= t.tooSlow();
            if (labels != null && t.labels() != null) {
                labels.addAll(t.labels());
            } else {
                labels = null;
            }
        }
        ArticleExtraction x = build(article, text, mentions, labels, warnings);
        if (key != null && !tooSlow) {
            // A result with a sentence skipped for slowness depends on the machine's load: not kept.
            cache.store(key, article, text, mentions, x.events().stream().map(e -> new EventText(e.label(), e.trigger(), e.labelSources())).toList(), warnings);
        }
        return progress.finished(article.source(), work, false, x, problemsOf(x));
    }

    /**
     * The CPU time this extractor's threads spent, since it was made, tagging dates (the rules and Natty) and
     * making the events' labels and triggers (parsing the sentences that hold a date): what a benchmark reports
     * apart from reading, segmenting and the cache.
     */
    public record Times(long taggingCpuNanos, long syntaxCpuNanos) {
    }

    public Times times() {
        return new Times(taggingCpu.sum(), syntaxCpu.sum());
    }

    private static long threadCpu() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
    }

    private List<EventText> texts(SegmentedText text, List<Mention> mentions, BooleanSupplier stopped) {
        long cpu = threadCpu();
        try {
            return events.texts(text, mentions, stopped);
        } finally {
            syntaxCpu.add(threadCpu() - cpu);
        }
    }

    /** What the tagger reads off the whole text, read once for all the blocks of a long article (counted as tagging). */
    private ArticleScan scan(SegmentedText text) {
        long cpu = threadCpu();
        try {
            return ArticleScan.of(text.text());
        } finally {
            taggingCpu.add(threadCpu() - cpu);
        }
    }

    /** @param scan the whole text's scan for a block of a long article; null for an article tagged in one piece */
    private Tagged tag(Article article, SegmentedText text, int from, int to, ArticleScan scan) {
        long cpu = threadCpu();
        try {
            return tagPart(article, text, from, to, scan);
        } finally {
            taggingCpu.add(threadCpu() - cpu);
        }
    }

    private Tagged tagPart(Article article, SegmentedText text, int from, int to, ArticleScan scan) {
        SegmentedText part = from == 0 && to == text.sentences().size() ? text
                : new SegmentedText(text.text(), text.paragraphs(), text.sentences().subList(from, to));
        List<String> warnings = new ArrayList<>();
        boolean[] tooSlow = {false};
        TaggingWarnings told = new TaggingWarnings() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void tooSlow(String message) {
                warnings.add(message);
                tooSlow[0] = true;
            }
        };
        List<Mention> mentions = scan == null ? taggers.get().tag(article, part, told) : taggers.get().tag(article, part, told, scan);
        return new Tagged(mentions, warnings, tooSlow[0], null);
    }

    private ArticleExtraction build(Article read, SegmentedText text, List<Mention> mentions, List<EventText> labels,
                                    List<String> warnings) {
        Article article = read.withWarnings(warnings);
        return new ArticleExtraction(article, text, events.build(article, text, mentions, labels));
    }


    /** @param labels the mentions' labels when made already, or null */
    private record Tagged(List<Mention> mentions, List<String> warnings, boolean tooSlow, List<EventText> labels) {

        Tagged withLabels(List<EventText> made) {
            return new Tagged(mentions, warnings, tooSlow, made);
        }
    }

    private record Outcome(ArticleExtraction extraction, List<ReadProblem> problems) {
    }

    /** Counts finished articles and tells the listener, one call at a time. */
    private static final class Progress {

        private final int total;
        private final ProgressEstimate estimate;
        private final ExtractionListener listener;
        private int done;
        private int fromCache;

        Progress(int total, ProgressEstimate estimate, ExtractionListener listener) {
            this.total = total;
            this.estimate = estimate;
            this.listener = listener;
        }

        synchronized void problem(ReadProblem p) {
            try {
                listener.problem(p);
            } catch (RuntimeException listenerFailed) {
                // a listener's failure must not stop the run
            }
        }

        synchronized void advanced(long work) {
            estimate.advance(work);
            tell(null, null);
        }

        synchronized Outcome finished(String source, long work, boolean cached, ArticleExtraction x, List<ReadProblem> problems) {
            estimate.advance(work);
            done++;
            if (cached) {
                fromCache++;
            }
            problems.forEach(this::problem);
            tell(source, x);
            return new Outcome(x, problems);
        }

        private void tell(String source, ArticleExtraction x) {
            try {
                listener.onProgress(new ExtractionProgress(done, total, fromCache, estimate.fraction(), estimate.elapsed(),
                        estimate.remaining().orElse(null), source), x);
            } catch (RuntimeException listenerFailed) {
                // a listener's failure must not stop the run
            }
        }
    }
}

package app.dateline.engine.extract;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.event.EventBuilder;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The engine's front door: reads articles, finds their dates and builds their events. Many articles are
 * read in parallel, one tagger per worker thread; one bad article never stops the rest.
 */
public final class Extractor {

    private final ArticleReader reader;
    private final ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(Segmenter::new);
    private final EventBuilder events = new EventBuilder();
    private final ThreadLocal<TemporalTagger> taggers = ThreadLocal.withInitial(TemporalTagger::new);
    private final int threads;

    public Extractor(ArticleReader reader, int threads) {
        RuleSet.english(); // a broken rule table fails here, once, not for every article
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    public Extractor() {
        this(new ArticleReader(), Runtime.getRuntime().availableProcessors());
    }

    /** Finds the events of one article that is already read. */
    public ArticleExtraction extract(Article article) {
        SegmentedText text = segmenters.get().segment(article.body());
        List<Mention> mentions = taggers.get().tag(article, text);
        return new ArticleExtraction(article, text, events.build(article, text, mentions));
    }

    public CorpusExtraction extract(List<Path> paths) {
        return extract(paths, ExtractionListener.NONE, () -> false);
    }

    /**
     * Reads every article the paths name, in parallel, in file order.
     *
     * @param cancelled checked between articles; when it turns true the articles done so far are returned
     */
    public CorpusExtraction extract(List<Path> paths, ExtractionListener listener, BooleanSupplier cancelled) {
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        List<Path> files = listing.files();
        List<ReadProblem> problems = new ArrayList<>(listing.problems());
        List<ArticleExtraction> done = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())), r -> {
            Thread t = new Thread(r, "dateline-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    Outcome o = one(file);
                    listener.progress(finished.incrementAndGet(), files.size(), o.extraction());
                    return o;
                }));
            }
            for (Future<Outcome> f : futures) {
                Outcome o;
                try {
                    o = f.get();
                } catch (CancellationException | java.util.concurrent.ExecutionException e) {
                    if (cancelled.getAsBoolean()) {
                        break;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (o.extraction() != null) {
                    done.add(o.extraction());
                    for (String w : o.extraction().article().warnings()) {
                        problems.add(new ReadProblem(o.extraction().article().source(), w, false));
                    }
                }
                if (o.problem() != null) {
                    problems.add(o.problem());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new CorpusExtraction(done, problems);
    }

    private Outcome one(Path file) {
        try {
            return new Outcome(extract(reader.read(file)), null);
        } catch (ArticleReadException e) {
            return new Outcome(null, new ReadProblem(e.source(), e.problem(), true));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, new ReadProblem(file.toString(), "could not be processed: " + e, true));
        }
    }

    private record Outcome(ArticleExtraction extraction, ReadProblem problem) {
    }
}

package app.dateline.cli;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.ArticleFiles;
import app.dateline.engine.extract.Extractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: reads the articles into memory, then times tagging them (segmenting, finding and
 * normalising dates, building events), after a warm-up pass. Reading from disk and JVM start are excluded.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times tagging: prints articles, words, seconds and words per second.")
public final class BenchCommand implements Callable<Integer> {

    private static final Pattern WORD = Pattern.compile("\\S+");

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds; the best is reported (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    private List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || rounds < 1) {
            throw new CommandRefusedException(ExitCode.USAGE, "--threads and --rounds must be at least 1");
        }
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (Path file : ArticleFiles.list(paths).files()) {
            try {
                articles.add(reader.read(file));
            } catch (ArticleReadException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
        long words = 0;
        for (Article a : articles) {
            Matcher m = WORD.matcher(a.body());
            while (m.find()) {
                words++;
            }
        }
        Extractor extractor = new Extractor(reader, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(extractor, articles, pool); // warm-up: class loading, JIT, rule compilation
            double best = Double.MAX_VALUE;
            long mentions = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                mentions = run(extractor, articles, pool);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "threads=%d mentions=%d%n", threads, mentions);
            System.out.printf(Locale.ROOT, "articles=%d words=%d seconds=%.3f words_per_second=%.0f%n",
                    articles.size(), words, best, words / best);
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    private static long run(Extractor extractor, List<Article> articles, ExecutorService pool) throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> extractor.extract(a).events().size()));
        }
        long n = 0;
        for (Future<Integer> f : futures) {
            n += f.get();
        }
        return n;
    }
}

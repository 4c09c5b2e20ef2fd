package app.dateline.spark;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.extract.ReadProblem;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.merge.TermVector;
import app.dateline.engine.merge.TfIdf;
import app.dateline.engine.rank.EventRanker;
import app.dateline.engine.rank.RankEvidence;
import app.dateline.engine.rank.StoryWords;
import app.dateline.engine.text.Sentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine as each executor holds it: made once per executor JVM (the rule table, the sentence model and the
 * merger's lexicon are loaded on first use, and each task thread gets its own tagger from the {@link Extractor}),
 * never per article or per row. Nothing of it is sent from the driver.
 */
final class ExecutorEngine {

    private static final Map<String, Extractor> EXTRACTORS = new ConcurrentHashMap<>();
    private static final Map<String, ArticleReader> READERS = new ConcurrentHashMap<>();
    private static final Map<Long, TfIdf> WEIGHTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<EventRanker> RANKER = ThreadLocal.withInitial(EventRanker::new);
    private static volatile Merger merger;
    /** The most articles' words an executor keeps ({@link #articleTerms}). */
    static final int ARTICLE_TERMS_KEPT = 20_000;
    private static final Map<String, TermVector> ARTICLE_TERMS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TermVector> eldest) {
                    return size() > ARTICLE_TERMS_KEPT;
                }
            });

    private ExecutorEngine() {
    }

    static Extractor extractor(LocalDate dct) {
        return EXTRACTORS.computeIfAbsent(String.valueOf(dct), k -> warmedUp(new Extractor(reader(dct), 1, ExtractionCache.NONE)));
    }

    /**
     * The extractor after a first article: Natty's first call loads its grammar, which on a busy executor can pass
     * the engine's time limit for a sentence and leave that sentence to the rules alone. Tagged once here, no
     * article of the archive pays for it (the command line's first article does, as a rare warning).
     */
    private static Extractor warmedUp(Extractor extractor) {
        Article warmUp = new Article("warm-up", null, null, LocalDate.of(2022, 8, 16), app.dateline.engine.article.DateOrigin.GIVEN,
                "Update 08/16/22, 5:04 p.m. ET: the talks ended on Wednesday evening, Aug. 10, at 10 p.m.", List.of());
        for (int i = 0; i < 3 && !extractor.extract(warmUp).article().warnings().isEmpty(); i++) {
            // tagged again until Natty answers within its limit
        }
        return extractor;
    }

    static ArticleReader reader(LocalDate dct) {
        return READERS.computeIfAbsent(String.valueOf(dct), k -> new ArticleReader(dct));
    }

    /** The merger {@code export} uses (default settings). */
    static Merger merger() {
        Merger m = merger;
        if (m == null) {
            synchronized (ExecutorEngine.class) {
                if (merger == null) {
                    merger = new Merger();
                }
                m = merger;
            }
        }
        return m;
    }

    /** The ranker {@code export} uses, one per task thread (made once per executor thread, not per block). */
    static EventRanker ranker() {
        return RANKER.get();
    }

    /** The archive's term weights, made once per executor from the broadcast counts. */
    static TfIdf weights(long broadcastId, Map<String, Integer> documentFrequency, int documents) {
        return WEIGHTS.computeIfAbsent(broadcastId, id -> new TfIdf(merger().tokenizer(), documentFrequency, documents));
    }

    /**
     * An article's words weighed with the archive's weights, kept by the executor (the last {@link #ARTICLE_TERMS_KEPT}
     * articles): the distributed merge meets one article in many chunks, and weighs its text once.
     */
    static java.util.function.Function<Article, TermVector> articleTerms(long broadcastId, TfIdf idf) {
        return a -> {
            String key = broadcastId + "\u0000" + a.source();
            TermVector v = ARTICLE_TERMS.get(key);
            if (v == null) {
                v = idf.vector(a.body());
                ARTICLE_TERMS.put(key, v);
            }
            return v;
        };
    }

    /** Reads and tags one article; a bad article becomes an outcome with its problem, never an exception. */
    static ArticleOutcome extract(ArchiveInput in, LocalDate dct) {
        if (in.problem() != null) {
            return failed(in, List.of(new JobProblem(in.source(), in.problem(), true)));
        }
        try {
            Article article = in.path() != null ? reader(dct).read(Path.of(in.path()))
                    : reader(dct).fromFields(in.source(), in.title(), in.publisher(), in.published(), in.text());
            ArticleExtraction x = extractor(dct).extract(article);
            Map<String, Integer> terms = new HashMap<>();
            for (Sentence s : x.text().sentences()) {
                for (String term : TfIdf.termsOf(merger().tokenizer(), x.text().text(s))) {
                    terms.merge(term, 1, Integer::sum);
                }
            }
            List<JobProblem> problems = new ArrayList<>();
            for (ReadProblem p : Extractor.problemsOf(x)) {
                problems.add(JobProblem.of(p));
            }
            return new ArticleOutcome(in.ordinal(), in.source(), x.article(), x.events(), terms, x.text().sentences().size(),
                    RankEvidence.sentenceIndices(x), StoryWords.leadTerms(x, merger().tokenizer()), problems);
        } catch (ArticleReadException e) {
            return failed(in, List.of(new JobProblem(e.source(), e.problem(), true)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "is too large to process in the memory available"
                    : "could not be processed (an error in Dateline; the other articles are not affected)";
            return failed(in, List.of(new JobProblem(in.source(), why, true)));
        }
    }

    private static ArticleOutcome failed(ArchiveInput in, List<JobProblem> problems) {
        return new ArticleOutcome(in.ordinal(), in.source(), null, List.of(), Map.of(), 0, Map.of(), Set.of(), problems);
    }
}

package app.dateline.engine.rank;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.merge.MergeCache;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.project.Project;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.story.Story;
import app.dateline.engine.story.StoryReader;
import app.dateline.engine.tagger.TenseDetector;
import app.dateline.engine.timex.Timex;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dumps what {@code key-dates} scores a folder's days from (README, "Importance and key dates"): the articles'
 * publication dates, then every plottable merged event with its sources, each source with its date, whether it is a
 * stamp ({@link Stamps}), whether it is plottable, its sentence, and what it is ({@link Actuality}'s factor and kinds
 * around the date, the tense of the verb nearest the date). The folder is read as {@code key-dates} reads it
 * (extracted, merged, ranked; the same caches), so {@code src/bench/python/key_dates_offline.py} can score the days
 * again, check that it gives the jar's days, and try other scores with leave-one-story-out.
 *
 * <pre>java -cp target/dateline.jar:BENCH_CLASSES app.dateline.engine.rank.DayEvidenceBench FOLDER OUT.jsonl</pre>
 */
public final class DayEvidenceBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Actuality actuality = Actuality.english();
    private final TenseDetector tenses = new TenseDetector(RuleSet.englishTable("tense"));

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DayEvidenceBench FOLDER OUT.jsonl");
            System.exit(2);
        }
        new DayEvidenceBench().run(Path.of(args[0]), Path.of(args[1]));
    }

    void run(Path folder, Path out) throws Exception {
        Extractor extractor = new Extractor(new ArticleReader(null), Runtime.getRuntime().availableProcessors(),
                ExtractionCache.at(ExtractionCache.defaultRoot()));
        Story story = new StoryReader(extractor, new Merger().withCache(MergeCache.forUser()))
                .read(List.of(folder), Project.of(List.of(folder.toString())));
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            List<String> published = new ArrayList<>();
            for (ArticleExtraction a : story.reading().articles()) {
                published.add(String.valueOf(a.article().published()));
            }
            w.write(JSON.writeValueAsString(Map.of("pubs", published)));
            w.write('\n');
            for (MergedEvent m : story.timeline().events()) {
                if (m.hidden() || !m.isPlottable()) {
                    continue;
                }
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", m.id());
                o.put("from", String.valueOf(m.date().from()));
                o.put("to", String.valueOf(m.date().to()));
                o.put("gran", String.valueOf(m.date().granularity()));
                o.put("range", m.date().isRange());
                o.put("imp", m.importance());
                o.put("label", m.label());
                List<Map<String, Object>> sources = new ArrayList<>();
                for (Event e : m.sources()) {
                    sources.add(source(e));
                }
                o.put("sources", sources);
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    private Map<String, Object> source(Event e) {
        Timex x = e.timex();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("art", Path.of(e.article().source()).getFileName().toString());
        s.put("pub", String.valueOf(e.article().published()));
        s.put("from", String.valueOf(x.from()));
        s.put("to", String.valueOf(x.to()));
        s.put("gran", String.valueOf(x.granularity()));
        s.put("stamp", Stamps.isStamp(e));
        s.put("plot", e.isPlottable());
        s.put("text", e.mention().text());
        s.put("sentence", e.sentence());
        String around = Actuality.around(e);
        s.put("act", actuality.factor(around));
        List<String> kinds = new ArrayList<>();
        for (Actuality.Kind k : actuality.kindsIn(around)) {
            kinds.add(k.name());
        }
        s.put("kinds", kinds);
        int begin = Math.max(0, e.mention().begin() - e.sentenceBegin());
        int end = Math.min(e.sentence().length(), Math.max(begin, e.mention().end() - e.sentenceBegin()));
        s.put("tense", String.valueOf(tenses.tense(e.sentence(), begin, end)));
        return s;
    }
}

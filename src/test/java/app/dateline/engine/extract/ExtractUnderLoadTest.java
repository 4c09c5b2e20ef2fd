package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same file gives the same output on a quiet machine and on one whose every core is busy: nothing in
 * the tagger depends on how long it takes (Natty reads short pieces, its watchdog counts work).
 */
class ExtractUnderLoadTest {

    @TempDir
    Path dir;

    /** Sentences with clock times, weekdays and a long one, the kind Natty is asked about. */
    private static final String BODY = """
            Update 08/16/22, 5:04 p.m. ET: The envoys met again at 9 a.m. EST Tuesday in Doha.

            On the morning of 6 June the first troops landed at 6:30 a.m., and by noon on Wednesday, after heavy \
            fighting along the whole of the coast from the river mouth to the cliffs in the west, where the \
            defenders had held out through the night and the morning, the beaches were taken, 1, 2, 3, 4, 5, 6, \
            7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, and the second wave came ashore at 4 p.m. Friday.

            The talks resume at 10 p.m. on Nov. 6, officials said on Monday, and again at midnight on Christmas Eve.
            """;

    private static List<String> run(Path file) {
        CorpusExtraction result = new Extractor(new ArticleReader(), 2, ExtractionCache.NONE).extract(List.of(file));
        List<String> out = new ArrayList<>();
        for (Event e : result.events()) {
            out.add(e.mention().begin() + "-" + e.mention().end() + " " + e.mention().text() + " " + e.mention().timex().type()
                    + " " + e.mention().timex().value() + " " + e.mention().origin());
        }
        result.problems().forEach(p -> out.add("problem " + p.problem()));
        return out;
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyCoreBusyGivesTheQuietAnswer() throws Exception {
        Path file = dir.resolve("load.txt");
        Files.writeString(file, "---\npublished: 2022-08-16\n---\n" + BODY.repeat(5));
        List<String> quiet = run(file);
        assertThat(quiet).anySatisfy(line -> assertThat(line).contains("5:04 p.m."));

        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 3 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread t = new Thread(() -> {
                double x = 1;
                while (!stop.get()) {
                    x = Math.sqrt(x + 1.5) * 1.0000001;
                }
            }, "load-" + i);
            t.setDaemon(true);
            load.add(t);
            t.start();
        }
        try {
            for (int round = 0; round < 2; round++) {
                assertThat(run(file)).isEqualTo(quiet);
            }
        } finally {
            stop.set(true);
            for (Thread t : load) {
                t.join();
            }
        }
    }
}

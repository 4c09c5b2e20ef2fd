package app.dateline.cli;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.project.Project;
import app.dateline.engine.rank.KeyDate;
import app.dateline.engine.rank.KeyDates;
import app.dateline.engine.story.Story;
import app.dateline.engine.story.StoryReader;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code key-dates}: the story's N most important days, each told in at most K sentences from the articles. The
 * story is read as the window and {@code export} read it ({@link StoryReader}: extracted, merged, ranked, with the
 * extraction and merge caches), and the days are scored from its merged events.
 */
@Command(name = "key-dates", mixinStandardHelpOptions = true,
        description = {"Prints the story's N most important days (within --from/--to when given), earliest first,",
                "one JSON object a line: {\"date\": \"YYYY-MM-DD\", \"sentences\": [...], \"events\": [ids]}.",
                "Sentences are taken verbatim from the articles, at most K a day, none twice."})
public final class KeyDatesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonPropertyOrder({"date", "sentences", "events"})
    record Line(String date, List<String> sentences, List<String> events) {
    }

    @Option(names = "--dates", required = true, paramLabel = "N", description = "How many days")
    private int dates;

    @Option(names = "--sentences", required = true, paramLabel = "K", description = "At most this many sentences a day")
    private int sentences;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day that may be chosen (with --to)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day that may be chosen (with --from)")
    private LocalDate to;

    @Mixin
    private ReadingOptions reading = new ReadingOptions();

    @Mixin
    private CacheOptions cacheOptions = new CacheOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively)")
    private List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (dates < 1 || sentences < 0) {
            throw new CommandRefusedException(ExitCode.USAGE, "--dates must be at least 1 and --sentences at least 0");
        }
        if ((from == null) != (to == null) || from != null && from.isAfter(to)) {
            throw new CommandRefusedException(ExitCode.USAGE, "give both --from and --to, --from not after --to");
        }
        Extractor extractor = reading.extractor(cacheOptions.cache());
        Story story = new StoryReader(extractor, new Merger().withCache(cacheOptions.mergeCache()))
                .read(paths, Project.of(paths.stream().map(Path::toString).toList()));
        CorpusExtraction read = story.reading();
        Problems.print(read.problems());
        if (read.articles().isEmpty()) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, "no article could be read");
        }
        // Every write checked: a full disk or a closed pipe stops the run with exit code 3, as extract does.
        Writer out = new BufferedWriter(new OutputStreamWriter(StandardOutput.system(), StandardCharsets.UTF_8));
        for (KeyDate k : new KeyDates().select(read.articles(), story.timeline().events(), dates, sentences, from, to)) {
            out.write(JSON.writeValueAsString(new Line(k.date().toString(), k.sentences(), k.events())));
            out.write('\n');
        }
        out.flush();
        return ExitCode.OK.code();
    }
}

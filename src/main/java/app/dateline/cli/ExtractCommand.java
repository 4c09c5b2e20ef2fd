package app.dateline.cli;

import app.dateline.engine.export.MentionFormat;
import app.dateline.engine.extract.ExtractionListener;
import app.dateline.engine.extract.Extractor;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: prints every temporal expression of the articles, one record each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints every temporal expression in the articles with its TIMEX3 value, span, offsets, "
                + "sentence and excerpt. Bad files are reported on stderr and skipped. Results are cached by content "
                + "(the output is the same with or without the cache).")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, json or csv (default: ${DEFAULT-VALUE})")
    private String format;

    @Mixin
    private ReadingOptions reading = new ReadingOptions();

    @Option(names = "--progress", description = "Show articles done, total and time left on stderr")
    private boolean progress;

    @Mixin
    private CacheOptions cacheOptions = new CacheOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively)")
    private List<Path> paths;

    @Override
    public Integer call() throws Exception {
        MentionFormat out;
        try {
            out = MentionFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ExitCode.USAGE, "unknown --format '" + format + "' (use jsonl, json or csv)");
        }
        Extractor extractor = reading.extractor(cacheOptions.cache());
        ProgressLine line = progress ? new ProgressLine(System.err) : null;
        // Records are written as articles finish, in file order: memory stays bounded by the work in flight,
        // and every write is checked (a full disk or a closed pipe stops the run with exit code 3).
        Writer writer = new BufferedWriter(new OutputStreamWriter(StandardOutput.system(), StandardCharsets.UTF_8));
        int[] read = {0};
        try (MentionFormat.Sink sink = out.open(writer)) {
            extractor.extract(paths, line != null ? line : ExtractionListener.NONE, () -> false, (article, problems) -> {
                if (line != null && !problems.isEmpty()) {
                    line.end();
                }
                Problems.print(problems);
                if (article != null) {
                    read[0]++;
                    sink.write(article.events());
                }
            });
        }
        if (line != null) {
            line.end();
        }
        if (read[0] == 0) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, "no article could be read");
        }
        return ExitCode.OK.code();
    }
}

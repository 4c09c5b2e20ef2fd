package app.dateline.cli;

import app.dateline.app.picture.HtmlTimelineExporter;
import app.dateline.app.picture.SvgTimelineExporter;
import app.dateline.engine.story.Story;
import app.dateline.engine.export.EventsJsonExporter;
import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.export.TimelineExporter;
import app.dateline.engine.export.TimelineJsCsvExporter;
import app.dateline.engine.export.TimelineJsExporter;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.files.OutputTarget;
import app.dateline.engine.article.SourceNames;
import app.dateline.engine.project.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the timeline (merged events, with a project's corrections) in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the timeline (one event per story event, merged across articles, with a project's "
                + "corrections) as TimelineJS JSON, TimelineJS CSV, Dateline's own JSON or an SVG picture.")
public final class ExportCommand implements Callable<Integer> {

    /** The formats by name. Adding a format is one line here. */
    static final Map<String, TimelineExporter> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("timelinejs", new TimelineJsExporter());
        FORMATS.put("csv", new TimelineJsCsvExporter());
        FORMATS.put("json", new EventsJsonExporter());
        FORMATS.put("svg", new SvgTimelineExporter(false));
        FORMATS.put("svg-vertical", new SvgTimelineExporter(true));
        FORMATS.put("html", new HtmlTimelineExporter());
    }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "timelinejs, csv, json, svg, svg-vertical or html")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write; - for standard output")
    private String out;

    @Mixin
    private StoryOptions storyOptions = new StoryOptions();

    @Option(names = "--title", description = "Title of the timeline (default: for svg and html the words the articles' titles share, "
            + "else the name of the first PATH)")
    private String title;

    @Mixin
    private ReadingOptions reading = new ReadingOptions();

    @Option(names = "--top", paramLabel = "N",
            description = "Only the N most important events (plottable, not hidden); default: every event")
    private Integer top;

    @Mixin
    private CacheOptions cacheOptions = new CacheOptions();

    @Override
    public Integer call() throws IOException, CommandRefusedException {
        TimelineExporter exporter = FORMATS.get(format.toLowerCase(Locale.ROOT));
        if (exporter == null) {
            throw new CommandRefusedException(ExitCode.USAGE,
                    "unknown --format '" + format + "' (use " + String.join(", ", FORMATS.keySet()) + ")");
        }
        if (top != null && top < 1) {
            throw new CommandRefusedException(ExitCode.USAGE, "--top must be at least 1");
        }
        // The target is looked at before the work: a folder or a read-only file is refused at once.
        OutputTarget target = out.equals("-") ? null : OutputTarget.of(PathArgument.convert(out));
        StoryInput input = storyOptions.open(() -> reading.extractor(cacheOptions.cache()));
        Story story = input.story();
        CorpusExtraction read = story.reading();
        if (read.articles().isEmpty()) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, "no article could be read; nothing written");
        }
        storyOptions.warnUnresolved(story);
        List<Path> corpus = input.corpus();
        Timeline timeline = top != null ? new Timeline(story.shown(top), story.timeline().unresolved()) : story.timeline();
        boolean picture = exporter instanceof SvgTimelineExporter || exporter instanceof HtmlTimelineExporter;
        String name = title != null ? title : input.title() != null ? input.title()
                : picture ? null : corpus.get(0).toAbsolutePath().normalize().getFileName().toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.write(timeline, new ExportOptions(name, read.articles().stream().map(a -> a.article()).toList()), bytes);
        if (target == null) {
            StandardOutput stdout = StandardOutput.system();
            stdout.write(bytes.toByteArray());
            stdout.flush();
        } else {
            try {
                target.write(bytes.toByteArray());
            } catch (IOException e) {
                throw OutputFailedException.of(SourceNames.escapeControls(out), e);
            }
            long shown = "json".equals(format) ? timeline.events().size() : timeline.visible().size();
            System.err.println("wrote " + shown + " events (" + timeline.events().stream().filter(m -> m.sources().size() > 1).count()
                    + " merged from several mentions) to " + SourceNames.escapeControls(out));
        }
        return ExitCode.OK.code();
    }
}

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
import app.dateline.engine.project.Project;
import app.dateline.engine.project.ProjectFileException;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.Unresolved;
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
import picocli.CommandLine.Parameters;

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

    @Option(names = "--project", paramLabel = "FILE", description = "A project file whose corrections apply (never changed)")
    private Path project;

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

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or folders (default: the project's corpus), "
            + "or one dateline-events file (a story the archive job wrote, an export --format json), opened as the window opens it")
    private List<Path> paths = List.of();

    @Override
    public Integer call() throws IOException {
        TimelineExporter exporter = FORMATS.get(format.toLowerCase(Locale.ROOT));
        if (exporter == null) {
            System.err.println("dateline export: unknown --format '" + format + "' (use " + String.join(", ", FORMATS.keySet()) + ")");
            return ExitCode.USAGE.code();
        }
        if (top != null && top < 1) {
            System.err.println("dateline export: --top must be at least 1");
            return ExitCode.USAGE.code();
        }
        // The target is looked at before the work: a folder or a read-only file is refused at once.
        OutputTarget target = out.equals("-") ? null : OutputTarget.of(PathArgument.convert(out));
        Project p;
        try {
            p = StoryInput.project(paths, project);
        } catch (ProjectFileException e) {
            System.err.println("dateline export: project " + SourceNames.escapeControls(e.getMessage()));
            return ExitCode.NOTHING_READ.code();
        }
        List<Path> corpus = paths.isEmpty() ? p.corpus().stream().map(Path::of).toList() : paths;
        if (corpus.isEmpty()) {
            System.err.println("dateline export: give the articles (PATH...) or a --project that names them");
            return ExitCode.USAGE.code();
        }
        StoryInput input;
        try {
            input = StoryInput.read(corpus, p, () -> reading.extractor(cacheOptions.cache()));
        } catch (IOException e) {
            System.err.println("dateline export: " + SourceNames.escapeControls(e.getMessage()));
            return ExitCode.NOTHING_READ.code();
        }
        Story story = input.story();
        CorpusExtraction read = story.reading();
        Problems.print(read.problems());
        if (read.articles().isEmpty()) {
            System.err.println("dateline export: no article could be read; nothing written");
            return ExitCode.NOTHING_READ.code();
        }
        for (Unresolved u : story.timeline().unresolved()) {
            System.err.println("warning " + (project == null ? "" : SourceNames.of(project) + ": ") + SourceNames.escapeControls(u.message()));
        }
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

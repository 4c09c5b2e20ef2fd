package app.dateline.cli;

import app.dateline.app.export.HeadlessFx;
import app.dateline.app.export.PictureRequest;
import app.dateline.app.export.TimelinePicture;
import app.dateline.app.model.ArticleSeries;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.article.SourceNames;
import app.dateline.engine.files.OutputTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.scene.image.WritableImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-png}: draws the timeline of the articles as a PNG with no display (JavaFX on Monocle's headless
 * platform and the software renderer), the same picture the window's Export makes.
 */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = {"Draws the timeline of the articles as a PNG, with a title and a legend. Needs no display."})
public final class ExportPngCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG to write")
    private Path out;

    @Option(names = "--width", defaultValue = "2000", paramLabel = "PX",
            description = "Width of the picture in pixels at scale 1 (default: ${DEFAULT-VALUE})")
    private double width;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Pixels per pixel, 1 to 3, for sharp prints and screens (default: ${DEFAULT-VALUE})")
    private int scale;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day to show (default: the whole timeline)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day to show, inclusive")
    private LocalDate to;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title drawn above the timeline")
    private String title;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
            description = "Article date for files that give none (no front matter date and no date line)")
    private LocalDate dct;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively)")
    private List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if ((from == null) != (to == null)) {
            System.err.println("dateline export-png: give both --from and --to, or neither");
            return ExitCode.USAGE.code();
        }
        if (from != null && to.isBefore(from)) {
            System.err.println("dateline export-png: --to " + to + " comes before --from " + from);
            return ExitCode.USAGE.code();
        }
        if (scale < 1 || scale > 3) {
            System.err.println("dateline export-png: --scale must be 1, 2 or 3");
            return ExitCode.USAGE.code();
        }
        if (!(width >= 200 && width <= 20_000)) { // NaN and infinity too
            System.err.println("dateline export-png: --width must be between 200 and 20000 pixels");
            return ExitCode.USAGE.code();
        }
        // The target is looked at before the work: a folder or a read-only file is refused at once.
        OutputTarget target = OutputTarget.of(out);
        // read the articles while JavaFX starts (it must start before anything else touches JavaFX)
        CompletableFuture<CorpusExtraction> reading = CompletableFuture.supplyAsync(() ->
                new Extractor(new ArticleReader(dct), Runtime.getRuntime().availableProcessors()).extract(paths));
        HeadlessFx.start();
        javafx.application.Platform.runLater(TimelinePicture::prepare);
        CorpusExtraction result;
        try {
            result = reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
        Problems.print(result.problems());
        if (result.articles().isEmpty()) {
            System.err.println("dateline export-png: no article could be read");
            return ExitCode.NOTHING_READ.code();
        }
        ArticleSeries series = new ArticleSeries(result.articles());
        List<Event> events = result.events();
        PictureRequest request = new PictureRequest(events, series, series.legend(events), title(result),
                from == null ? null : (double) from.toEpochDay(), to == null ? null : (double) to.toEpochDay() + 1,
                width, scale, "Dateline · " + String.join(", ", paths.stream().map(Path::toString).toList()));
        WritableImage image = HeadlessFx.call(() -> TimelinePicture.render(request));
        try {
            target.write(TimelinePicture.png(image));
        } catch (IOException e) {
            throw OutputFailedException.of(SourceNames.of(out), e);
        }
        long plotted = events.stream().filter(Event::isPlottable).count();
        System.out.printf("wrote %s (%d x %d pixels, %d dated events from %d articles)%n", SourceNames.of(out),
                (int) image.getWidth(), (int) image.getHeight(), plotted, result.articles().size());
        return ExitCode.OK.code();
    }

    private String title(CorpusExtraction result) {
        if (title != null) {
            return title;
        }
        if (result.articles().size() == 1) {
            return result.articles().get(0).article().displayTitle();
        }
        return "Timeline of " + result.articles().size() + " articles";
    }
}

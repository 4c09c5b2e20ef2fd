package app.dateline.cli;

import app.dateline.app.picture.HorizontalSvg;
import app.dateline.app.picture.PngPicture;
import app.dateline.app.picture.StoryPicture;
import app.dateline.app.picture.StoryPictures;
import app.dateline.app.model.ArticleSeries;
import app.dateline.app.picture.VerticalSvg;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.article.SourceNames;
import app.dateline.engine.files.OutputTarget;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.story.Story;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export-png}: the story's picture as a PNG, drawn from the same SVG as {@code export --format svg} (the
 * same events, merged, with the project's corrections), with its resolution for print. Needs no display.
 */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = {"Draws the story's timeline as a PNG fit to publish: title, range, key events, sources, credit. Needs no display."})
public final class ExportPngCommand implements Callable<Integer> {

    @Mixin
    private CacheOptions cacheOptions = new CacheOptions();

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG to write")
    private Path out;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "PX",
            description = "Width of the picture in pixels at scale 1 (default: ${DEFAULT-VALUE})")
    private double width;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Pixels per pixel, 1 to 3, for sharp prints and screens (default: ${DEFAULT-VALUE})")
    private int scale;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day to show (default: the whole timeline)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day to show, inclusive")
    private LocalDate to;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the words the articles' titles share, and the years)")
    private String title;

    @Option(names = "--layout", defaultValue = "horizontal", paramLabel = "LAYOUT",
            description = "horizontal (a timeline) or vertical (the \"Timeline:\" list); default: ${DEFAULT-VALUE}")
    private String layout;

    @Mixin
    private StoryOptions storyOptions = new StoryOptions();

    @Option(names = "--top", paramLabel = "N", description = "Only the N most important events (default: all)")
    private int top;

    @Mixin
    private DctOption date = new DctOption();

    @Override
    public Integer call() throws Exception {
        if ((from == null) != (to == null)) {
            throw new CommandRefusedException(ExitCode.USAGE, "give both --from and --to, or neither");
        }
        if (from != null && to.isBefore(from)) {
            throw new CommandRefusedException(ExitCode.USAGE, "--to " + to + " comes before --from " + from);
        }
        if (scale < 1 || scale > 3) {
            throw new CommandRefusedException(ExitCode.USAGE, "--scale must be 1, 2 or 3");
        }
        if (!(width >= 200 && width <= 20_000)) { // NaN and infinity too
            throw new CommandRefusedException(ExitCode.USAGE, "--width must be between 200 and 20000 pixels");
        }
        if (!layout.equals("horizontal") && !layout.equals("vertical")) {
            throw new CommandRefusedException(ExitCode.USAGE, "--layout must be horizontal or vertical");
        }
        // The target is looked at before the work: a folder or a read-only file is refused at once.
        OutputTarget target = OutputTarget.of(out);
        StoryInput input = storyOptions.open(() -> new Extractor(date.reader(), Runtime.getRuntime().availableProcessors(),
                cacheOptions.cache()));
        Story story = input.story();
        if (story.reading().articles().isEmpty()) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, "no article could be read");
        }
        storyOptions.warnUnresolved(story);
        List<MergedEvent> shown = story.shown(top);
        int undated = StoryPictures.undated(story.timeline().events());
        StoryPicture picture = StoryPictures.of(shown, story.timeline().visible().size(), undated, title != null ? title : input.title(),
                from == null ? null : (double) from.toEpochDay(), to == null ? null : (double) to.toEpochDay() + 1,
                new ArticleSeries(story.reading().articles())); // the window's colours
        byte[] svg = layout.equals("vertical") ? new VerticalSvg().render(picture, width) : new HorizontalSvg().render(picture, width);
        BufferedImage image = PngPicture.draw(svg, scale);
        try {
            target.write(PngPicture.png(image, scale));
        } catch (IOException e) {
            throw OutputFailedException.of(SourceNames.of(out), e);
        }
        System.out.printf("wrote %s (%d x %d pixels, %d dated events from %d articles)%n", SourceNames.of(out),
                image.getWidth(), image.getHeight(), picture.events().size(), story.reading().articles().size());
        return ExitCode.OK.code();
    }
}

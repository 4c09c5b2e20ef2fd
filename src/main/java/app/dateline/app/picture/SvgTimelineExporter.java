package app.dateline.app.picture;

import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.export.TimelineExporter;
import app.dateline.engine.project.Timeline;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code export --format svg} (the horizontal timeline, 1600 pixels wide) and {@code svg-vertical} (the
 * "Timeline:" list news sites print): the story's picture, no display needed.
 */
public final class SvgTimelineExporter implements TimelineExporter {

    /** The width of the exported SVG, in pixels. */
    public static final double WIDTH = 1600;

    private final boolean vertical;

    public SvgTimelineExporter(boolean vertical) {
        this.vertical = vertical;
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException {
        StoryPicture p = StoryPictures.of(timeline, givenTitle(options), options.articles());
        out.write(vertical ? new VerticalSvg().render(p, 900) : new HorizontalSvg().render(p, WIDTH));
    }

    /** The title the user gave, or null when the options hold only the default ("Timeline"). */
    static String givenTitle(ExportOptions options) {
        return "Timeline".equals(options.title()) ? null : options.title();
    }
}

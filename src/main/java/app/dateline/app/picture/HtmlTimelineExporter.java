package app.dateline.app.picture;

import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.export.TimelineExporter;
import app.dateline.engine.project.Timeline;
import java.io.IOException;
import java.io.OutputStream;

/** {@code export --format html}: one self-contained page with the vertical timeline; each event opens its excerpts. */
public final class HtmlTimelineExporter implements TimelineExporter {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException {
        out.write(HtmlPage.render(StoryPictures.of(timeline, SvgTimelineExporter.givenTitle(options), options.articles())));
    }
}

package app.dateline.app.export;

import app.dateline.app.model.ArticleSeries;
import app.dateline.app.model.ShownEvents;
import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.export.TimelineExporter;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

/** The {@code export --format svg} format: the merged timeline drawn as an SVG picture, no display needed. */
public final class SvgTimelineExporter implements TimelineExporter {

    private final double width;

    public SvgTimelineExporter(double width) {
        this.width = width;
    }

    public SvgTimelineExporter() {
        this(1600);
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException {
        List<Event> events = new ShownEvents(timeline).events();
        // colours by article, in order of file path, as the window colours a folder's articles
        List<Article> articles = timeline.events().stream().map(MergedEvent::sources).flatMap(List::stream)
                .map(Event::article).distinct()
                .sorted(Comparator.comparing(Article::source)).toList();
        ArticleSeries series = ArticleSeries.ofArticles(articles);
        PictureRequest request = new PictureRequest(events, series, series.legend(events), options.title(), null, null,
                width, 1, "Dateline");
        out.write(new SvgPicture().render(request));
    }
}

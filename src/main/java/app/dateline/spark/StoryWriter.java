package app.dateline.spark;

import app.dateline.engine.article.Article;
import app.dateline.engine.export.EventsJsonExporter;
import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.files.AtomicFiles;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.story.DateWindow;
import app.dateline.engine.story.KeyEvents;
import app.dateline.engine.story.StoryQuery;
import app.dateline.engine.story.StoryReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * One story from the archive: the articles the query matches are found on the executors, brought to the driver
 * (a story is tens to thousands of articles, not the archive) and made into a timeline there by the engine's
 * {@link StoryReader}, as {@code export --format json} makes one of them (merged and ranked); the key events among
 * those whose days meet the date window (the {@code --top} most important, as {@code export --top} keeps them) are
 * written as a self-contained {@code dateline-events} file (each source keeps its sentence and excerpt), which the desktop
 * app opens.
 */
final class StoryWriter {

    record Story(int articles, int events) {
    }

    private StoryWriter() {
    }

    static Story write(JavaRDD<ArticleOutcome> outcomes, JobOptions options) throws IOException {
        StoryQuery query = options.story();
        List<Tuple2<Long, Article>> matched = new ArrayList<>(outcomes
                .filter(o -> o.article() != null && query.matches(o.article()))
                .map(o -> new Tuple2<>(o.ordinal(), o.article()))
                .collect());
        matched.sort(Comparator.comparingLong(Tuple2::_1));
        Extractor extractor = ExecutorEngine.extractor(options.dct());
        List<ArticleExtraction> read = new ArrayList<>();
        for (Tuple2<Long, Article> m : matched) {
            Article a = m._2(); // read afresh: the warnings it carries are the executor's
            read.add(extractor.extract(new Article(a.source(), a.title(), a.publisher(), a.published(), a.dateOrigin(), a.body(), List.of())));
        }
        CorpusExtraction corpus = new CorpusExtraction(read, List.of());
        // the one way from articles to a timeline, the one export and the window take
        Timeline all = StoryReader.assemble(corpus, Project.of(read.stream().map(x -> x.article().source()).toList()), false).timeline();
        Timeline windowed = within(all, options.window());
        Timeline story = options.top() > 0 ? new Timeline(KeyEvents.top(windowed.visible(), options.top()), windowed.unresolved()) : windowed;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EventsJsonExporter().write(story, new ExportOptions(options.storyTitle()), bytes);
        Path target = Path.of(options.storyOut()).toAbsolutePath();
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, bytes.toByteArray());
        return new Story(read.size(), story.events().size());
    }

    /** The timeline's events whose days meet the window. */
    static Timeline within(Timeline timeline, DateWindow window) {
        List<MergedEvent> kept = timeline.events().stream().filter(window::holds).toList();
        return new Timeline(kept, timeline.unresolved());
    }
}

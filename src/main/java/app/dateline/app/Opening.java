package app.dateline.app;

import app.dateline.app.edit.Corrections;
import app.dateline.app.format.EmptyWords;
import app.dateline.app.model.OpenTask;
import app.dateline.app.model.Workspace;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.extract.ReadProblem;
import app.dateline.engine.merge.Lexicon;
import app.dateline.engine.merge.MergedEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Worker;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Opening articles: the folder and file choosers, reading in the background with progress and Cancel, and
 * showing what was read (the workspace, the project's corrections, the status bar, the window's title).
 */
final class Opening {

    private static final Supplier<Extractor> EXTRACTOR = new Supplier<>() {
        private Extractor shared;

        @Override
        public synchronized Extractor get() {
            if (shared == null) {
                shared = new Extractor(); // the cache's folder (the engine's fingerprint); the models and rules wait for the first article to tag
            }
            return shared;
        }
    };

    /**
     * Readies the merger's word lists and the extractor (the engine's fingerprint that names the cache's folder)
     * on a background thread, while JavaFX starts and the window is built. The rule table and the sentence and
     * part-of-speech models are not loaded here: an article found in the cache needs none, and a start that
     * reopens a corpus would load them for nothing (the models half a second of processor time, the rules a
     * third); the first article the cache lacks loads them.
     */
    static void warmUp() {
        Thread t = new Thread(() -> {
            Lexicon.english(); // the merger's word lists, which the window's corrections need as it is built
            EXTRACTOR.get();
        }, "dateline-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private final Stage stage;
    private final Workspace workspace;
    private final TimelineView timeline;
    private final Corrections corrections;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private StatusLine status;
    private OpenTask running;
    private Runnable onFirstDrawn;
    private long lastReadingMillis = -1;
    private long lastReadAt = -1;

    Opening(Stage stage, Workspace workspace, TimelineView timeline, Corrections corrections) {
        this.stage = stage;
        this.workspace = workspace;
        this.timeline = timeline;
        this.corrections = corrections;
    }

    private ViewState view;
    private app.dateline.app.settings.DialogFolders folders;
    private app.dateline.app.settings.RecentList recent;

    /** The choosers open in the folder last chosen; what is opened goes first in Open Recent. */
    void remember(app.dateline.app.settings.DialogFolders folders, app.dateline.app.settings.RecentList recent) {
        this.folders = folders;
        this.recent = recent;
    }

    /** A corpus opens with the view its project file kept. */
    void restoreViews(ViewState view) {
        this.view = view;
    }

    /** The status bar that shows the reading's progress and result (it needs {@link #loadingProperty()} first). */
    void reportTo(StatusLine status) {
        this.status = status;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        if (folders != null) {
            folders.initial("open-folder").ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            if (folders != null) {
                folders.chose("open-folder", dir.toPath().toAbsolutePath().getParent() == null ? dir.toPath() : dir.toPath().toAbsolutePath().getParent());
            }
            open(List.of(dir.toPath()));
        }
    }

    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (folders != null) {
            folders.initial("open-files").ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        }
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            if (folders != null) {
                folders.chose("open-files", files.get(0).toPath());
            }
            open(files.stream().map(File::toPath).toList());
        }
    }

    /** Reads the articles in the background; the window keeps answering, and Cancel keeps what was read. */
    void open(List<Path> asked) {
        List<Path> paths = asked.stream().map(Opening::projectToFolder).toList();
        corrections.saveView(); // the view of what was open, for when it is opened again
        if (running != null) {
            running.stop();
        }
        OpenTask task = new OpenTask(paths, EXTRACTOR);
        running = task;
        loading.set(true);
        status.follow(task);
        timeline.setPlaceholder("Reading articles…");
        task.stateProperty().addListener((o, old, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                finished(task, task.getValue());
            } else if (now == Worker.State.FAILED) {
                failed(task, task.getException());
            }
        });
        Thread worker = new Thread(task, "dateline-open");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops the reading in progress (Cancel); what was read so far is shown. */
    void stop() {
        if (running != null) {
            running.stop();
        }
    }

    private void finished(OpenTask task, OpenTask.Result r) {
        if (task != running) {
            return; // a newer opening replaced this one
        }
        running = null;
        lastReadAt = System.currentTimeMillis();
        loading.set(false);
        status.stopFollowing();
        lastReadingMillis = r.millis();
        workspace.load(r.paths(), r.reading(), r.timeline());
        if (recent != null && !r.reading().articles().isEmpty()) {
            recent.opened(r.paths());
        }
        corrections.start(r.project(), r.projectFile(), r.builder());
        timeline.setPlaceholder(r.reading().articles().isEmpty()
                ? "No article could be read. Open a folder of articles (Ctrl+O), or drop files here."
                : workspace.events().stream().noneMatch(MergedEvent::isPlottable)
                ? EmptyWords.noDate(r.reading().articles().size()) + " Open other articles (Ctrl+O)."
                : "No dated events to show: loosen the filters, or open other articles (Ctrl+O).");
        stage.setTitle("Dateline — " + String.join(", ", r.paths().stream().map(Opening::name).toList()));
        status.report(summary(r));
        if (r.projectMessage() != null && stage.isShowing()) {
            Platform.runLater(() -> Dialogs.warn(stage, "The project file could not be used", r.projectMessage()));
        }
        long skipped = r.reading().problems().stream().filter(ReadProblem::fatal).count();
        status.showProblems(skipped, r.reading().problems().size() - skipped);
        if (view != null && r.project() != null) {
            view.restore(r.project().view()); // its filters first: the opening view frames what they show
        }
        if (!workspace.events().isEmpty()) {
            timeline.fitMost(0.9); // a kept visible range, put back after this, still wins
        }
        if (onFirstDrawn != null) {
            Runnable first = onFirstDrawn;
            onFirstDrawn = null;
            Platform.runLater(() -> {
                timeline.paintNow();
                first.run();
            });
        }
    }

    /** "5 articles read in 1.2 s · 3 corrections found no event this time". */
    private static String summary(OpenTask.Result r) {
        int read = r.reading().articles().size();
        String what = read == 0 ? "No article could be read"
                : read + (read == 1 ? " article" : " articles") + " read in " + String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0);
        String project = r.projectMessage() != null ? " · " + r.projectMessage()
                : r.timeline().unresolved().isEmpty() ? ""
                : " · " + r.timeline().unresolved().size() + " corrections found no event this time";
        String merging = r.stopped() ? " · not merged (stopped early; open again to merge)" : "";
        return (r.stopped() ? "Stopped. " : "") + what + merging + project;
    }

    private void failed(OpenTask task, Throwable error) {
        if (task != running) {
            return;
        }
        running = null;
        loading.set(false);
        status.stopFollowing();
        status.report("Could not open: " + (error == null ? "unknown error" : error.getMessage()));
        timeline.setPlaceholder("Open a folder of articles (Ctrl+O), or drop files here.");
    }

    /** A timeline's project file ({@code FOLDER.dateline.json}) opens its folder, whose corrections it holds. */
    static Path projectToFolder(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.endsWith(".dateline.json") && !java.nio.file.Files.isDirectory(p)) {
            Path folder = p.resolveSibling(name.substring(0, name.length() - ".dateline.json".length()));
            if (java.nio.file.Files.exists(folder)) {
                return folder;
            }
        }
        return p;
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    /** Runs {@code r} once, when the first opening has been read and drawn (for start-up timing). */
    void setOnFirstDrawn(Runnable r) {
        this.onFirstDrawn = r;
    }

    /** How long the last opening took to read, in milliseconds, or -1. */
    long lastReadingMillis() {
        return lastReadingMillis;
    }

    /** When the last opening's result reached the window (epoch milliseconds), or -1. */
    long lastReadAt() {
        return lastReadAt;
    }
}

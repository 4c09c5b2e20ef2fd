package app.dateline.app;

import app.dateline.engine.merge.Merger;

import app.dateline.app.article.ArticleView;
import app.dateline.app.detail.EventDetailPane;
import app.dateline.app.edit.Corrections;
import app.dateline.app.export.ExportChoice;
import app.dateline.app.export.ExportDialog;
import app.dateline.app.export.PictureRequest;
import app.dateline.app.export.SvgPicture;
import app.dateline.engine.project.AtomicFiles;
import app.dateline.app.export.TimelinePicture;
import app.dateline.app.filter.ArticleLegend;
import app.dateline.app.filter.PrecisionChooser;
import app.dateline.app.filter.PrecisionClass;
import app.dateline.app.filter.SearchField;
import app.dateline.app.format.DateWords;
import app.dateline.app.list.EventTable;
import app.dateline.app.model.OpenTask;
import app.dateline.app.model.Workspace;
import app.dateline.app.overview.OverviewBand;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.extract.ReadProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Dateline window: the timeline with its overview band on top; the event list, the selected event's
 * detail and its article below; the articles (legend and filter) on the left; search and precision filter in
 * the tool bar; reading progress, problems and Cancel in the status bar. Everything binds to one
 * {@link Workspace}.
 */
public final class MainWindow {

    private static final Supplier<Extractor> EXTRACTOR = new Supplier<>() {
        private Extractor shared;

        @Override
        public synchronized Extractor get() {
            if (shared == null) {
                shared = new Extractor(); // loads the rule table and the sentence model once
            }
            return shared;
        }
    };

    /**
     * Readies the extractor (rule table, sentence model, the Natty parser's first parse) on a background
     * thread, while JavaFX starts and the window is built: the first opening then finds it warm.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            Extractor x = EXTRACTOR.get();
            x.extract(new app.dateline.engine.article.Article("warm-up", null, null, LocalDate.of(2024, 3, 5),
                    app.dateline.engine.article.DateOrigin.GIVEN,
                    "On Monday, in late January 2024, the envoys met again. They said talks would resume next week.",
                    List.of()));
        }, "dateline-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private final Stage stage;
    private final Consumer<Path> openFile;
    private final Workspace workspace = new Workspace();
    private final TimelineView timeline = new TimelineView();
    private final OverviewBand overview = new OverviewBand(timeline);
    private final EventTable table;
    private final EventDetailPane detail;
    private final ArticleView article;
    private final ArticleLegend legend = new ArticleLegend(workspace);
    private final SearchField search;
    private final PrecisionChooser precision = new PrecisionChooser(workspace.filter());
    private final StatusBar status = new StatusBar();
    private final Hyperlink problemsLink = new Hyperlink();
    private final Button cancel = new Button("Cancel");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BorderPane root = new BorderPane();
    private final Corrections corrections = new Corrections(workspace, this::report);
    private OpenTask running;
    private Runnable onFirstDrawn;
    private long lastReadingMillis = -1;

    /**
     * @param openFile opens an article's file in the system's viewer (HostServices), or null
     */
    public MainWindow(Stage stage, Consumer<Path> openFile) {
        this.stage = stage;
        this.openFile = openFile;
        timeline.setItems(workspace.shownEvents());
        timeline.seriesProperty().bind(workspace.seriesProperty());
        timeline.selectedEventProperty().bindBidirectional(workspace.selectedProperty());
        timeline.setOnOpenEvent(this::openArticle);
        timeline.setPlaceholder("Open a folder of articles (Ctrl+O), or drop files here.");
        detail = new EventDetailPane(this::openArticle, a -> workspace.getSeries().of(a), workspace::mergedOf);
        detail.eventProperty().bind(workspace.selectedProperty());
        article = new ArticleView(e -> workspace.setSelected(workspace.drawnOf(e)), openFile);
        MenuItem addAsEvent = new MenuItem("Add as Event…");
        addAsEvent.setOnAction(e -> askAddEvent());
        article.setOnContextMenuRequested(e -> {
            new javafx.scene.control.ContextMenu(addAsEvent).show(article, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        table = new EventTable(workspace, this::openArticle, timeline::selectPrevious, timeline::selectNext);
        workspace.selectedProperty().addListener((o, old, now) -> showArticleOf(now));
        detail.setOnSeparate(source -> tryEdit(() -> corrections.split(workspace.getSelected(), source)));
        detail.actions().getChildren().setAll(
                smallButton("Date…", "Correct the date (Ctrl+D)", this::askDate),
                smallButton("Label…", "Correct the label (F2)", this::askLabel),
                smallButton("Hide", "Hide this event (Ctrl+H); Undo brings it back", this::hideSelected),
                smallButton("Merge with…", "Merge with another event that tells the same story", this::askMerge));
        overview.setContext(workspace.events());
        search = new SearchField(workspace.filter(), () -> {
            timeline.requestFocus();
            if (workspace.getSelected() == null && !workspace.filter().queryProperty().get().isEmpty()) {
                timeline.selectNext();
            }
        });

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(centre());
        root.setBottom(buildStatusBar());
        root.getStyleClass().add("dateline-window");
        workspace.shownEvents().addListener((ListChangeListener<Event>) c -> updateCounts());
    }

    /** Puts the window in a scene on its stage and shows it. */
    public Scene show() {
        // never larger than the screen (a headless screen is 1280x800, and Monocle fails on larger windows)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(TimelinePicture.stylesheet());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), corrections::redo);
        stage.setScene(scene);
        stage.setTitle("Dateline");
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.show();
        timeline.requestFocus();
        return scene;
    }

    // ---- layout

    private Node centre() {
        VBox top = new VBox(timeline, overview);
        top.getStyleClass().add("timeline-area");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        SplitPane bottom = new SplitPane(titled("Events", table), titled("Selected event", detail), article);
        bottom.setDividerPositions(0.36, 0.64);
        SplitPane right = new SplitPane(top, bottom);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        SplitPane all = new SplitPane(legend, right);
        all.setDividerPositions(0.17);
        SplitPane.setResizableWithParent(legend, false);
        return all;
    }

    private static Node titled(String heading, Region content) {
        Label h = new Label(heading);
        h.getStyleClass().add("pane-heading");
        h.setPadding(new Insets(6, 8, 4, 8));
        VBox box = new VBox(h, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private MenuBar menuBar() {
        MenuItem openFolder = item("Open Folder…", "mdi2f-folder-open-outline", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFolder);
        MenuItem openFiles = item("Open Files…", null, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseFiles);
        MenuItem export = item("Export Picture (PNG or SVG)…", "mdi2f-file-image-outline", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::chooseExport);
        MenuItem quit = item("Quit", null, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        MenuItem saveProject = item("Save Project", "mdi2c-content-save-outline", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveProject);
        MenuItem openTimeline = item("Open Timeline…", null, null,
                () -> TimelineFileChooser.choose(stage).ifPresent(p -> open(List.of(p))));
        Menu file = new Menu("_File", null, openFolder, openFiles, openTimeline, saveProject, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem find = item("Find…", "mdi2m-magnify", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        MenuItem clear = item("Show Everything", null, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> workspace.filter().reset());
        MenuItem undo = item("Undo", "mdi2u-undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), corrections::undo);
        undo.textProperty().bind(corrections.undoTextProperty());
        undo.disableProperty().bind(corrections.canUndoProperty().not());
        MenuItem redo = item("Redo", "mdi2r-redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), corrections::redo);
        redo.textProperty().bind(corrections.redoTextProperty());
        redo.disableProperty().bind(corrections.canRedoProperty().not());
        MenuItem date = item("Change Date…", null, new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), this::askDate);
        MenuItem label = item("Change Label…", null, new KeyCodeCombination(KeyCode.F2), this::askLabel);
        MenuItem hide = item("Hide Event", null, new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), this::hideSelected);
        MenuItem merge = item("Merge With…", null, null, this::askMerge);
        MenuItem add = item("Add Event from Article…", null, null, this::askAddEvent);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), date, label, hide, merge, add,
                new SeparatorMenuItem(), find, clear);

        MenuItem zoomIn = item("Zoom In  (+ on the timeline)", "mdi2m-magnify-plus-outline", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), timeline::zoomIn);
        MenuItem zoomOut = item("Zoom Out  (- on the timeline)", "mdi2m-magnify-minus-outline", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), timeline::zoomOut);
        MenuItem fit = item("Show All  (Home on the timeline)", "mdi2a-arrow-expand-horizontal", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), timeline::fit);
        MenuItem toTimeline = item("Go to Timeline", null, new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), timeline::requestFocus);
        MenuItem toList = item("Go to Event List", null, new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), table::requestFocus);
        MenuItem toArticle = item("Go to Article", null, new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), article::focusText);
        MenuItem toArticles = item("Go to Article Filter", null, new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> legend.list().requestFocus());
        Menu view = new Menu("_View", null, zoomIn, zoomOut, fit, new SeparatorMenuItem(), toTimeline, toList, toArticle, toArticles);

        MenuItem prev = item("Previous Event  (Left)", null, new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), timeline::selectPrevious);
        MenuItem next = item("Next Event  (Right)", null, new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), timeline::selectNext);
        MenuItem openIt = item("Open Its Article  (Enter)", "mdi2o-open-in-new", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> openArticle(workspace.getSelected()));
        Menu go = new Menu("_Go", null, prev, next, openIt);

        MenuItem keys = item("Keyboard Shortcuts", null, new KeyCodeCombination(KeyCode.F1), () -> Dialogs.keys(stage));
        Menu help = new Menu("_Help", null, keys);
        return new MenuBar(file, edit, view, go, help);
    }

    private static MenuItem item(String text, String icon, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolBar() {
        Button open = tool("Open", "mdi2f-folder-open-outline", "Open a folder of articles (Ctrl+O), or drop files on the window", this::chooseFolder);
        Button export = tool("Export", "mdi2f-file-image-outline", "Export the timeline as a PNG or SVG picture (Ctrl+E)", this::chooseExport);
        Button zoomOut = tool(null, "mdi2m-magnify-minus-outline", "Zoom out (- on the timeline)", timeline::zoomOut);
        Button zoomIn = tool(null, "mdi2m-magnify-plus-outline", "Zoom in (+ on the timeline, or the mouse wheel)", timeline::zoomIn);
        Button fit = tool("Show all", "mdi2a-arrow-expand-horizontal", "Show the whole timeline (Home)", timeline::fit);
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(workspace.events()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label counts = new Label();
        counts.getStyleClass().add("toolbar-counts");
        counts.textProperty().bind(countsText);
        return new ToolBar(open, export, new javafx.scene.control.Separator(), zoomOut, zoomIn, fit,
                new javafx.scene.control.Separator(), search.node(), precision, grow, counts);
    }

    private final javafx.beans.property.StringProperty countsText = new javafx.beans.property.SimpleStringProperty("");

    private static Button tool(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("tool-button");
        return b;
    }

    private Node buildStatusBar() {
        status.setText("");
        problemsLink.setVisible(false);
        problemsLink.setOnAction(e -> Dialogs.problems(stage, workspace.problems()));
        cancel.setGraphic(new FontIcon("mdi2c-close-circle"));
        cancel.setTooltip(new Tooltip("Stop reading; the articles read so far are shown"));
        cancel.visibleProperty().bind(loading);
        cancel.managedProperty().bind(loading);
        cancel.setOnAction(e -> stopOpening());
        status.getRightItems().setAll(problemsLink, cancel);
        return status;
    }

    // ---- opening

    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    /** Reads the articles in the background; the window keeps answering, and Cancel keeps what was read. */
    public void open(List<Path> paths) {
        if (running != null) {
            running.stop();
        }
        OpenTask task = new OpenTask(paths, EXTRACTOR);
        running = task;
        loading.set(true);
        status.textProperty().bind(task.messageProperty());
        timeline.setPlaceholder("Reading articles…");
        status.progressProperty().bind(task.progressProperty());
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
    public void stopOpening() {
        if (running != null) {
            running.stop();
        }
    }

    private void finished(OpenTask task, OpenTask.Result r) {
        if (task != running) {
            return; // a newer opening replaced this one
        }
        running = null;
        loading.set(false);
        status.textProperty().unbind();
        status.progressProperty().unbind();
        status.setProgress(0);
        lastReadingMillis = r.millis();
        workspace.load(r.paths(), r.reading(), r.timeline());
        corrections.start(r.project(), r.projectFile(), r.builder());
        timeline.setPlaceholder(r.reading().articles().isEmpty()
                ? "No article could be read. Open a folder of articles (Ctrl+O), or drop files here."
                : "No dated events to show: loosen the filters, or open other articles (Ctrl+O).");
        stage.setTitle("Dateline — " + String.join(", ", r.paths().stream().map(MainWindow::name).toList()));
        long problems = r.reading().problems().stream().filter(ReadProblem::fatal).count();
        long warnings = r.reading().problems().size() - problems;
        int read = r.reading().articles().size();
        String what = read == 0 ? "No article could be read"
                : read + (read == 1 ? " article" : " articles") + " read in " + String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0);
        String project = r.projectMessage() != null ? " · " + r.projectMessage()
                : r.timeline().unresolved().isEmpty() ? ""
                : " · " + r.timeline().unresolved().size() + " corrections found no event this time";
        int mentions = r.reading().events().size();
        String merging = r.stopped() ? " · not merged (stopped early; open again to merge)"
                : mentions > Merger.MAX_EVENTS ? " · " + mentions + " mentions: too many to merge automatically" : "";
        status.setText((r.stopped() ? "Stopped. " : "") + what + merging + project);
        if (r.projectMessage() != null && stage.isShowing()) {
            Platform.runLater(() -> Dialogs.warn(stage, "The project file could not be used", r.projectMessage()));
        }
        problemsLink.setVisible(problems + warnings > 0);
        problemsLink.setText(problemSummary(problems, warnings));
        problemsLink.setGraphic(problems > 0 ? new FontIcon("mdi2a-alert") : null);
        if (!workspace.events().isEmpty()) {
            timeline.fitMost(0.9);
        }
        updateCounts();
        if (onFirstDrawn != null) {
            Runnable first = onFirstDrawn;
            onFirstDrawn = null;
            Platform.runLater(() -> {
                timeline.paintNow();
                first.run();
            });
        }
    }

    private void failed(OpenTask task, Throwable error) {
        if (task != running) {
            return;
        }
        running = null;
        loading.set(false);
        status.textProperty().unbind();
        status.progressProperty().unbind();
        status.setProgress(0);
        status.setText("Could not open: " + (error == null ? "unknown error" : error.getMessage()));
        timeline.setPlaceholder("Open a folder of articles (Ctrl+O), or drop files here.");
    }

    private static String problemSummary(long problems, long warnings) {
        List<String> parts = new ArrayList<>();
        if (problems > 0) {
            parts.add(problems + (problems == 1 ? " file skipped" : " files skipped"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }

    private void updateCounts() {
        long onTimeline = workspace.shownEvents().stream().filter(Event::isPlottable).count();
        int total = (int) workspace.events().stream().filter(Event::isPlottable).count();
        countsText.set(workspace.events().isEmpty() ? ""
                : onTimeline == total ? total + " dated events on the timeline"
                : onTimeline + " of " + total + " dated events shown");
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    // ---- the selected event's article

    private void showArticleOf(Event e) {
        if (e == null) {
            return; // keep the article in view when the selection is cleared
        }
        article.show(workspace.extractionOf(e.article()), e, a -> workspace.getSeries().of(a));
    }

    /** Shows the event's article with its phrase in view and moves the keyboard focus there. */
    public void openArticle(Event e) {
        if (e == null) {
            return;
        }
        Event drawn = workspace.drawnOf(e); // e may be one source of a merged event
        if (drawn != null && workspace.getSelected() != drawn) {
            workspace.setSelected(drawn);
        }
        article.show(workspace.extractionOf(e.article()), e, a -> workspace.getSeries().of(a));
        article.focusText();
    }

    // ---- corrections

    private static Button smallButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("detail-action");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void report(String message) {
        status.textProperty().unbind();
        status.setText(message);
    }

    /** Runs an edit; one the engine refuses (a date it cannot place, an empty label) is reported, not thrown. */
    private void tryEdit(Runnable edit) {
        try {
            edit.run();
        } catch (IllegalArgumentException e) {
            report(e.getMessage());
            if (stage.isShowing()) {
                Dialogs.warn(stage, "That correction cannot be made", e.getMessage());
            }
        }
    }

    private void askDate() {
        Event e = workspace.getSelected();
        if (e == null) {
            return;
        }
        app.dateline.engine.merge.MergedEvent m = workspace.mergedOf(e);
        Dialogs.ask(stage, "Change Date", "The date of \u201c" + m.label() + "\u201d (now " + DateWords.of(m.date()) + ")",
                "A TIMEX3 value: 2021, 2021-08, 2021-08-15, 2021-SU, 2021-W33", m.date().isRange() ? m.date().endValue() : m.date().value())
                .ifPresent(v -> tryEdit(() -> corrections.changeDate(e, v)));
    }

    private void askLabel() {
        Event e = workspace.getSelected();
        if (e == null) {
            return;
        }
        app.dateline.engine.merge.MergedEvent m = workspace.mergedOf(e);
        Dialogs.ask(stage, "Change Label", "The label of the event on the timeline", "Label", m.label())
                .ifPresent(v -> tryEdit(() -> corrections.changeLabel(e, v)));
    }

    private void hideSelected() {
        Event e = workspace.getSelected();
        if (e != null) {
            tryEdit(() -> corrections.hide(e));
        }
    }

    /** Offers the events nearest in date to merge the selected one with. */
    private void askMerge() {
        Event e = workspace.getSelected();
        if (e == null || !e.isPlottable()) {
            return;
        }
        double at = e.timex().from().toEpochDay();
        List<Event> near = workspace.events().stream().filter(o -> o != e && o.isPlottable())
                .sorted(java.util.Comparator.comparingDouble(o -> Math.abs(o.timex().from().toEpochDay() - at)))
                .limit(30).toList();
        Dialogs.choose(stage, "Merge Events", "Merge \u201c" + workspace.mergedOf(e).label() + "\u201d with the event that tells the same story:",
                near, o -> DateWords.shortOf(o.timex()) + " \u2014 " + o.label())
                .ifPresent(other -> tryEdit(() -> corrections.merge(e, other)));
    }

    /**
     * Makes an event of a phrase of the article shown: the one selected with the mouse, else the phrase typed
     * (or pasted) as it stands in the text.
     */
    private void askAddEvent() {
        app.dateline.engine.extract.ArticleExtraction shown = article.article();
        if (shown == null) {
            return;
        }
        int[] range = article.selectedRange();
        if (range != null) {
            String phrase = shown.article().body().substring(range[0], range[1]);
            Dialogs.askOrBlank(stage, "Add Event", "\u201c" + phrase + "\u201d as an event. Its date, as a TIMEX3 value "
                    + "(2021-08-16, 2021-08, 2021); leave it empty to let Dateline read the phrase", "Date", "")
                    .ifPresent(v -> tryEdit(() -> corrections.addEvent(shown.article(), range[0], range[1], v.isEmpty() ? null : v, null)));
            return;
        }
        Dialogs.ask(stage, "Add Event", "A date phrase of \u201c" + shown.article().displayTitle()
                        + "\u201d, as it stands in the text (its first occurrence is used)", "Phrase", "")
                .ifPresent(phrase -> {
                    String value = Dialogs.ask(stage, "Add Event", "Its date, as a TIMEX3 value (2021-08-16, 2021-08, 2021); "
                            + "Cancel to let Dateline read the phrase", "Date", "").orElse(null);
                    tryEdit(() -> addEvent(shown.article(), phrase, value));
                });
    }

    /** Adds the first occurrence of {@code phrase} in the article's body as an event, dated {@code value} or by the engine (null). */
    public boolean addEvent(app.dateline.engine.article.Article a, String phrase, String value) {
        int at = a.body().indexOf(phrase.strip());
        if (phrase.isBlank() || at < 0) {
            throw new IllegalArgumentException("\u201c" + phrase.strip() + "\u201d is not in the text of " + a.displayTitle());
        }
        return corrections.addEvent(a, at, at + phrase.strip().length(), value, null);
    }

    private void saveProject() {
        if (corrections.save()) {
            report("Corrections saved to " + corrections.projectFile());
        }
    }

    public Corrections corrections() {
        return corrections;
    }

    // ---- export

    public void chooseExport() {
        if (workspace.events().isEmpty()) {
            return;
        }
        String range = DateWords.range(LocalDate.ofEpochDay((long) timeline.getVisibleStart()),
                LocalDate.ofEpochDay((long) timeline.getVisibleEnd() - 1));
        ExportDialog dialog = new ExportDialog(stage, defaultTitle(), range, 2000);
        dialog.showAndWait().ifPresent(choice -> {
            FileChooser chooser = new FileChooser();
            String ext = choice.extension();
            chooser.setTitle("Save the timeline as " + ext.toUpperCase(Locale.ROOT));
            chooser.setInitialFileName("timeline." + ext);
            chooser.getExtensionFilters().add(choice.svg() ? new FileChooser.ExtensionFilter("SVG drawing", "*.svg")
                    : new FileChooser.ExtensionFilter("PNG picture", "*.png"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                Path out = file.getName().toLowerCase(Locale.ROOT).endsWith("." + ext) ? file.toPath()
                        : file.toPath().resolveSibling(file.getName() + "." + ext);
                try {
                    if (choice.svg()) {
                        exportSvg(choice, out);
                    } else {
                        export(choice, out);
                    }
                    status.setText("Exported " + out);
                } catch (IOException | RuntimeException ex) {
                    status.setText("Could not export: " + ex.getMessage());
                }
            }
        });
    }

    /** Draws the shown events (filters applied) as a PNG, as the export dialog asked. */
    public WritableImage export(ExportChoice choice, Path out) throws IOException {
        WritableImage image = TimelinePicture.render(pictureRequest(choice));
        TimelinePicture.writePng(image, out);
        return image;
    }

    /** Draws the shown events (filters applied) as an SVG drawing, written atomically. */
    public void exportSvg(ExportChoice choice, Path out) throws IOException {
        AtomicFiles.write(out, new SvgPicture().render(pictureRequest(choice)));
    }

    private PictureRequest pictureRequest(ExportChoice choice) {
        List<Event> shown = List.copyOf(workspace.shownEvents());
        return new PictureRequest(shown, workspace.getSeries(), workspace.getSeries().legend(shown),
                choice.title(), choice.whole() ? null : timeline.getVisibleStart(),
                choice.whole() ? null : timeline.getVisibleEnd(), choice.width(), choice.scale(),
                "Dateline · " + String.join(", ", workspace.sourcesProperty().get().stream().map(Path::toString).toList()));
    }

    private String defaultTitle() {
        int n = workspace.articles().size();
        return n == 1 ? workspace.articles().get(0).article().displayTitle() : "Timeline of " + n + " articles";
    }

    private void focusSearch() {
        search.node().requestFocus();
        search.node().selectAll();
    }

    /** Runs {@code r} once, when the first opening has been read and drawn (for start-up timing). */
    public void setOnFirstDrawn(Runnable r) {
        this.onFirstDrawn = r;
    }

    /** How long the last opening took to read, in milliseconds, or -1. */
    public long lastReadingMillis() {
        return lastReadingMillis;
    }

    // ---- for tests

    public Workspace workspace() {
        return workspace;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public OverviewBand overview() {
        return overview;
    }

    public EventTable table() {
        return table;
    }

    public EventDetailPane detail() {
        return detail;
    }

    public ArticleView articleView() {
        return article;
    }

    public CustomTextField searchField() {
        return search.node();
    }

    public CheckComboBox<PrecisionClass> precisionFilter() {
        return precision;
    }

    public ArticleLegend articleLegend() {
        return legend;
    }

    public StatusBar statusBar() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public Parent root() {
        return root;
    }
}

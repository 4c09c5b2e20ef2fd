package app.dateline.app;

import app.dateline.app.article.ArticleView;
import app.dateline.app.detail.EventDetailPane;
import app.dateline.app.edit.Corrections;
import app.dateline.app.export.TimelinePicture;
import app.dateline.app.filter.ArticleLegend;
import app.dateline.app.filter.KeyEventsChooser;
import app.dateline.app.filter.PrecisionChooser;
import app.dateline.app.filter.SearchField;
import app.dateline.app.list.EventTable;
import app.dateline.app.model.PrecisionClass;
import app.dateline.app.model.Workspace;
import app.dateline.app.overview.OverviewBand;
import app.dateline.app.timeline.TimelineView;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.stage.WindowEvent;
import app.dateline.app.desktop.AboutDialog;
import app.dateline.app.desktop.Desktop;
import app.dateline.app.desktop.PreferencesDialog;
import app.dateline.app.desktop.WindowMemory;
import app.dateline.desktop.UserFolders;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * The Dateline window: the timeline with its overview band on top; the event list, the selected event's
 * detail and its article below; the articles (legend and filter) on the left; search and precision filter in
 * the tool bar; reading progress, problems and Cancel in the status bar. Everything binds to one
 * {@link Workspace}. This class builds the views and lays them out; its other jobs have their own classes:
 * {@link WindowActions} (menus, tool bar, keys), {@link Opening}, {@link CorrectionDialogs}, {@link ExportFlow}
 * and {@link StatusLine}.
 */
public final class MainWindow {

    /** Readies the engine on a background thread while JavaFX starts (see {@link Opening#warmUp()}). */
    public static void warmUp() {
        Opening.warmUp();
    }

    private final Stage stage;
    private final Workspace workspace = new Workspace();
    private final TimelineView timeline = new TimelineView();
    private final OverviewBand overview = new OverviewBand(timeline);
    private final ArticleLegend legend = new ArticleLegend(workspace);
    private final PrecisionChooser precision = new PrecisionChooser(workspace.filter());
    private final KeyEventsChooser keyEvents = new KeyEventsChooser(workspace);
    private final BorderPane root = new BorderPane();
    private final EventTable table;
    private final EventDetailPane detail;
    private final ArticleView article;
    private final SearchField search;
    private final Corrections corrections;
    private final Opening opening;
    private final StatusLine status;
    private final CorrectionDialogs correctionDialogs;
    private final ExportFlow exports;
    private final WindowActions actions;
    private final Desktop desktop;
    private final WindowMemory memory;
    /** The split panes by name, for their dividers to be kept (those in the window). */
    private final Map<String, SplitPane> panes = new LinkedHashMap<>();
    /** Where the article legend and the bottom panes go (at once, or after the first frame: {@link #panesLater()}). */
    private final StackPane legendPlace = new StackPane();
    private final StackPane bottomPlace = new StackPane();
    private SplitPane bottom;
    private ToolBar toolBar;
    private boolean panesLater;

    /**
     * @param openFile opens an article's file in the system's viewer (HostServices), or null
     */
    public MainWindow(Stage stage, Consumer<Path> openFile) {
        this(stage, openFile, Desktop.ephemeral());
    }

    /**
     * @param openFile opens an article's file in the system's viewer (HostServices), or null
     * @param desktop  what the window remembers between runs, its look, its cache and log
     */
    public MainWindow(Stage stage, Consumer<Path> openFile, Desktop desktop) {
        this.stage = stage;
        this.desktop = desktop;
        this.memory = new WindowMemory(desktop.settings());
        corrections = new Corrections(workspace, this::report);
        opening = new Opening(stage, workspace, timeline, corrections);
        status = new StatusLine(stage, workspace, opening.loadingProperty(), opening::stop);
        opening.reportTo(status);
        exports = new ExportFlow(stage, workspace, timeline, this::report);
        opening.remember(desktop.folders(), desktop.recent());
        ViewState view = new ViewState(workspace, timeline);
        corrections.keepView(view::capture);
        opening.restoreViews(view);
        exports.remember(desktop.folders(), () -> desktop.appearance().current().export());

        timeline.setItems(workspace.shownEvents());
        timeline.seriesProperty().bind(workspace.seriesProperty());
        timeline.selectedEventProperty().bindBidirectional(workspace.selectedProperty());
        timeline.setOnOpenEvent(this::openArticle);
        timeline.setPlaceholder("Open a folder of articles (Ctrl+O), or drop files here.");
        detail = new EventDetailPane(this::openSource, a -> workspace.getSeries().of(a));
        detail.eventProperty().bind(workspace.selectedProperty());
        article = new ArticleView(e -> workspace.setSelected(workspace.eventOf(e)), openFile);
        table = new EventTable(workspace, this::openArticle, timeline::selectPrevious, timeline::selectNext);
        table.readingProperty().bind(opening.loadingProperty());
        legend.readingProperty().bind(opening.loadingProperty());
        // once read, the list opens on the story's days, as the timeline does (framed just after loading ends)
        opening.loadingProperty().addListener((o, was, now) -> {
            if (was && !now) {
                Platform.runLater(() -> table.showFrom(timeline.openingDays()[0], timeline.getVisibleEnd()));
            }
        });
        workspace.selectedProperty().addListener((o, old, now) -> showArticleOf(now));
        overview.setContext(workspace.events());
        ArticleFollowsFilters.install(workspace, article, a -> workspace.getSeries().of(a));
        // a hidden event's phrase stays in the text, greyed, with a tip saying how to bring it back
        article.markHidden(e -> workspace.eventOf(e) == null);
        workspace.events().addListener((javafx.collections.ListChangeListener<MergedEvent>) c ->
                article.markHidden(e -> workspace.eventOf(e) == null));
        timeline.setAxisEvents(workspace.events()); // the axis stays put while filters change what is shown
        search = new SearchField(workspace.filter(), timeline::requestFocus, this::nextMatch);
        workspace.filter().queryProperty().addListener((o, old, now) -> {
            if (!now.isBlank()) {
                Platform.runLater(this::firstMatch); // once the views have the matches
            }
        });
        correctionDialogs = new CorrectionDialogs(stage, workspace, corrections, article, this::report);
        correctionDialogs.attachTo(detail);
        correctionDialogs.attachTo(article);

        actions = new WindowActions(this);
        toolBar = actions.toolBar(counts());
        root.setTop(new VBox(actions.menuBar(), toolBar));
        root.setCenter(centre());
        root.setBottom(status.node());
        root.getStyleClass().add("dateline-window");
    }

    /**
     * The article legend, the panes below the timeline (event list, detail, article) and the tool bar's filters
     * (key events, search, precision) go into the window only once its first frame with what it opens is drawn
     * ({@link PanesLater}): the app's start shows the timeline sooner. An action that needs one of them before
     * (Find, Go to Event List...) puts them in at once. Call before {@link #show()}; without it they are there
     * from the start.
     */
    public void panesLater() {
        panesLater = true;
    }

    /** Whether the legend, the bottom panes and the tool bar's filters are in the window. */
    public boolean panesPlaced() {
        return !bottomPlace.getChildren().isEmpty();
    }

    private void placePanes() {
        if (panesPlaced()) {
            return;
        }
        legendPlace.getChildren().setAll(legend);
        bottomPlace.getChildren().setAll(bottom);
        actions.placeFilters(toolBar);
    }

    /**
     * Puts the panes and filters in now if they are not yet (an action needs one of them): their kept dividers
     * are restored after the next layout, and saved at close from then on.
     */
    void placePanesNow() {
        if (panesPlaced()) {
            return;
        }
        placePanes();
        if (stage.isShowing()) {
            Platform.runLater(() -> {
                memory.restoreDividers(Map.of("bottom", bottom));
                panes.put("bottom", bottom); // kept when the window closes only once it was there
            });
        } else {
            panes.put("bottom", bottom);
        }
    }

    /** Puts the window in a scene on its stage and shows it. */
    public Scene show() {
        // never larger than the screen (a headless screen is 1280x800, and Monocle fails on larger windows)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        desktop.appearance().apply(scene);
        actions.install(scene);
        stage.setScene(scene);
        stage.setTitle("Dateline");
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        memory.restore(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            desktop.settings().batch(() -> {
                memory.save(stage);
                memory.saveDividers(panes);
            });
            corrections.saveView();
        });
        if (!panesLater) {
            placePanes();
            panes.put("bottom", bottom);
        }
        stage.show();
        // after the first layout, which places the dividers by the panes' own sizes
        Platform.runLater(() -> memory.restoreDividers(panes));
        if (panesLater) {
            PanesLater.run(opening.loadingProperty(), () -> {
                if (stage.isShowing()) { // not when closed meanwhile
                    placePanesNow();
                }
            });
        }
        timeline.requestFocus();
        return scene;
    }

    // ---- layout

    private Node centre() {
        VBox top = new VBox(timeline, overview);
        top.getStyleClass().add("timeline-area");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        bottom = new SplitPane(titled("Events", table), titled("Selected event", detail), article);
        bottom.setDividerPositions(0.36, 0.64);
        SplitPane right = new SplitPane(top, bottomPlace);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        SplitPane all = new SplitPane(legendPlace, right);
        all.setDividerPositions(0.17);
        SplitPane.setResizableWithParent(legendPlace, false);
        panes.put("columns", all);
        panes.put("rows", right);
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

    /** "48 dated events on the timeline", or "12 of 48 dated events shown" when filters hide some. */
    private StringBinding counts() {
        return Bindings.createStringBinding(() -> {
            long onTimeline = workspace.shownEvents().stream().filter(MergedEvent::isPlottable).count();
            long total = workspace.events().stream().filter(MergedEvent::isPlottable).count();
            return workspace.events().isEmpty() ? ""
                    : onTimeline == total ? total + " dated events on the timeline"
                    : onTimeline + " of " + total + " dated events shown";
        }, workspace.shownEvents()); // not events(): the filtered list is updated after it, and changes with it
    }

    /** Selects the first match of a search in date order and brings it into view. */
    private void firstMatch() {
        List<TimelineItem> items = timeline.getModel().items();
        MergedEvent first = !items.isEmpty() ? items.get(0).event()
                : workspace.shownEvents().isEmpty() ? null : workspace.shownEvents().get(0);
        if (first != null) {
            workspace.setSelected(first);
        }
    }

    /** Enter in the search field: the next match in date order after the selected one, round to the first. */
    private void nextMatch() {
        MergedEvent was = workspace.getSelected();
        timeline.selectNext();
        if (was != null && workspace.getSelected() == was) {
            firstMatch();
        }
    }

    void report(String message) {
        status.report(message);
    }

    void focusSearch() {
        placePanesNow();
        search.node().requestFocus();
        search.node().selectAll();
    }

    // ---- the selected event's article

    private void showArticleOf(MergedEvent m) {
        if (m == null) {
            return; // keep the article in view when the selection is cleared
        }
        Event told = workspace.filter().sourceToShow(m); // the source the search found, in an article shown
        article.show(workspace.extractionOf(told.article()), told, a -> workspace.getSeries().of(a));
    }

    /**
     * Shows the article the event was first told in (of those the filters show: the one the search found), with its
     * phrase in view, and moves the keyboard focus there.
     */
    public void openArticle(MergedEvent m) {
        if (m != null) {
            openSource(workspace.filter().sourceToShow(m));
        }
    }

    /** Shows the article of one mention with its phrase in view, selects its event and moves the focus there. */
    public void openSource(Event mention) {
        if (mention == null) {
            return;
        }
        MergedEvent event = workspace.eventOf(mention);
        if (event != null && workspace.getSelected() != event) {
            workspace.setSelected(event);
        }
        placePanesNow();
        article.show(workspace.extractionOf(mention.article()), mention, a -> workspace.getSeries().of(a));
        article.focusText();
    }

    // ---- opening

    /** Reads the articles in the background; the window keeps answering, and Cancel keeps what was read. */
    public void open(List<Path> paths) {
        opening.open(paths);
    }

    /** Stops the reading in progress (Cancel); what was read so far is shown. */
    public void stopOpening() {
        opening.stop();
    }

    /** Runs {@code r} once, when the first opening has been read and drawn (for start-up timing). */
    public void setOnFirstDrawn(Runnable r) {
        opening.setOnFirstDrawn(r);
    }

    /** How long the last opening took to read, in milliseconds, or -1. */
    public long lastReadingMillis() {
        return opening.lastReadingMillis();
    }

    /** When the last opening's result reached the window (epoch milliseconds), or -1. */
    public long lastReadAt() {
        return opening.lastReadAt();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return opening.loadingProperty();
    }

    // ---- preferences and about

    /** Edit > Preferences: the window follows each choice; OK keeps them, Cancel goes back. */
    public PreferencesDialog showPreferences() {
        PreferencesDialog d = new PreferencesDialog(stage, desktop.appearance());
        d.resultProperty().addListener((o, was, chosen) -> {
            if (chosen != null) {
                desktop.setPreferences(chosen);
            }
        });
        d.show();
        return d;
    }

    /** Help > About: version, licences, where the cache, settings and log are; Clear Cache. */
    public Alert showAbout() {
        Alert a = AboutDialog.create(stage, desktop.cacheFolder(), desktop.settings().file() == null
                ? UserFolders.config().resolve("settings.properties") : desktop.settings().file(), desktop.logFile());
        a.show();
        return a;
    }

    // ---- the parts, for the window's other classes and for tests

    public Desktop desktop() {
        return desktop;
    }

    Stage stage() {
        return stage;
    }

    Opening opening() {
        return opening;
    }

    CorrectionDialogs correctionDialogs() {
        return correctionDialogs;
    }

    public ExportFlow exports() {
        return exports;
    }

    public Corrections corrections() {
        return corrections;
    }

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

    public KeyEventsChooser keyEvents() {
        return keyEvents;
    }

    public ArticleLegend articleLegend() {
        return legend;
    }

    public StatusBar statusBar() {
        return status.node();
    }

    public Parent root() {
        return root;
    }
}

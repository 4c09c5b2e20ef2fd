package app.dateline.app;

import app.dateline.app.desktop.LazyTooltip;
import app.dateline.app.edit.Corrections;
import app.dateline.app.timeline.TimelineView;
import app.dateline.app.settings.RecentList;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every action of the window with its key: the menu bar, the tool bar, the scene's extra accelerators and
 * dropping files on the window. The actions themselves live with their jobs (opening, corrections, export,
 * the views); this class only wires them to menus, buttons and keys (Help > Keyboard Shortcuts lists them).
 */
final class WindowActions {

    private final MainWindow w;
    /** Where the filters go in the tool bar: before the space that pushes the counts to the right. */
    private Region filtersBefore;

    WindowActions(MainWindow window) {
        this.w = window;
    }

    MenuBar menuBar() {
        Opening opening = w.opening();
        CorrectionDialogs ask = w.correctionDialogs();
        Corrections corrections = w.corrections();
        TimelineView timeline = w.timeline();

        MenuItem openFolder = item("Open Folder…", "mdi2f-folder-open-outline", shortcut(KeyCode.O), opening::chooseFolder);
        MenuItem openFiles = item("Open Files…", null, shortcutShift(KeyCode.O), opening::chooseFiles);
        MenuItem export = item("Export…", "mdi2f-file-image-outline", shortcut(KeyCode.E), w.exports()::choose);
        MenuItem quit = item("Quit", null, shortcut(KeyCode.Q), w.stage()::close);
        MenuItem saveProject = item("Save Project", "mdi2c-content-save-outline", shortcut(KeyCode.S), ask::saveProject);
        MenuItem openTimeline = item("Open Timeline…", null, null,
                () -> TimelineFileChooser.choose(w.stage()).ifPresent(p -> opening.open(List.of(p))));
        Menu recent = new Menu("Open _Recent");
        recent.setId("open-recent");
        recent.getItems().add(new MenuItem("(nothing yet)")); // a menu with no items never shows
        recent.setOnShowing(e -> fillRecent(recent));
        Menu file = new Menu("_File", null, openFolder, openFiles, openTimeline, recent, saveProject, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem find = item("Find…", "mdi2m-magnify", shortcut(KeyCode.F), w::focusSearch);
        MenuItem clear = item("Show Everything", null, shortcutShift(KeyCode.F), () -> w.workspace().filter().reset());
        MenuItem undo = item("Undo", "mdi2u-undo", shortcut(KeyCode.Z), corrections::undo);
        undo.textProperty().bind(corrections.undoTextProperty());
        undo.disableProperty().bind(corrections.canUndoProperty().not());
        MenuItem redo = item("Redo", "mdi2r-redo", shortcutShift(KeyCode.Z), corrections::redo);
        redo.textProperty().bind(corrections.redoTextProperty());
        redo.disableProperty().bind(corrections.canRedoProperty().not());
        MenuItem date = item("Change Date…", null, shortcut(KeyCode.D), ask::askDate);
        MenuItem label = item("Change Label…", null, new KeyCodeCombination(KeyCode.F2), ask::askLabel);
        MenuItem hide = item("Hide Event", null, shortcut(KeyCode.H), ask::hideSelected);
        MenuItem merge = item("Merge With…", null, null, ask::askMerge);
        MenuItem add = item("Add Event from Article…", null, null, ask::askAddEvent);
        MenuItem preferences = item("Preferences…", "mdi2c-cog-outline", shortcut(KeyCode.COMMA), w::showPreferences);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), date, label, hide, merge, add,
                new SeparatorMenuItem(), find, clear, new SeparatorMenuItem(), preferences);

        MenuItem zoomIn = item("Zoom In  (+ on the timeline)", "mdi2m-magnify-plus-outline", shortcut(KeyCode.EQUALS), timeline::zoomIn);
        MenuItem zoomOut = item("Zoom Out  (- on the timeline)", "mdi2m-magnify-minus-outline", shortcut(KeyCode.MINUS), timeline::zoomOut);
        MenuItem fit = item("Show All  (Home on the timeline)", "mdi2a-arrow-expand-horizontal", shortcut(KeyCode.DIGIT0), timeline::fit);
        MenuItem toTimeline = item("Go to Timeline", null, shortcut(KeyCode.DIGIT1), timeline::requestFocus);
        // the panes go into the window a few frames after its first (PanesLater): a key pressed before brings them
        MenuItem toList = item("Go to Event List", null, shortcut(KeyCode.DIGIT2), () -> {
            w.placePanesNow();
            w.table().requestFocus();
        });
        MenuItem toArticle = item("Go to Article", null, shortcut(KeyCode.DIGIT3), () -> {
            w.placePanesNow();
            w.articleView().focusText();
        });
        MenuItem toArticles = item("Go to Article Filter", null, shortcut(KeyCode.DIGIT4), () -> {
            w.placePanesNow();
            w.articleLegend().list().requestFocus();
        });
        Menu view = new Menu("_View", null, zoomIn, zoomOut, fit, new SeparatorMenuItem(), toTimeline, toList, toArticle, toArticles);

        MenuItem prev = item("Previous Event  (Left)", null, new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), timeline::selectPrevious);
        MenuItem next = item("Next Event  (Right)", null, new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), timeline::selectNext);
        MenuItem openIt = item("Open Its Article  (Enter)", "mdi2o-open-in-new", shortcut(KeyCode.ENTER), () -> w.openArticle(w.workspace().getSelected()));
        Menu go = new Menu("_Go", null, prev, next, openIt);

        MenuItem keys = item("Keyboard Shortcuts", null, new KeyCodeCombination(KeyCode.F1), () -> Dialogs.keys(w.stage()));
        MenuItem about = item("About Dateline", "mdi2i-information-outline", null, w::showAbout);
        Menu help = new Menu("_Help", null, keys, new SeparatorMenuItem(), about);
        return new MenuBar(file, edit, view, go, help);
    }

    /** File > Open Recent, made afresh each time it opens: a thing that is gone is said and dropped when chosen. */
    void fillRecent(Menu menu) {
        RecentList recent = w.desktop().recent();
        List<RecentList.Entry> entries = recent.entries();
        menu.getItems().clear();
        for (RecentList.Entry e : entries) {
            MenuItem item = new MenuItem(e.name() + "  —  " + e.paths().get(0).toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> openRecent(e));
            menu.getItems().add(item);
        }
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem("(nothing yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Menu");
            clear.setOnAction(a -> recent.clear());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    void openRecent(RecentList.Entry e) {
        List<Path> missing = e.missing();
        if (!missing.isEmpty()) {
            w.desktop().recent().remove(e);
            Dialogs.warn(w.stage(), "No longer there", (missing.size() == 1 ? missing.get(0) + " is" : missing.size()
                    + " of its files are") + " gone (moved, renamed or deleted), so it was removed from Open Recent.");
            return;
        }
        w.open(e.paths());
    }

    ToolBar toolBar(ObservableStringValue counts) {
        TimelineView timeline = w.timeline();
        Button open = tool("Open", "mdi2f-folder-open-outline", "Open a folder of articles (Ctrl+O), or drop files on the window", w.opening()::chooseFolder);
        Button export = tool("Export", "mdi2f-file-image-outline", "Export the events shown as a picture (PNG, SVG), a web page, TimelineJS or JSON (Ctrl+E)", w.exports()::choose);
        Button zoomOut = tool(null, "mdi2m-magnify-minus-outline", "Zoom out (- on the timeline)", timeline::zoomOut);
        Button zoomIn = tool(null, "mdi2m-magnify-plus-outline", "Zoom in (+ on the timeline, or the mouse wheel)", timeline::zoomIn);
        Button fit = tool("Show all", "mdi2a-arrow-expand-horizontal", "Show the whole timeline (Home)", timeline::fit);
        export.disableProperty().bind(Bindings.isEmpty(w.workspace().events()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label countsLabel = new Label();
        countsLabel.getStyleClass().add("toolbar-counts");
        countsLabel.textProperty().bind(counts);
        filtersBefore = grow;
        return new ToolBar(open, export, new Separator(), zoomOut, zoomIn, fit, new Separator(), grow, countsLabel);
    }

    /**
     * Puts the filters (key events, search, precision) into the tool bar made by {@link #toolBar}, once. The
     * window does it with its panes ({@link PanesLater}): their drop-down lists and text field are the costliest
     * part of styling the tool bar when the window is first shown.
     */
    void placeFilters(ToolBar bar) {
        if (bar.getItems().contains(w.searchField())) {
            return;
        }
        int at = bar.getItems().indexOf(filtersBefore);
        bar.getItems().addAll(at < 0 ? bar.getItems().size() : at, List.of(w.keyEvents(), w.searchField(), w.precisionFilter()));
    }

    /** Keys the menus cannot hold (a second key for Redo) and files dropped on the window. */
    void install(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                w.open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.getAccelerators().put(shortcut(KeyCode.Y), w.corrections()::redo);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static MenuItem item(String text, String icon, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button tool(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        LazyTooltip.install(b, tip);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("tool-button");
        return b;
    }
}

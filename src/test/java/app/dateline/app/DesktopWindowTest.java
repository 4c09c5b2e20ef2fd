package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.dateline.app.desktop.Desktop;
import app.dateline.app.settings.RecentList;
import app.dateline.app.settings.Settings;
import app.dateline.desktop.UserFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the window remembers: Open Recent, its size, its dividers (a window of its own, on its own settings). */
class DesktopWindowTest extends FxRobot {

    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private MainWindow show(Desktop desktop) throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, null, desktop);
            window.show();
        });
        return window;
    }

    /** The app's window (its panes and filters after the first frame), reading the corpus. */
    private void showReading(Desktop desktop) throws Exception {
        showReading(desktop, () -> { });
    }

    /** The same, then {@code andThen} in the same JavaFX turn (before any frame could put the panes in). */
    private void showReading(Desktop desktop, Runnable andThen) throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, null, desktop);
            window.panesLater();
            window.show();
            window.open(List.of(WindowFixture.corpus()));
            andThen.run();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            for (Window w : Window.getWindows().stream().toList()) {
                if (w instanceof Stage s && s.getOwner() == stage) {
                    s.close();
                }
            }
            if (stage != null && stage.isShowing()) {
                window.stopOpening();
                stage.close();
            }
        });
    }

    private static Desktop desktop(Path dir) {
        return new Desktop(Settings.at(dir.resolve("settings.properties")), dir.resolve("cache"), UserFolders.logFile());
    }

    private Menu openRecentMenu() {
        MenuBar bar = (MenuBar) window.root().lookup(".menu-bar");
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(m -> "open-recent".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void openedFoldersComeFirstInOpenRecentAndAMissingOneIsSaidAndDropped(@TempDir Path dir) throws Exception {
        Path gone = Files.createDirectories(dir.resolve("gone-folder"));
        Desktop desktop = desktop(dir);
        desktop.recent().opened(List.of(gone));
        Files.delete(gone);
        MainWindow w = show(desktop);
        FxToolkit.setupFixture(() -> w.open(List.of(WindowFixture.corpus())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // kept in the settings file: a new run sees it
        List<RecentList.Entry> kept = new RecentList(Settings.at(dir.resolve("settings.properties"))).entries();
        assertThat(kept).extracting(RecentList.Entry::name).containsExactly("corpus", "gone-folder");

        Menu recent = openRecentMenu();
        FxToolkit.setupFixture(() -> recent.getOnShowing().handle(null)); // what opening the menu does
        assertThat(recent.getItems()).extracting(MenuItem::getText)
                .startsWith("corpus  —  " + WindowFixture.corpus().toAbsolutePath().normalize().getParent(),
                        "gone-folder  —  " + dir.toAbsolutePath().normalize())
                .endsWith("Clear Menu");
        FxToolkit.setupFixture(() -> recent.getItems().get(1).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Window.getWindows()).anySatisfy(win -> assertThat(win.getScene().getRoot().lookup(".dialog-pane"))
                .isNotNull().satisfies(p -> assertThat(((javafx.scene.control.DialogPane) p).getContentText())
                        .contains("gone-folder is gone").contains("removed from Open Recent")));
        assertThat(desktop.recent().entries()).extracting(RecentList.Entry::name).containsExactly("corpus");
    }

    @Test
    void sizeAndDividersComeBackInTheNextWindow(@TempDir Path dir) throws Exception {
        Desktop desktop = desktop(dir);
        desktop.settings().put("window.width", 900);
        desktop.settings().put("window.height", 620);
        MainWindow w = show(desktop);
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isEqualTo(620);
        SplitPane columns = (SplitPane) w.root().lookup(".split-pane");
        FxToolkit.setupFixture(() -> columns.setDividerPositions(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        double moved = columns.getDividerPositions()[0];
        FxToolkit.setupFixture(() -> stage.close());

        Settings saved = Settings.at(dir.resolve("settings.properties"));
        assertThat(saved.number("window.width")).hasValue(900);
        assertThat(saved.list("divider.columns")).hasSize(1);

        MainWindow again = show(desktop(dir));
        SplitPane columnsAgain = (SplitPane) again.root().lookup(".split-pane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columnsAgain.getDividerPositions()[0]).isCloseTo(moved, within(0.01));
        assertThat(stage.getWidth()).isEqualTo(900);
    }

    @Test
    void theAppsWindowDrawsTheTimelineFirstAndPutsItsPanesInAFewFramesLater(@TempDir Path dir) throws Exception {
        Desktop desktop = desktop(dir);
        desktop.settings().putList("divider.bottom", List.of("0.3", "0.7"));
        boolean[] placedWhenLoaded = {true};
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, null, desktop);
            window.panesLater();
            window.show();
            window.workspace().events().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                if (!window.workspace().events().isEmpty()) {
                    placedWhenLoaded[0] = window.panesPlaced();
                }
            });
            window.open(List.of(WindowFixture.corpus()));
            assertThat(window.panesPlaced()).isFalse();
            assertThat(window.table().getScene()).isNull();
            assertThat(window.articleLegend().getScene()).isNull();
            assertThat(window.keyEvents().getScene()).isNull();
            assertThat(window.searchField().getScene()).isNull();
            assertThat(window.precisionFilter().getScene()).isNull();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.loadingProperty().get() && !window.workspace().events().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window::panesPlaced);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(placedWhenLoaded[0]).as("the panes came after the timeline had its events").isFalse();
        assertThat(window.timeline().getModel().isEmpty()).isFalse();
        assertThat(window.table().getScene()).isSameAs(stage.getScene());
        assertThat(window.articleLegend().getScene()).isSameAs(stage.getScene());
        assertThat(window.table().getItems()).hasSize(window.workspace().shownEvents().size()).isNotEmpty();
        javafx.scene.Node up = window.searchField();
        while (!(up instanceof ToolBar)) {
            up = up.getParent();
        }
        ToolBar bar = (ToolBar) up;
        assertThat(bar.getItems()).containsSubsequence(window.keyEvents(), window.searchField(), window.precisionFilter());
        assertThat(bar.getItems().get(bar.getItems().size() - 1)).as("the counts stay last, on the right")
                .isInstanceOf(javafx.scene.control.Label.class);
        javafx.scene.Node bottom = window.table();
        while (!(bottom instanceof SplitPane)) {
            bottom = bottom.getParent();
        }
        assertThat(((SplitPane) bottom).getDividerPositions()[0]).isCloseTo(0.3, within(0.01)); // the kept dividers, once there
        assertThat(((SplitPane) bottom).getDividerPositions()[1]).isCloseTo(0.7, within(0.01));
    }

    @Test
    void findChosenBeforeThePanesCameBringsThemAndGoesToTheSearchField(@TempDir Path dir) throws Exception {
        Desktop desktop = desktop(dir);
        boolean[] placedBefore = {true};
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, null, desktop);
            window.panesLater();
            window.show();
            window.open(List.of(WindowFixture.corpus())); // reading: the panes wait for it to end
            placedBefore[0] = window.panesPlaced();
            MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
            MenuItem find = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "Find…".equals(i.getText())).findFirst().orElseThrow();
            assertThat(find.getAccelerator()).hasToString("Shortcut+F");
            find.fire(); // as Ctrl+F does
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(placedBefore[0]).isFalse();
        assertThat(window.panesPlaced()).isTrue();
        assertThat(window.searchField().getScene()).isSameAs(stage.getScene());
        assertThat(window.table().getScene()).isSameAs(stage.getScene());
        assertThat(stage.getScene().getFocusOwner()).isSameAs(window.searchField());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.loadingProperty().get());
    }

    @Test
    void theToolBarsFiltersAnswerTheirFirstClickOnceIn(@TempDir Path dir) throws Exception {
        Desktop desktop = desktop(dir);
        showReading(desktop);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.loadingProperty().get() && window.panesPlaced());
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(window.keyEvents());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.keyEvents().isShowing());
        clickOn("Top 10 events");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().topProperty().get()).isEqualTo(10);

        clickOn(window.precisionFilter());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".check-box").queryAll().stream()
                .anyMatch(javafx.scene.Node::isVisible));
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

        clickOn(window.searchField()).write("Kabul");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Kabul".equals(window.workspace().filter().queryProperty().get()));
    }

    @Test
    void theArticleLegendPutInLateShowsTheArticlesTheFilterHidMeanwhileUnchecked(@TempDir Path dir) throws Exception {
        Desktop desktop = desktop(dir);
        showReading(desktop);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.workspace().articles().isEmpty());
        String[] hidden = new String[1];
        FxToolkit.setupFixture(() -> {
            if (!window.panesPlaced()) {
                assertThat(window.articleLegend().list().getItems()).as("not following before it is in the window").isEmpty();
            }
            hidden[0] = window.workspace().articles().get(1).article().source();
            window.workspace().filter().hiddenArticles().add(hidden[0]);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window::panesPlaced);
        WaitForAsyncUtils.waitForFxEvents();

        var legend = window.articleLegend().list();
        assertThat(legend.getItems()).containsExactlyElementsOf(window.workspace().articles());
        assertThat(legend.getCheckModel().getCheckedItems()).hasSize(window.workspace().articles().size() - 1)
                .noneMatch(a -> a.article().source().equals(hidden[0]));
        FxToolkit.setupFixture(() -> legend.getCheckModel().clearCheck(window.workspace().articles().get(0)));
        assertThat(window.workspace().filter().hiddenArticles())
                .containsExactlyInAnyOrder(hidden[0], window.workspace().articles().get(0).article().source());
        FxToolkit.setupFixture(() -> window.workspace().filter().hiddenArticles().clear());
        assertThat(legend.getCheckModel().getCheckedItems()).hasSize(window.workspace().articles().size());
    }

    @Test
    void aWindowClosedBeforeItsPanesCameKeepsTheirDividers(@TempDir Path dir) throws Exception {
        Desktop desktop = desktop(dir);
        desktop.settings().putList("divider.bottom", List.of("0.3", "0.7"));
        showReading(desktop, () -> stage.close()); // still reading: the panes are not in yet
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.loadingProperty().get());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a few frames: none puts the panes in a closed window
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.panesPlaced()).isFalse();
        assertThat(Settings.at(dir.resolve("settings.properties")).list("divider.bottom")).containsExactly("0.3", "0.7");
    }

    /** A copy of the seed corpus in {@code dir/name}, where a test may write its project file beside it. */
    private static Path seedCorpusIn(Path dir, String name) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(WindowFixture.corpus())) {
            for (Path p : files.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        return corpus;
    }

    @Test
    void aReopenedCorpusComesBackWithItsViewFromTheProjectFile(@TempDir Path dir) throws Exception {
        Path corpus = seedCorpusIn(dir, "news");
        Desktop desktop = desktop(dir);
        MainWindow w = show(desktop);
        FxToolkit.setupFixture(() -> w.open(List.of(corpus)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        app.dateline.engine.merge.MergedEvent[] chosen = new app.dateline.engine.merge.MergedEvent[1];
        double[] range = new double[2];
        FxToolkit.setupFixture(() -> {
            w.workspace().filter().precisions().remove(app.dateline.app.model.PrecisionClass.DECADE);
            w.workspace().filter().queryProperty().set("taliban");
            w.workspace().topProperty().set(20);
        });
        WaitForAsyncUtils.waitForFxEvents(); // a new query selects its first match
        FxToolkit.setupFixture(() -> {
            chosen[0] = w.workspace().shownEvents().stream().filter(app.dateline.engine.merge.MergedEvent::isPlottable).skip(2).findFirst().orElseThrow();
            w.workspace().setSelected(chosen[0]);
            w.timeline().setVisibleRange(18_000, 18_900);
            w.corrections().save(); // the project file, with the view
        });
        FxToolkit.setupFixture(() -> {
            range[0] = w.timeline().getVisibleStart();
            range[1] = w.timeline().getVisibleEnd();
            stage.close();
        });
        assertThat(Files.readString(dir.resolve("news.dateline.json"))).contains("\"view\"").contains("taliban");

        MainWindow again = show(desktop(dir));
        FxToolkit.setupFixture(() -> again.open(List.of(corpus)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !again.loadingProperty().get() && !again.workspace().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.workspace().filter().queryProperty().get()).isEqualTo("taliban");
        assertThat(again.workspace().topProperty().get()).isEqualTo(20);
        assertThat(again.workspace().filter().precisions()).doesNotContain(app.dateline.app.model.PrecisionClass.DECADE);
        assertThat(again.workspace().getSelected()).isNotNull();
        assertThat(again.workspace().getSelected().id()).isEqualTo(chosen[0].id());
        assertThat(again.workspace().getSelected().label()).isEqualTo(chosen[0].label());
        assertThat(again.timeline().getVisibleStart()).isCloseTo(range[0], within(1.0));
        assertThat(again.timeline().getVisibleEnd()).isCloseTo(range[1], within(1.0));
    }

    /**
     * A project that keeps the key-events setting but no visible range opens on what that filter shows: the opening
     * view is fitted after the project's filters are put back (it was fitted on all events, then filtered).
     */
    @Test
    void aProjectsKeyEventsWithoutARangeOpenOnTheKeyEvents(@TempDir Path dir) throws Exception {
        Path corpus = seedCorpusIn(dir, "news");
        Files.writeString(dir.resolve("news.dateline.json"), """
                {"format":"dateline-project","version":1,"corpus":["news"],"dateCorrections":[],"labelCorrections":[],
                 "hidden":[],"addedEvents":[],"merges":[],"splits":[],"view":{"keyEvents":3}}
                """);
        MainWindow w = show(desktop(dir));
        FxToolkit.setupFixture(() -> w.open(List.of(corpus)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        double[] opened = new double[2];
        double[] refitted = new double[2];
        double[] allFitted = new double[2];
        FxToolkit.setupFixture(() -> {
            opened[0] = w.timeline().getVisibleStart();
            opened[1] = w.timeline().getVisibleEnd();
            w.timeline().fitMost(0.9);
            refitted[0] = w.timeline().getVisibleStart();
            refitted[1] = w.timeline().getVisibleEnd();
            w.workspace().topProperty().set(0);
            w.timeline().fitMost(0.9);
            allFitted[0] = w.timeline().getVisibleStart();
            allFitted[1] = w.timeline().getVisibleEnd();
        });
        assertThat(w.workspace().shownEvents()).hasSizeGreaterThan(3); // all again at the end
        assertThat(allFitted).as("all events open elsewhere than the top 3: the test can tell").isNotEqualTo(refitted);
        assertThat(opened[0]).isCloseTo(refitted[0], within(1.0));
        assertThat(opened[1]).isCloseTo(refitted[1], within(1.0));
    }
}

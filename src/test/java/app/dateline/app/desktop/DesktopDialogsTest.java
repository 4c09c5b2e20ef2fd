package app.dateline.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.settings.Preferences;
import app.dateline.app.settings.Settings;
import app.dateline.app.settings.Theme;
import app.dateline.desktop.LogSetup;
import app.dateline.desktop.UserFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The error dialog, Preferences and About, in a small window of their own (headless). */
class DesktopDialogsTest extends FxRobot {

    private Stage stage;
    private Region article;
    private Button fails;
    private Thread.UncaughtExceptionHandler before;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Desktop open(Path dir) throws Exception {
        Desktop desktop = new Desktop(Settings.at(dir.resolve("settings.properties")), dir.resolve("cache"), UserFolders.logFile());
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            article = new Region();
            article.getStyleClass().add("article-view");
            article.setPrefSize(300, 200);
            fails = new Button("Fail");
            fails.setOnAction(e -> {
                throw new IllegalStateException("the test's button always fails");
            });
            Scene scene = new Scene(new VBox(fails, article), 400, 300);
            desktop.appearance().apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        return desktop;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            for (Window w : Window.getWindows().stream().toList()) {
                if (w != stage && w instanceof Stage s && s.getOwner() == stage) {
                    s.close();
                }
            }
            if (stage != null) {
                stage.close();
            }
        });
        if (before != null) {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private Color articleBackground() throws Exception {
        Color[] c = new Color[1];
        FxToolkit.setupFixture(() -> {
            article.applyCss();
            c[0] = (Color) article.getBackground().getFills().get(0).getFill();
        });
        return c[0];
    }

    @Test
    void anExceptionInAHandlerShowsOneSentenceWithDetailsIsLoggedAndTheWindowKeepsAnswering(@TempDir Path dir) throws Exception {
        LogSetup.install();
        Desktop desktop = open(dir);
        before = Thread.getDefaultUncaughtExceptionHandler();
        CrashHandler handler = CrashHandler.install(() -> stage, desktop.logFile());

        clickOn("Fail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handler.openDialog() != null);
        Alert dialog = handler.openDialog();
        assertThat(dialog.getContentText())
                .isEqualTo("Something went wrong (the test's button always fails); Dateline keeps running, and the details are in the log.");
        assertThat(dialog.getDialogPane().getExpandableContent().lookup(".error-details"))
                .satisfies(n -> assertThat(((javafx.scene.control.TextArea) n).getText())
                        .contains("java.lang.IllegalStateException: the test's button always fails")
                        .contains("DesktopDialogsTest"));
        assertThat(Files.readString(desktop.logFile())).contains("SEVERE app.dateline.errors: uncaught on thread JavaFX Application Thread")
                .contains("the test's button always fails");

        // a second failure while the dialog is open adds no dialog; the window still takes events
        long dialogs = Window.getWindows().size();
        javafx.application.Platform.runLater(fails::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).hasSize((int) dialogs);
        assertThat(dialog.getHeaderText()).contains("1 more");
    }

    @Test
    void darkThemeIsOneStylesheetAndCancelGoesBack(@TempDir Path dir) throws Exception {
        Desktop desktop = open(dir);
        assertThat(articleBackground()).isEqualTo(Color.WHITE);
        PreferencesDialog[] d = new PreferencesDialog[1];
        FxToolkit.setupFixture(() -> {
            d[0] = new PreferencesDialog(stage, desktop.appearance());
            d[0].show();
        });
        FxToolkit.setupFixture(() -> d[0].theme.setValue(Theme.DARK));
        assertThat(stage.getScene().getStylesheets()).first().asString().endsWith("themes/dark.css");
        assertThat(articleBackground()).isEqualTo(Color.web("#22272e"));

        FxToolkit.setupFixture(() -> {
            d[0].textSize.setValue(18);
            d[0].setResult(null);
            d[0].close();
        });
        assertThat(articleBackground()).isEqualTo(Color.WHITE);
        assertThat(desktop.appearance().current()).isEqualTo(Preferences.DEFAULT);
    }

    @Test
    void okKeepsThePreferencesAndTextSizeScalesTheFonts(@TempDir Path dir) throws Exception {
        Desktop desktop = open(dir);
        PreferencesDialog[] d = new PreferencesDialog[1];
        FxToolkit.setupFixture(() -> {
            d[0] = new PreferencesDialog(stage, desktop.appearance());
            d[0].show();
            d[0].theme.setValue(Theme.DARK);
            d[0].textSize.setValue(18);
        });
        FxToolkit.setupFixture(() -> {
            Button ok = (Button) d[0].getDialogPane().lookupButton(ButtonType.OK);
            ok.fire();
        });
        Preferences chosen = d[0].getResult();
        FxToolkit.setupFixture(() -> desktop.setPreferences(chosen));
        assertThat(Preferences.read(Settings.at(dir.resolve("settings.properties"))))
                .extracting(Preferences::theme, Preferences::textSize).containsExactly(Theme.DARK, 18.0);
        double[] size = new double[1];
        FxToolkit.setupFixture(() -> {
            Button b = (Button) stage.getScene().getRoot().getChildrenUnmodifiable().get(0);
            b.applyCss();
            size[0] = b.getFont().getSize();
        });
        assertThat(size[0]).isEqualTo(18.0);
        assertThat(articleBackground()).isEqualTo(Color.web("#22272e"));
    }

    @Test
    void aboutListsTheLicencesAndClearsTheCache(@TempDir Path dir) throws Exception {
        Desktop desktop = open(dir);
        Files.createDirectories(desktop.cacheFolder().resolve("engine-old"));
        Files.write(desktop.cacheFolder().resolve("engine-old").resolve("entry"), new byte[4096]);
        Alert[] about = new Alert[1];
        FxToolkit.setupFixture(() -> {
            about[0] = AboutDialog.create(stage, desktop.cacheFolder(), desktop.settings().file(), desktop.logFile());
            about[0].show();
        });
        TableView<?> table = (TableView<?>) about[0].getDialogPane().getContent().lookup(".table-view");
        assertThat(table.getItems()).hasSameSizeAs(Licences.all());
        for (int col = 0; col < 3; col++) { // every column shows its text (not just rows of blanks)
            assertThat(table.getColumns().get(col).getCellData(0)).asString().isNotBlank();
        }
        assertThat(table.getColumns().get(2).getCellData(0)).isEqualTo(Licences.all().get(0).licence());
        assertThat(about[0].getHeaderText()).startsWith("Dateline ");
        javafx.scene.control.Label size = (javafx.scene.control.Label) about[0].getDialogPane().getContent().lookup("#cache-size");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "4 KB".equals(size.getText()));

        FxToolkit.setupFixture(() -> ((Button) about[0].getDialogPane().getContent().lookup("#clear-cache")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> size.getText().endsWith("(cleared)"));
        assertThat(desktop.cacheFolder()).isEmptyDirectory();
    }
}

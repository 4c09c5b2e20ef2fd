package app.dateline.app.desktop;

import app.dateline.desktop.AppVersion;
import app.dateline.engine.cache.CacheFolders;
import java.nio.file.Path;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help > About: the version, the libraries and their licences, where the cache, the settings and the log are,
 * and a button that empties the cache (results are then made again when a folder is opened).
 */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static Alert create(Window owner, Path cacheFolder, Path settingsFile, Path logFile) {
        Alert a = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("About Dateline");
        a.setHeaderText("Dateline " + AppVersion.number() + "\nA timeline viewer for news. Apache License 2.0.");
        a.getDialogPane().getStyleClass().add("about-dialog");

        TableView<Licences.Library> table = new TableView<>();
        table.getItems().setAll(Licences.all());
        table.getColumns().add(column("Library", Licences.Library::name, 280));
        table.getColumns().add(column("Version", Licences.Library::version, 70));
        table.getColumns().add(column("Licence", Licences.Library::licence, 230));
        table.setPrefHeight(250);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label cacheSize = new Label();
        cacheSize.setId("cache-size");
        Button clear = new Button("Clear Cache");
        clear.setId("clear-cache");
        measure(cacheFolder, cacheSize);
        clear.setOnAction(e -> {
            clear.setDisable(true);
            Task<Long> job = new Task<>() {
                @Override
                protected Long call() {
                    CacheFolders.clear(cacheFolder);
                    return CacheFolders.size(cacheFolder);
                }
            };
            job.setOnSucceeded(done -> {
                cacheSize.setText(size(job.getValue()) + " (cleared)");
                clear.setDisable(false);
            });
            job.setOnFailed(done -> {
                cacheSize.setText("could not clear: " + job.getException().getMessage());
                clear.setDisable(false);
            });
            Thread t = new Thread(job, "dateline-clear-cache");
            t.setDaemon(true);
            t.start();
        });

        GridPane places = new GridPane();
        places.setHgap(10);
        places.setVgap(6);
        places.addRow(0, new Label("Cache"), path(cacheFolder), new HBox(8, cacheSize, clear));
        places.addRow(1, new Label("Settings"), path(settingsFile));
        places.addRow(2, new Label("Log"), path(logFile));
        GridPane.setHgrow(places.getChildren().get(1), Priority.ALWAYS);

        VBox content = new VBox(10, new Label("Libraries inside Dateline:"), table, places);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(720);
        a.getDialogPane().setContent(content);
        return a;
    }

    private static TableColumn<Licences.Library, String> column(String title,
                                                               java.util.function.Function<Licences.Library, String> value, double width) {
        TableColumn<Licences.Library, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A path the reader can select and copy. */
    private static TextField path(Path p) {
        TextField f = new TextField(p.toAbsolutePath().toString());
        f.setEditable(false);
        f.setPrefColumnCount(34);
        return f;
    }

    private static void measure(Path folder, Label into) {
        into.setText("measuring…");
        Task<Long> job = new Task<>() {
            @Override
            protected Long call() {
                return CacheFolders.size(folder);
            }
        };
        job.setOnSucceeded(e -> into.setText(size(job.getValue())));
        job.setOnFailed(e -> into.setText("?"));
        Thread t = new Thread(job, "dateline-cache-size");
        t.setDaemon(true);
        t.start();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}

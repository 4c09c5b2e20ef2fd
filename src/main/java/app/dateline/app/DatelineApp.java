package app.dateline.app;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/** The desktop window. Opens the folders or files given, or {@code corpus/} with no arguments. */
public final class DatelineApp extends Application {

    public static void main(String[] args) {
        launch(DatelineApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        List<Path> paths = raw.isEmpty() ? List.of(Path.of("corpus")) : raw.stream().map(Path::of).toList();
        ListView<String> list = new ListView<>();
        Task<CorpusExtraction> load = new Task<>() {
            @Override
            protected CorpusExtraction call() {
                return new Extractor().extract(paths);
            }
        };
        load.setOnSucceeded(e -> list.setItems(FXCollections.observableArrayList(load.getValue().events().stream()
                .filter(Event::isPlottable)
                .sorted((a, b) -> a.timex().from().compareTo(b.timex().from()))
                .map(ev -> ev.timex().value() + "  " + ev.label())
                .toList())));
        Thread worker = new Thread(load, "dateline-open");
        worker.setDaemon(true);
        worker.start();
        stage.setTitle("Dateline");
        stage.setScene(new Scene(list, 900, 600));
        stage.show();
    }
}

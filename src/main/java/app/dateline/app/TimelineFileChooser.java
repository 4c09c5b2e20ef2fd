package app.dateline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File > Open Timeline…: picks a {@code dateline-events} file (a story the archive job wrote, or
 * {@code export --format json}), which the window opens though its articles are not on this machine.
 */
final class TimelineFileChooser {

    private TimelineFileChooser() {
    }

    static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Timeline (dateline-events JSON)");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Dateline timelines (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner);
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }
}

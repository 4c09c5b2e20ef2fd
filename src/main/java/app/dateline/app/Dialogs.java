package app.dateline.app;

import app.dateline.engine.extract.ReadProblem;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The window's small dialogs: problems met while reading, and the keyboard shortcuts. */
final class Dialogs {

    static final String KEYS = String.join("\n",
            "On the timeline:",
            "  Left / Right      previous / next event",
            "  Enter             open the selected event's article",
            "  + / -             zoom in / out (or the mouse wheel, around the pointer)",
            "  Home              show everything",
            "  Page Up / Down    pan",
            "  Escape            clear the selection",
            "",
            "Anywhere:",
            "  Ctrl+O            open a folder (Ctrl+Shift+O: files)",
            "  Ctrl+E            export a picture or the events (HTML, TimelineJS, CSV, JSON)",
            "  Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)  undo / redo a correction",
            "  Ctrl+D / F2 / Ctrl+H  change the selected event's date / label, hide it",
            "  Ctrl+S            save the project (corrections are also saved as they are made)",
            "  Ctrl+F            search (Escape clears it)",
            "  Alt+Left / Right  previous / next event",
            "  Ctrl+1 2 3 4      go to timeline, event list, article, article filter",
            "",
            "In the article: Left / Right move between its dates.");

    private Dialogs() {
    }

    /** Lists the files skipped and the warnings, each with its file and reason. Does not block. */
    static void problems(Window owner, List<ReadProblem> problems) {
        StringBuilder b = new StringBuilder();
        for (ReadProblem p : problems) {
            b.append(p.fatal() ? "Skipped  " : "Warning  ").append(p.message()).append('\n');
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("Problems while reading");
        a.setHeaderText("Files that could not be read are skipped; the rest are shown.");
        TextArea text = new TextArea(b.toString());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 240);
        a.getDialogPane().setContent(text);
        a.show();
    }

    static void keys(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, KEYS, ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Every action has a key");
        a.show();
    }

    static void warn(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(460);
        a.show(); // not modal-and-waiting: the window keeps answering, and tests are not blocked
    }

    /** Asks a yes-or-no question; true for OK. */
    static boolean confirm(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(header);
        return a.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** A line of text, or empty when cancelled. */
    static java.util.Optional<String> ask(Window owner, String title, String header, String prompt, String initial) {
        return askOrBlank(owner, title, header, prompt, initial).filter(v -> !v.isEmpty());
    }

    /** A line of text, possibly empty, or no value when cancelled. */
    static java.util.Optional<String> askOrBlank(Window owner, String title, String header, String prompt, String initial) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(prompt);
        d.getEditor().setPrefColumnCount(36);
        return d.showAndWait().map(String::strip);
    }

    /** One of {@code choices}, shown by {@code name}, or empty when cancelled. */
    static <T> java.util.Optional<T> choose(Window owner, String title, String header, List<T> choices,
                                            java.util.function.Function<T, String> name) {
        if (choices.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> names = choices.stream().map(name).toList();
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait().map(n -> choices.get(names.indexOf(n)));
    }
}

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
            "  Ctrl+E            export PNG",
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
}

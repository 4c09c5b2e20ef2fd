package app.dateline.app.desktop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the reader sees of an unexpected error: one sentence, and a "details" section (folded) with the stack
 * trace and where the log is. Not modal-and-waiting: the window keeps answering.
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** The one sentence: what went wrong in words, with the exception's message when it has one. */
    public static String sentence(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? null : root.getMessage().strip();
        String what = message == null ? "an unexpected " + root.getClass().getSimpleName() : message;
        return "Something went wrong (" + what + "); Dateline keeps running, and the details are in the log.";
    }

    public static String details(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** Builds the dialog (shown by the caller). */
    public static Alert create(Window owner, Throwable error, Path logFile) {
        Alert a = new Alert(Alert.AlertType.ERROR, sentence(error), ButtonType.CLOSE);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle("Dateline: unexpected error");
        a.setHeaderText("Unexpected error");
        a.getDialogPane().setMinWidth(520);
        a.getDialogPane().getStyleClass().add("error-dialog");
        TextArea trace = new TextArea(details(error));
        trace.setEditable(false);
        trace.setPrefSize(700, 260);
        trace.getStyleClass().add("error-details");
        Label where = new Label("Written to the log: " + logFile);
        where.setWrapText(true);
        a.getDialogPane().setExpandableContent(new VBox(8, where, trace));
        return a;
    }
}

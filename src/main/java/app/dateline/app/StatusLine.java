package app.dateline.app;

import app.dateline.app.desktop.LazyTooltip;
import app.dateline.app.model.Workspace;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar: what the window is doing or did last (reading progress, the last correction or export), a
 * link to the problems met while reading, and Cancel while reading.
 */
final class StatusLine {

    private final StatusBar bar = new StatusBar();
    private final Hyperlink problemsLink = new Hyperlink();
    private final Button cancel = new Button("Cancel");

    StatusLine(Window owner, Workspace workspace, ObservableBooleanValue loading, Runnable onCancel) {
        bar.setText("");
        problemsLink.setVisible(false);
        problemsLink.setOnAction(e -> Dialogs.problems(owner, workspace.problems()));
        cancel.setGraphic(new FontIcon("mdi2c-close-circle"));
        LazyTooltip.install(cancel, "Stop reading; the articles read so far are shown");
        cancel.visibleProperty().bind(loading);
        cancel.managedProperty().bind(loading);
        cancel.setOnAction(e -> onCancel.run());
        bar.getRightItems().setAll(problemsLink, cancel);
    }

    StatusBar node() {
        return bar;
    }

    /** Shows a message until the next one. */
    void report(String message) {
        bar.textProperty().unbind();
        bar.setText(message);
    }

    /** Shows the task's message and progress while it runs. */
    void follow(Task<?> task) {
        bar.textProperty().bind(task.messageProperty());
        bar.progressProperty().bind(task.progressProperty());
    }

    /** Stops showing the task's progress; its last message stays until {@link #report}. */
    void stopFollowing() {
        bar.textProperty().unbind();
        bar.progressProperty().unbind();
        bar.setProgress(0);
    }

    /** The link to the problems: "2 files skipped, 1 warning", with an alert icon when files were skipped. */
    void showProblems(long skipped, long warnings) {
        problemsLink.setVisible(skipped + warnings > 0);
        problemsLink.setText(problemSummary(skipped, warnings));
        problemsLink.setGraphic(skipped > 0 ? new FontIcon("mdi2a-alert") : null);
    }

    static String problemSummary(long skipped, long warnings) {
        List<String> parts = new ArrayList<>();
        if (skipped > 0) {
            parts.add(skipped + (skipped == 1 ? " file skipped" : " files skipped"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }
}

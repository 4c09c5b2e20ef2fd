package app.dateline.app;

import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.merge.MergedEvent;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline control alone on a stage of its own (headless), showing a story's events without the window. */
final class TimelineStage {

    private final Stage stage;
    private final TimelineView timeline;

    private TimelineStage(Stage stage, TimelineView timeline) {
        this.stage = stage;
        this.timeline = timeline;
    }

    /** A timeline of {@code width} x {@code height} pixels showing {@code events}, once it is on screen. */
    static TimelineStage show(List<MergedEvent> events, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        TimelineStage[] shown = new TimelineStage[1];
        FxToolkit.setupFixture(() -> {
            TimelineView timeline = new TimelineView();
            timeline.setItems(FXCollections.observableArrayList(events));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(timeline), width, height));
            stage.show();
            shown[0] = new TimelineStage(stage, timeline);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }

    TimelineView timeline() {
        return timeline;
    }

    void close() throws Exception {
        FxToolkit.setupFixture(stage::close);
    }
}

package app.dateline.app.timeline;

import app.dateline.engine.merge.MergedEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Times redrawing a {@link TimelineView} at several zoom levels. Every frame zooms a little, so the lanes are
 * packed again (the worst case: panning reuses them), and draws. Two figures per frame: the JavaFX thread's
 * CPU time for layout and drawing calls, and the wall time from one pulse to the next with pulses running flat
 * out ({@code javafx.animation.fullspeed=true}), which adds the renderer rasterising the frame.
 */
public final class TimelineBenchmark {

    /** One zoom level's timings in milliseconds. */
    public record Result(String zoom, int drawn, int clustered, double drawMedian, double drawWorst,
                         double frameMedian, double frameWorst) {
    }

    private static final double[] ZOOMS = {0, 3650, 365, 91, 14, 3};
    private static final int WARM_UP = 10;
    /** CPU time, not wall time, for the drawing: the machine's other work does not count against it. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private TimelineBenchmark() {
    }

    /** Must not run on the JavaFX thread: it waits for the frames. */
    public static List<Result> run(List<MergedEvent> events, double width, double height, int frames) throws Exception {
        TimelineView[] view = new TimelineView[1];
        Stage[] stage = new Stage[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            view[0] = new TimelineView();
            view[0].setItems(FXCollections.observableArrayList(events));
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(view[0]), width, height));
            stage[0].show();
            shown.complete(null);
        });
        shown.get();
        List<Result> results = new ArrayList<>();
        for (double zoom : ZOOMS) {
            results.add(level(view[0], zoom, frames).get());
        }
        Platform.runLater(() -> stage[0].close());
        return results;
    }

    private static CompletableFuture<Result> level(TimelineView view, double zoom, int frames) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            double first = view.getModel().firstDay();
            double last = view.getModel().lastDay();
            double len = zoom == 0 ? last - first : zoom;
            // where events are dense: three quarters of the way through them
            double centre = zoom == 0 ? (first + last) / 2 : view.getModel().items().get(view.getModel().size() * 3 / 4).anchor();
            double[] draw = new double[frames];
            double[] frame = new double[frames];
            new AnimationTimer() {
                private int f = -WARM_UP;
                private long lastPulse;

                @Override
                public void handle(long now) {
                    long t0 = System.nanoTime();
                    long c0 = CPU.getCurrentThreadCpuTime();
                    if (f > 0) {
                        frame[f - 1] = (t0 - lastPulse) / 1e6;
                    }
                    if (f == frames) {
                        stop();
                        Arrays.sort(draw);
                        Arrays.sort(frame);
                        done.complete(new Result(zoom == 0 ? "all" : label(zoom), view.getDrawnEvents().size(),
                                view.getClusteredCount(), draw[frames / 2], draw[frames - 1],
                                frame[frames / 2], frame[frames - 1]));
                        return;
                    }
                    double l = len * (1 + 0.002 * (Math.floorMod(f, 7) + 1));
                    view.setVisibleRange(centre - l / 2, centre + l / 2);
                    view.paintNow();
                    if (f >= 0) {
                        draw[f] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                    lastPulse = t0;
                    f++;
                }
            }.start();
        });
        return done;
    }

    private static String label(double days) {
        if (days >= 3650) {
            return "10 years";
        }
        if (days >= 365) {
            return "1 year";
        }
        if (days >= 90) {
            return "3 months";
        }
        return (int) days + " days";
    }
}

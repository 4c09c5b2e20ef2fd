package app.dateline.cli;

import app.dateline.app.export.HeadlessFx;
import app.dateline.app.timeline.SyntheticEvents;
import app.dateline.app.timeline.TimelineBenchmark;
import app.dateline.engine.merge.MergedEvent;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-timeline}: times redrawing the timeline with N made-up events at zoom levels from the whole
 * range down to three days, headless (Monocle, software renderer).
 */
@Command(name = "bench-timeline", mixinStandardHelpOptions = true,
        description = {"Times redrawing the timeline with N synthetic events at several zoom levels (headless)."})
public final class BenchTimelineCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "10000", description = "How many events (default: ${DEFAULT-VALUE})")
    private int events;

    @Option(names = "--frames", defaultValue = "40", description = "Frames timed per zoom level (default: ${DEFAULT-VALUE})")
    private int frames;

    @Option(names = "--width", defaultValue = "1600", description = "Timeline width in pixels (default: ${DEFAULT-VALUE})")
    private double width;

    @Option(names = "--height", defaultValue = "500", description = "Timeline height in pixels (default: ${DEFAULT-VALUE})")
    private double height;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || frames < 1) {
            throw new CommandRefusedException(ExitCode.USAGE, "--events and --frames must be positive");
        }
        System.setProperty("javafx.animation.fullspeed", "true"); // pulses back to back, not 60 a second
        // a headless screen the size of the timeline: Monocle copies the whole screen every frame
        System.setProperty("headless.geometry", (int) Math.ceil(width) + "x" + (int) Math.ceil(height) + "-32");
        HeadlessFx.start();
        List<MergedEvent> made = SyntheticEvents.make(events, 42);
        List<TimelineBenchmark.Result> results = TimelineBenchmark.run(made, width, height, frames);
        System.out.printf(Locale.ROOT, "events=%d width=%.0f height=%.0f frames=%d (each frame re-packs the lanes)%n",
                events, width, height, frames);
        System.out.println("draw: CPU time of layout and drawing calls on the JavaFX thread; "
                + "frame: wall time pulse to pulse, rasterising included");
        System.out.printf(Locale.ROOT, "%-9s %6s %9s %14s %14s %16s %16s%n", "zoom", "drawn", "clustered",
                "draw_median_ms", "draw_worst_ms", "frame_median_ms", "frame_worst_ms");
        for (TimelineBenchmark.Result r : results) {
            System.out.printf(Locale.ROOT, "%-9s %6d %9d %14.2f %14.2f %16.2f %16.2f%n", r.zoom(), r.drawn(), r.clustered(),
                    r.drawMedian(), r.drawWorst(), r.frameMedian(), r.frameWorst());
        }
        return ExitCode.OK.code();
    }
}

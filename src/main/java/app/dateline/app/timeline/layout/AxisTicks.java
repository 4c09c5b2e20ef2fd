package app.dateline.app.timeline.layout;

import java.util.List;

/** The ticks of one view: fine ones with short labels, and coarse ones that give their context. */
public record AxisTicks(TickUnit minorUnit, List<Tick> minor, TickUnit majorUnit, List<Tick> major) {

    public AxisTicks {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }
}

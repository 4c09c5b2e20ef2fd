package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.LaneLayout;
import app.dateline.app.timeline.layout.LanePacker;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineModel;

/**
 * One lane layout kept between frames: it covers the view and half a view's width on each side, so panning reuses
 * it until the view leaves that window; a new zoom, size, lane count or set of events packs again.
 */
final class LayoutCache {

    private final LanePacker packer;
    private LaneLayout layout;
    private TimelineModel model;
    private double dpp;
    private double width;
    private double wall;
    private double from;
    private double to;

    LayoutCache(LanePacker packer) {
        this.packer = packer;
    }

    /** The layout of {@code model} at this view's zoom with {@code lanes} lanes. */
    LaneLayout layout(TimelineModel model, TimeScale scale, int lanes) {
        double dpp = scale.daysPerPixel();
        double width = scale.width();
        boolean inside = scale.start() >= from && scale.end() <= to;
        // while the end of the events is in view, labels that would run past the right edge go left of their marks
        double wall = !model.isEmpty() && scale.end() >= model.lastDay() ? scale.end() / dpp - 4 : Double.POSITIVE_INFINITY;
        if (layout == null || this.model != model || layout.laneCount() != lanes || this.width != width
                || Math.abs(this.dpp - dpp) > dpp * 1e-9 || !inside || wall != this.wall) {
            double len = scale.end() - scale.start();
            from = scale.start() - len / 2;
            to = scale.end() + len / 2;
            // spans wider than a third of the view are context at this zoom: they get what lanes are left
            // labels moved left of their marks stay right of the view's left edge as it is now (not while panning)
            layout = packer.pack(model, from, to, dpp, lanes, width / 3, wall, scale.worldLeft() + 4);
            this.wall = wall;
            this.model = model;
            this.dpp = dpp;
            this.width = width;
        }
        return layout;
    }
}

package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.LaneLayout;
import app.dateline.app.timeline.layout.LanePacker;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineModel;

/**
 * The rows a frame is drawn in: the style's lanes, or, where those fold events in view into a count ("+4") that
 * more, lower lanes would name (at least half of them), rows as tall as hold the lanes those events need, down to
 * {@code -dl-compact-lane-height}. A crowded week (fifteen of the top twenty told within eight days, each label a few
 * hundred pixels long) needs a lane for each of its events: the view then gives each row less height rather than
 * hide some of the story's most important events. Each height keeps its own layout, so panning or repainting a
 * crowded view packs nothing again.
 */
final class LaneRows {

    /** The rows of one frame and the layout packed in them. */
    record Choice(TimelineGeometry geometry, LaneLayout layout) {
    }

    private final LayoutCache roomy;
    private final LayoutCache compact;
    private final LayoutCache fitted;

    LaneRows(LanePacker packer) {
        roomy = new LayoutCache(packer);
        compact = new LayoutCache(packer);
        fitted = new LayoutCache(packer);
    }

    Choice choose(TimelineModel model, TimeScale scale, double width, double height, TimelineStyle style) {
        TimelineGeometry g = TimelineGeometry.of(width, height, style.laneHeight());
        LaneLayout lay = roomy.layout(model, scale, g.lanes());
        int folded = foldedInView(lay, scale);
        if (folded == 0 || style.compactLaneHeight() >= style.laneHeight()) {
            return new Choice(g, lay);
        }
        TimelineGeometry low = TimelineGeometry.of(width, height, style.compactLaneHeight());
        if (low.lanes() <= g.lanes()) {
            return new Choice(g, lay);
        }
        LaneLayout packed = compact.layout(model, scale, low.lanes());
        int lowFolded = foldedInView(packed, scale);
        if (lowFolded * 2 > folded) {
            return new Choice(g, lay); // a crowd lower rows barely thin (thousands of events): the calmer rows stay
        }
        // the tallest rows that still hold every lane the low rows used (lanes fill from the top, first fit)
        int used = packed.lanesUsed();
        for (double h = Math.floor(style.laneHeight()) - 1; h > style.compactLaneHeight(); h--) {
            TimelineGeometry tall = TimelineGeometry.of(width, height, h);
            if (tall.lanes() >= used) {
                LaneLayout fit = fitted.layout(model, scale, tall.lanes());
                return foldedInView(fit, scale) <= lowFolded ? new Choice(tall, fit) : new Choice(low, packed);
            }
        }
        return new Choice(low, packed);
    }

    /** How many events the layout folds into clusters that start in view. */
    static int foldedInView(LaneLayout lay, TimeScale scale) {
        double left = scale.worldLeft();
        int[] n = {0};
        lay.forEachVisibleCluster(left, left + scale.width(), 0, k -> n[0] += lay.clusters().get(k).size());
        return n[0];
    }
}

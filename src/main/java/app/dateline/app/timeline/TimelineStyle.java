package app.dateline.app.timeline;

import java.util.List;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/** The CSS-resolved look of a timeline at one moment: what the painter needs, read once per frame. */
record TimelineStyle(Font labelFont, Font axisFont, Font axisMajorFont, Paint textFill, Paint mutedTextFill,
                     Paint axisBackground, Paint gridColor, Paint majorGridColor, Paint bandColor, Paint selectionColor,
                     Paint clusterColor, double laneHeight, double compactLaneHeight, Paint background, List<Paint> series) {

    static TimelineStyle of(TimelineView v) {
        return new TimelineStyle(v.labelFont.get(), v.axisFont.get(), v.axisMajorFont.get(), v.textFill.get(),
                v.mutedTextFill.get(), v.axisBackground.get(), v.gridColor.get(), v.majorGridColor.get(), v.bandColor.get(),
                v.selectionColor.get(), v.clusterColor.get(), Math.max(14, v.laneHeight.get().doubleValue()),
                Math.max(14, v.compactLaneHeight.get().doubleValue()), background(v),
                v.seriesFills.stream().map(p -> p.get()).toList());
    }

    /** The colour of a series: its own while the palette tells it apart, then the last (the other sources' grey). */
    Paint series(int k) {
        return series.get(Math.min(Math.abs(k), series.size() - 1));
    }

    /** The control's own CSS background, for what must blend into it (the fading edges). */
    private static Paint background(TimelineView v) {
        var bg = v.getBackground();
        if (bg != null && !bg.getFills().isEmpty()) {
            return bg.getFills().get(bg.getFills().size() - 1).getFill();
        }
        return javafx.scene.paint.Color.WHITE;
    }
}

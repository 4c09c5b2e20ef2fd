package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.AxisPieces;
import app.dateline.app.timeline.layout.AxisTicks;
import app.dateline.app.timeline.layout.AxisWarp;
import app.dateline.app.timeline.layout.Cluster;
import app.dateline.app.timeline.layout.LabelLines;
import app.dateline.app.timeline.layout.LaneLayout;
import app.dateline.app.timeline.layout.LanePacker;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.app.timeline.layout.Tick;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineItem;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the timeline on a canvas: period bands, grid, axis, the laned events and the clusters.
 * It draws only what the layout says is in view, so a frame costs what is on screen.
 */
final class TimelinePainter {

    private static final double SPAN_MIN_WIDTH = 10;
    /** A label stuck to the left edge is left out when it has less room than this. */
    private static final double STUCK_LABEL_MIN = 48;
    private static final double SPAN_ALPHA = 0.34;
    private static final double PERIOD_ALPHA = 0.11;

    /** Everything one frame is drawn from. */
    record Frame(TimeScale scale, TimelineGeometry geometry, TimelineStyle style, LaneLayout layout, LanePacker packer,
                 AxisPieces axis, TimelineItem selected, int selectedLocal, TimelineItem hovered, Cluster hoveredCluster,
                 double renderScale, String emptyText, boolean empty, boolean focused, double axisLimit,
                 List<AxisBreaks.Break> breaks, AxisWarp warp) {
    }

    /** A break narrower than this (pixels) is not marked: its years are few on screen. */
    private static final double BREAK_MIN_WIDTH = 3;


    DrawnMarks paint(GraphicsContext gc, Frame f) {
        DrawnMarks drawn = new DrawnMarks();
        TimelineGeometry g = f.geometry();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, g.width() * f.renderScale(), g.height() * f.renderScale());
        gc.setTransform(f.renderScale(), 0, 0, f.renderScale(), 0, 0);
        gc.setTextBaseline(VPos.CENTER);
        if (f.empty()) { // no axis either: an axis of nothing would show some arbitrary year
            empty(gc, f);
            return drawn;
        }
        double axisEnd = Double.isNaN(f.axisLimit()) ? f.geometry().width()
                : Math.max(0, Math.min(f.geometry().width(), f.scale().x(f.axisLimit())));
        gc.save(); // beyond the axis limit (a picture's last day) there is room for labels, but no calendar
        gc.beginPath();
        gc.rect(0, 0, axisEnd, f.geometry().height());
        gc.clip();
        axisBackground(gc, f);
        for (AxisPieces.Piece piece : f.axis().pieces()) { // each unbroken piece is its own calendar
            double px0 = Math.max(0, f.scale().x(piece.from()));
            double px1 = Math.min(axisEnd, f.scale().x(piece.to()));
            if (px1 - px0 < 1) {
                continue;
            }
            gc.save();
            gc.beginPath();
            gc.rect(px0, 0, px1 - px0, g.height());
            gc.clip();
            if (!piece.lone()) {
                bands(gc, f, piece.ticks());
                grid(gc, f, piece.ticks());
            }
            axis(gc, f, piece, px0, px1);
            gc.restore();
        }
        List<double[]> named = breaks(gc, f);
        gc.restore();
        items(gc, f, drawn);
        clusters(gc, f, drawn);
        breakWords(gc, f, drawn, named);
        edges(gc, f);
        if (f.focused()) {
            gc.setStroke(f.style().selectionColor());
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, g.width() - 2, g.height() - 2);
        }
        return drawn;
    }

    /**
     * The empty years between the blocks of dates the events gather in (the pictures' broken axis): the axis
     * skips them, so a break is a narrow band with a break mark across the axis. Returns the breaks on screen
     * (from, to, middle pixel), for {@link #breakWords}.
     */
    private static List<double[]> breaks(GraphicsContext gc, Frame f) {
        TimelineGeometry g = f.geometry();
        List<double[]> named = new java.util.ArrayList<>();
        for (var b : f.breaks()) {
            double bx0 = f.scale().x(f.warp().unit(b.from()));
            double bx1 = f.scale().x(f.warp().unit(b.to()));
            double x0 = Math.max(0, bx0);
            double x1 = Math.min(g.width(), bx1);
            if (x1 - x0 < BREAK_MIN_WIDTH) {
                continue;
            }
            double top = g.laneTop(0);
            double bottom = g.height();
            gc.setFill(f.style().axisBackground()); // the calendar stops: no grid or bands through a break
            gc.fillRect(x0, 0, x1 - x0, bottom);
            gc.setFill(withAlpha(f.style().mutedTextFill(), 0.05));
            gc.fillRect(x0, top, x1 - x0, bottom - top);
            gc.setStroke(withAlpha(f.style().mutedTextFill(), 0.7));
            gc.setLineWidth(1.3);
            double mid = (bx0 + bx1) / 2;
            double[] at = bx1 - bx0 > 60 ? new double[] {bx0 + 6, bx1 - 6} : new double[] {mid};
            for (double x : at) { // the break mark: two slanted strokes across the axis
                if (x >= 0 && x <= g.width()) {
                    gc.strokeLine(x - 6, g.axisHeight() + 2, x - 1, 2);
                    gc.strokeLine(x + 1, g.axisHeight() + 2, x + 6, 2);
                }
            }
            named.add(new double[] {b.from(), b.to(), mid});
        }
        return named;
    }

    /**
     * The skipped years named in the bottom row, on a plain background, after its marks and counts are drawn:
     * only where the words cover none of them (a break between crowded years keeps its break mark and no words,
     * rather than words that marks run through or that hide a count).
     */
    private static void breakWords(GraphicsContext gc, Frame f, DrawnMarks drawn, List<double[]> named) {
        TimelineGeometry g = f.geometry();
        FontMeasure measure = FontMeasure.of(f.style().labelFont());
        double lastWords = Double.NEGATIVE_INFINITY;
        for (double[] b : named) {
            String words = breakWords(b[0], b[1]);
            double w = measure.width(words);
            double cx = Math.max(w / 2 + 4, Math.min(g.width() - w / 2 - 4, b[2]));
            double x0 = cx - w / 2 - 5;
            double x1 = cx + w / 2 + 5;
            if (x0 <= lastWords + 3 || covers(drawn, x0, x1)) {
                continue;
            }
            double y = g.clusterRowTop() + g.clusterRowHeight() / 2;
            gc.setFill(f.style().background());
            gc.fillRoundRect(x0, y - 9, x1 - x0, 18, 6, 6);
            gc.setFont(f.style().labelFont());
            gc.setFill(f.style().mutedTextFill());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(words, cx, y);
            gc.setTextAlign(TextAlignment.LEFT);
            lastWords = x1;
            drawn.breaks.add(words);
            drawn.breakWords.add(new DrawnMarks.Words(words, x0, y - 9, x1, y + 9));
        }
    }

    /** Whether x0..x1 of the bottom row holds a mark or a count drawn there. */
    private static boolean covers(DrawnMarks drawn, double x0, double x1) {
        for (DrawnMarks.ClusterMark c : drawn.clusters) {
            if (c.x0() < x1 && x0 < c.x1()) {
                return true;
            }
        }
        for (DrawnMarks.Badge b : drawn.badges) {
            if (b.x0() < x1 && x0 < b.x1()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "no events from 2002 to Aug 2020": what a break leaves out ({@code from} to the day before {@code to}), named
     * so that no event lies in it: a whole year by its number, else by its months (the seed corpus's break ends in
     * August 2020, a month before its talks: "2002–2020" said 2020 had no events).
     */
    static String breakWords(double from, double to) {
        java.time.LocalDate day0 = java.time.LocalDate.ofEpochDay((long) Math.ceil(from));
        java.time.LocalDate day1 = java.time.LocalDate.ofEpochDay((long) Math.floor(to) - 1);
        // the whole months inside the break: a month it covers only in part may hold an event
        java.time.LocalDate first = day0.getDayOfMonth() == 1 ? day0 : day0.plusMonths(1).withDayOfMonth(1);
        java.time.LocalDate last = day1.plusDays(1).getDayOfMonth() == 1 ? day1 : day1.withDayOfMonth(1).minusDays(1);
        if (first.isAfter(last)) {
            return "no events for " + (day1.toEpochDay() - day0.toEpochDay() + 1) + " days";
        }
        String a = first.getDayOfYear() == 1 ? Integer.toString(first.getYear()) : month(first);
        String b = last.plusDays(1).getDayOfYear() == 1 ? Integer.toString(last.getYear()) : month(last);
        return a.equals(b) ? "no events in " + a : "no events from " + a + " to " + b;
    }

    /** "Aug 2020". */
    private static String month(java.time.LocalDate d) {
        return d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + d.getYear();
    }

    /** Labels running off either edge fade out rather than being cut. */
    private static void edges(GraphicsContext gc, Frame f) {
        TimelineGeometry g = f.geometry();
        Color bg = f.style().background() instanceof Color c ? c : Color.WHITE;
        Color clear = Color.color(bg.getRed(), bg.getGreen(), bg.getBlue(), 0);
        double w = 18;
        double top = g.axisHeight() + 1;
        gc.setFill(new LinearGradient(0, 0, w, 0, false, CycleMethod.NO_CYCLE, new Stop(0, bg), new Stop(1, clear)));
        gc.fillRect(0, top, w, g.clusterRowTop() - top);
        gc.setFill(new LinearGradient(g.width() - w, 0, g.width(), 0, false, CycleMethod.NO_CYCLE, new Stop(0, clear), new Stop(1, bg)));
        gc.fillRect(g.width() - w, top, w, g.clusterRowTop() - top);
    }

    private void bands(GraphicsContext gc, Frame f, AxisTicks ticks) {
        TimelineGeometry g = f.geometry();
        List<Tick> bands = ticks.major().isEmpty() ? ticks.minor() : ticks.major();
        double unit = (ticks.major().isEmpty() ? ticks.minorUnit() : ticks.majorUnit()).approxDays();
        gc.setFill(f.style().bandColor());
        for (Tick t : bands) {
            if (Math.floorMod(Math.round(t.day() / unit), 2) == 1) {
                double x0 = Math.max(0, f.scale().x(t.day()));
                double x1 = Math.min(g.width(), f.scale().x(t.end()));
                gc.fillRect(x0, g.axisHeight(), x1 - x0, g.height() - g.axisHeight());
            }
        }
    }

    private void grid(GraphicsContext gc, Frame f, AxisTicks ticks) {
        TimelineGeometry g = f.geometry();
        gc.setLineWidth(1);
        gc.setStroke(f.style().gridColor());
        for (Tick t : ticks.minor()) {
            double x = crisp(f.scale().x(t.day()));
            gc.strokeLine(x, g.axisHeight(), x, g.height());
        }
        gc.setStroke(f.style().majorGridColor());
        for (Tick t : ticks.major()) {
            double x = crisp(f.scale().x(t.day()));
            gc.strokeLine(x, 0, x, g.height());
        }
    }

    private void axisBackground(GraphicsContext gc, Frame f) {
        TimelineGeometry g = f.geometry();
        gc.setFill(f.style().axisBackground());
        gc.fillRect(0, 0, g.width(), g.axisHeight());
        gc.setStroke(f.style().majorGridColor());
        gc.setLineWidth(1);
        gc.strokeLine(0, crisp(g.axisHeight()), g.width(), crisp(g.axisHeight()));
    }

    /**
     * The labels of one piece of the axis ({@code left..right} on screen): the context row's labels stick to the
     * piece's left edge, so the month or year there is always named; a lone far date's place with no label of
     * its own is named by its years. Next to a break no label is cut by it.
     */
    private void axis(GraphicsContext gc, Frame f, AxisPieces.Piece piece, double left, double right) {
        TimelineGeometry g = f.geometry();
        TimelineStyle s = f.style();
        AxisTicks ticks = piece.ticks();
        boolean breakLeft = !Double.isInfinite(piece.from());
        boolean breakRight = !Double.isInfinite(piece.to());
        gc.setFont(s.axisMajorFont());
        gc.setFill(s.textFill());
        gc.setTextAlign(TextAlignment.LEFT);
        FontMeasure majorMeasure = FontMeasure.of(s.axisMajorFont());
        if (piece.lone()) { // a far date's small place: named by its years, no calendar of its own
            String years = AxisPieces.years(piece.dayFrom(), piece.dayTo());
            if (majorMeasure.width(years) + 10 > right - left) { // "1000" where "1000–1099" does not fit
                years = years.replaceAll("\\u2013.*", "");
            }
            if (majorMeasure.width(years) + 10 <= right - left) {
                gc.fillText(years, left + 5, g.majorRow() / 2 + 1);
            }
            return;
        }
        double lastMajor = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks.major()) {
            double x0 = f.scale().x(t.day());
            double x1 = Math.min(f.scale().x(t.end()), breakRight ? right : Double.POSITIVE_INFINITY);
            if (breakLeft && x1 <= left + 1) {
                continue; // it ends where this piece begins ("2000s" before a piece from 2010): not this piece's
            }
            String label = piece.header(t, f.warp()); // "1947–1999" where the piece has only those of the 1900s
            if (!label.equals(t.label()) && majorMeasure.width(label) + 10 > x1 - Math.max(x0, left)) {
                continue; // its years do not fit, and the tick's own name ("2000s" over 2010-2020) would be wrong
            }
            double w = majorMeasure.width(label);
            double x = Math.min(Math.max(x0 + 5, left + 5), x1 - w - 5);
            if (x >= left && x + w <= right && x >= x0 && x > lastMajor) { // a label that would be cut is left out
                gc.fillText(label, x, g.majorRow() / 2 + 1);
                lastMajor = x + w + 4;
            }
        }
        gc.setFont(s.axisFont());
        gc.setFill(s.mutedTextFill());
        FontMeasure minorMeasure = FontMeasure.of(s.axisFont());
        boolean centred = ticks.minorUnit().labelsInterval();
        double rowY = g.majorRow() + g.minorRow() / 2;
        gc.setStroke(s.majorGridColor());
        for (Tick t : ticks.minor()) {
            double x0 = f.scale().x(t.day());
            double x1 = f.scale().x(t.end());
            gc.strokeLine(crisp(x0), g.axisHeight() - 4, crisp(x0), g.axisHeight());
            double w = minorMeasure.width(t.label());
            double x = centred ? (x0 + x1 - w) / 2 : x0 + 4;
            if (breakLeft && x < left + 2 || breakRight && x + w > right - 2) {
                continue; // a label is never cut by a break
            }
            if (x + w > 0 && x < g.width()) {
                gc.fillText(t.label(), x, rowY);
            }
        }
    }

    /** The items of this frame that found a lane but no room for a word of their label at an edge. */
    private final java.util.List<Integer> edgeFolded = new java.util.ArrayList<>();

    private void items(GraphicsContext gc, Frame f, DrawnMarks drawn) {
        edgeFolded.clear();
        laneRight = new double[Math.max(1, f.layout().laneCount())];
        java.util.Arrays.fill(laneRight, Double.NEGATIVE_INFINITY);
        TimeScale scale = f.scale();
        double worldLeft = scale.worldLeft();
        LaneLayout layout = f.layout();
        gc.setFont(f.style().labelFont());
        gc.setTextAlign(TextAlignment.LEFT);
        layout.forEachVisible(worldLeft, worldLeft + scale.width(), i -> item(gc, f, i, drawn));
    }

    /**
     * How far left a label moved off the right edge may reach: past the previous item in its lane, and past the
     * previous label as it was drawn in this frame (which may run up to this item, past the width it was packed
     * with); when the previous item was not drawn, past the whole of its label.
     */
    private double leftLimit(Frame f, int i, FontMeasure measure) {
        TimeScale scale = f.scale();
        double gap = f.packer().metrics().itemGap();
        // the previous item's room ends with the gap after it already (LanePacker#endOf)
        double limit = Math.max(4, f.layout().previousEndInLane(i) - scale.worldLeft());
        double drawnRight = laneRight[f.layout().laneOf(i)];
        if (drawnRight > Double.NEGATIVE_INFINITY) {
            return Math.max(limit, drawnRight + gap);
        }
        int previous = f.layout().previousInLane(i);
        if (previous >= 0) {
            TimelineItem p = f.layout().items().get(previous);
            double labelStart = scale.x(p.anchor()) + f.packer().metrics().pointRadius() + f.packer().metrics().labelGap();
            limit = Math.max(limit, labelStart + measure.width(p.text()) + gap);
        }
        return limit;
    }

    /** The right end of what was drawn last in each lane in this frame (labels included). */
    private double[] laneRight = new double[0];

    private void item(GraphicsContext gc, Frame f, int i, DrawnMarks drawn) {
        TimelineItem it = f.layout().items().get(i);
        TimelineGeometry g = f.geometry();
        TimeScale scale = f.scale();
        double top = g.laneTop(f.layout().laneOf(i));
        double h = g.laneHeight();
        double cy = top + h / 2;
        Color colour = colour(f, it.series());
        boolean selected = it == f.selected();
        boolean hovered = it == f.hovered();
        double r = f.packer().metrics().pointRadius();
        FontMeasure measure = FontMeasure.of(f.style().labelFont());
        double gap = f.packer().metrics().itemGap();
        // the room a label has: up to the next item in its lane, or the view's right edge
        double limit = Math.min(g.width() - 4, f.layout().nextStartInLane(i) - scale.worldLeft() - gap);
        if (f.layout().twoLines(i) && twoLines(gc, f, i, it, limit, measure, drawn)) {
            return;
        }
        if (it.point()) {
            double x = scale.x(it.anchor());
            if (x < -r && breakBetween(f, it.anchor(), scale.start())) {
                return; // its mark is beyond a break off the left edge: its label at the edge would tell the wrong years
            }
            boolean packedLeft = f.layout().leftOfMark(i); // its room is on the left of its mark (lane or right edge)
            if (packedLeft && x < -r) {
                return; // its label ends at its mark, off the left edge: nothing of it is in view
            }
            double labelX = Math.max(4, x + r + f.packer().metrics().labelGap()); // never cut at the left edge
            Label label = label(it, measure, limit - labelX);
            if (x < -r && labelX + label.width() > limit) {
                // its mark is off the left edge and its label, kept at the edge, would run into the next item in its
                // lane (the packer placed it where its mark is): cut at a word to the room, or none
                if (limit - labelX >= STUCK_LABEL_MIN) {
                    label = wholeIn(it, measure, limit - labelX);
                } else {
                    label = new Label("", 0);
                    labelX = x + r + f.packer().metrics().labelGap(); // nothing kept at the edge
                }
            }
            double leftLimit = leftLimit(f, i, measure);
            double leftRoom = x - r - f.packer().metrics().labelGap() - leftLimit;
            boolean atEdge = limit >= g.width() - 4 && labelX + label.width() > limit; // the edge would cut it
            boolean flip = packedLeft || (label.width() < measure.width(it.text()) || atEdge)
                    && labelX + it.labelWidth() > g.width() - 4 && leftRoom > label.width();
            if (flip) { // near the right edge the label goes to the left of its mark, where there is more room
                label = label(it, measure, leftRoom);
                if (label.width() > leftRoom) { // packed wider than the room left of it: cut at a word
                    label = wholeIn(it, measure, leftRoom);
                }
                labelX = x - r - f.packer().metrics().labelGap() - label.width();
            } else if (atEdge) { // no room on the left either: cut at a word rather than by the edge
                label = wholeIn(it, measure, limit - labelX);
            }
            if (!flip && labelX + label.width() > limit + 0.5) {
                // it would run over the next item in its lane (the packer gave it its room on the left, at the wall,
                // where the previous label now reaches): the side that holds more of it, cut at a word
                Label right = wholeIn(it, measure, limit - labelX);
                Label left = leftRoom >= STUCK_LABEL_MIN ? wholeIn(it, measure, leftRoom) : new Label("", 0);
                if (left.text().length() > right.text().length()) {
                    flip = true;
                    label = left;
                    labelX = x - r - f.packer().metrics().labelGap() - label.width();
                } else {
                    label = right;
                }
            }
            boolean named = false;
            if (label.text().isEmpty() && (selected || hovered) && x >= -r && x <= g.width() + r) {
                // no room for it whole, but the reader picked it: named whole, over its neighbours (issue 9)
                double w = measure.width(it.label());
                double gapX = f.packer().metrics().labelGap();
                flip = x + r + gapX + w > g.width() - 4 && x - r - gapX - w >= 4;
                labelX = flip ? x - r - gapX - w : Math.max(4, x + r + gapX);
                label = new Label(it.label(), w);
                named = true;
            }
            if (label.text().isEmpty() && x >= -r && x <= g.width() + r) {
                edgeFolded.add(i); // no room for its label whole: counted in the bottom row instead
                return;
            }
            double x0 = flip ? labelX - 4 : x - r - 4;
            double x1 = flip ? x + r + 4 : labelX + label.width() + 4;
            if (named) {
                gc.setFill(f.style().background());
                gc.fillRoundRect(x0, top + 1, x1 - x0, h - 2, 8, 8);
            }
            highlight(gc, f, selected, hovered, x0, top + 1, x1 - x0, h - 2);
            gc.setFill(colour);
            gc.fillOval(x - r, cy - r, 2 * r, 2 * r);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5);
            gc.strokeOval(x - r, cy - r, 2 * r, 2 * r);
            gc.setFill(f.style().textFill());
            gc.fillText(label.text(), labelX, cy);
            drawn.marks.add(new DrawnMarks.Mark(i, it, x, cy, x0, top, x1, top + h, label.text()));
            laneRight[f.layout().laneOf(i)] = Math.max(x1, labelX + label.width());
            return;
        }
        double x0 = scale.x(it.start());
        double x1 = scale.x(it.end());
        if (x1 - x0 < SPAN_MIN_WIDTH) { // a short span at a coarse zoom stays a soft bar, never a dot
            double mid = (x0 + x1) / 2;
            x0 = mid - SPAN_MIN_WIDTH / 2;
            x1 = mid + SPAN_MIN_WIDTH / 2;
        }
        double barTop = top + 3;
        double barH = h - 6;
        // the label sticks to the left edge while any of the span (or of its faint whole period) is in view
        double reach = it.isPart() ? Math.max(x1, scale.x(it.periodEnd())) : x1;
        double inset = x0 + f.packer().metrics().spanLabelInset();
        double labelX = Math.max(inset, 6);
        Label label = label(it, measure, limit - labelX);
        labelX = Math.min(labelX, Math.max(inset, reach - label.width() - 6));
        if (labelX < 4) { // the span ends near the left edge: its label is never cut there mid-word
            double room = Math.min(limit, reach - 6) - 6;
            String text = room >= STUCK_LABEL_MIN ? whole(it, measure, room) : "";
            if (text.isEmpty() && limit - 6 > room && limit - 6 >= STUCK_LABEL_MIN) {
                // too little of its bar in view for a word: the label runs on past the bar, up to the next in its lane
                text = whole(it, measure, limit - 6);
            }
            labelX = 6;
            label = new Label(text, measure.width(text));
        } else if (labelX > inset && labelX + label.width() > limit) {
            // a label stuck to the left edge never runs over the next item in its lane: cut to the room, or none
            label = limit - labelX >= STUCK_LABEL_MIN ? new Label(whole(it, measure, limit - labelX), 0) : new Label("", 0);
            label = new Label(label.text(), measure.width(label.text()));
        }
        double fullWidth = measure.width(it.text());
        if (limit >= g.width() - 4 && labelX + fullWidth > limit && !label.text().isEmpty()) {
            // cut by the right edge: the label moves left into the room before it (not over the previous item)
            double leftLimit = leftLimit(f, i, measure);
            double moved = Math.max(leftLimit, limit - fullWidth);
            if (moved < labelX) {
                labelX = moved;
                label = label(it, measure, limit - labelX);
            }
            if (labelX + label.width() > limit) { // still too long: cut at a word rather than by the edge
                label = wholeIn(it, measure, limit - labelX);
            }
        }
        if (label.text().isEmpty() && (selected || hovered) && x1 > 0 && x0 < g.width()) {
            // no room for it whole, but the reader picked it: named whole, in view (issue 9)
            double w = measure.width(it.label());
            labelX = Math.max(6, Math.min(Math.max(labelX, 6), g.width() - w - 4));
            label = new Label(it.label(), w);
        }
        if (label.text().isEmpty() && x1 > 0 && x0 < g.width()) {
            edgeFolded.add(i); // a bar at an edge with no room for a word of its label: counted in the bottom row
            return;
        }
        if (label.text().isEmpty() && (x1 <= 0 || x0 >= g.width())) {
            return; // neither its bar nor a word of its label is in view: nothing to draw
        }
        double hx0 = Math.min(x0, labelX - 4);
        double hx1 = Math.max(x1, labelX + label.width() + 4);
        highlight(gc, f, selected, hovered, hx0, top + 1, hx1 - hx0, h - 2);
        if (it.isPart()) { // "late 2021": the whole year faintly, the part it means clearly
            softBar(gc, scale.x(it.periodStart()), scale.x(it.periodEnd()), barTop, barH, colour, PERIOD_ALPHA, g.width());
        }
        softBar(gc, x0, x1, barTop, barH, colour, SPAN_ALPHA, g.width());
        softBar(gc, x0, x1, barTop + barH - 3, 3, colour, 0.95, g.width());
        gc.setFill(f.style().textFill());
        gc.fillText(label.text(), labelX, cy - 1);
        double markX = Math.max(0, Math.min(g.width(), labelX + Math.min(10, label.width() / 2)));
        drawn.marks.add(new DrawnMarks.Mark(i, it, markX, cy, Math.max(0, hx0), top, Math.min(g.width(), hx1), top + h,
                label.text()));
        laneRight[f.layout().laneOf(i)] = Math.max(x1, label.text().isEmpty() ? x1 : labelX + label.width());
    }

    /**
     * Draws an item whose label does not fit on one line in the room there is, on two lines: the packer left the
     * lane under it free for them. The mark and the lines are centred on the line between the two lanes. Returns
     * false (drawing nothing) when one line holds the whole label after all, or when the item's start is off the
     * left edge or the two lines would meet the right edge or the next item: then one line is drawn as usual.
     */
    private boolean twoLines(GraphicsContext gc, Frame f, int i, TimelineItem it, double limit, FontMeasure measure,
                             DrawnMarks drawn) {
        TimelineGeometry g = f.geometry();
        TimeScale scale = f.scale();
        LabelLines lines = it.lines();
        double r = f.packer().metrics().pointRadius();
        double x0;
        double x1;
        double labelX;
        boolean left = it.point() && f.layout().leftOfMark(i); // at the wall: the lines end at the mark
        if (it.point()) {
            x0 = scale.x(it.anchor());
            x1 = x0;
            labelX = left ? x0 - r - f.packer().metrics().labelGap() - lines.width()
                    : x0 + r + f.packer().metrics().labelGap();
        } else {
            x0 = scale.x(it.start());
            x1 = scale.x(it.end());
            if (x1 - x0 < SPAN_MIN_WIDTH) {
                double mid = (x0 + x1) / 2;
                x0 = mid - SPAN_MIN_WIDTH / 2;
                x1 = mid + SPAN_MIN_WIDTH / 2;
            }
            labelX = x0 + f.packer().metrics().spanLabelInset();
        }
        if (left ? labelX < 4 || x0 > g.width() - 4
                : labelX < 4 || labelX + lines.width() > limit || labelX + measure.width(it.text()) <= limit) {
            return false;
        }
        int lane = f.layout().laneOf(i);
        double h = g.laneHeight();
        double top = g.laneTop(lane);
        double mid = top + h; // the line between its lane and the one under it
        double half = Math.max(6, Math.min(h / 2 - 3, f.style().labelFont().getSize() * 0.6));
        Color colour = colour(f, it.series());
        double hx0 = it.point() && !left ? x0 - r - 4 : Math.min(x0, labelX - 4);
        double hx1 = left ? x0 + r + 4 : Math.max(x1, labelX + lines.width() + 4);
        highlight(gc, f, it == f.selected(), it == f.hovered(), hx0, top + 1, hx1 - hx0, 2 * h - 2);
        double markX;
        if (it.point()) {
            gc.setFill(colour);
            gc.fillOval(x0 - r, mid - r, 2 * r, 2 * r);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5);
            gc.strokeOval(x0 - r, mid - r, 2 * r, 2 * r);
            markX = x0;
        } else {
            double barTop = top + 3;
            double barH = 2 * h - 6;
            if (it.isPart()) {
                softBar(gc, scale.x(it.periodStart()), scale.x(it.periodEnd()), barTop, barH, colour, PERIOD_ALPHA,
                        g.width());
            }
            softBar(gc, x0, x1, barTop, barH, colour, SPAN_ALPHA, g.width());
            softBar(gc, x0, x1, barTop + barH - 3, 3, colour, 0.95, g.width());
            markX = Math.max(0, Math.min(g.width(), labelX + 10));
        }
        gc.setFill(f.style().textFill());
        gc.fillText(lines.first(), labelX, mid - half);
        gc.fillText(lines.second(), labelX, mid + half);
        drawn.marks.add(new DrawnMarks.Mark(i, it, markX, mid, Math.max(0, hx0), top, Math.min(g.width(), hx1),
                top + 2 * h, lines.text()));
        laneRight[lane] = Math.max(x1, labelX + lines.width());
        return true;
    }

    /** Whether a break lies between the units {@code from} and {@code to}. */
    private static boolean breakBetween(Frame f, double from, double to) {
        for (AxisBreaks.Break b : f.breaks()) {
            if (f.warp().unit(b.from()) >= from && f.warp().unit(b.to()) <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label in {@code room}, even narrower than it was packed: whole, or none when it does not fit (issue 9: a
     * label is never cut mid-phrase; the event is then counted in the bottom row, and named whole on hover).
     */
    private static Label wholeIn(TimelineItem it, FontMeasure measure, double room) {
        String whole = whole(it, measure, room);
        return new Label(whole, measure.width(whole));
    }

    /** The whole label when it fits in {@code room}, else "" (nothing of it). */
    private static String whole(TimelineItem it, FontMeasure measure, double room) {
        String full = it.label();
        return measure.width(full) <= room + 0.5 ? full : ""; // half a pixel: the room as packed, give or take rounding
    }

    /** A label as drawn, and its width. */
    private record Label(String text, double width) {
    }

    /**
     * The label an item gets in {@code room} pixels: whole when it fits, else as it was packed (whole but for a
     * label longer than any room; the callers leave it out where it would run over its neighbour or the edge).
     */
    private static Label label(TimelineItem it, FontMeasure measure, double room) {
        String full = it.text();
        double w = measure.width(full);
        if (w <= room) {
            return new Label(full, w);
        }
        return new Label(it.label(), it.labelWidth());
    }

    private static void highlight(GraphicsContext gc, Frame f, boolean selected, boolean hovered, double x, double y,
                                  double w, double h) {
        if (selected) {
            gc.setFill(withAlpha(f.style().selectionColor(), 0.14));
            gc.fillRoundRect(x, y, w, h, 8, 8);
            gc.setStroke(f.style().selectionColor());
            gc.setLineWidth(2);
            gc.strokeRoundRect(x, y, w, h, 8, 8);
        } else if (hovered) {
            gc.setFill(withAlpha(f.style().textFill(), 0.07));
            gc.fillRoundRect(x, y, w, h, 8, 8);
        }
    }

    /** A bar whose ends fade out, so "2022" reads as some time in 2022, not as its first day. */
    private static void softBar(GraphicsContext gc, double x0, double x1, double y, double h, Color c, double alpha,
                                double viewWidth) {
        double w = x1 - x0;
        double fade = Math.max(2, Math.min(48, w * 0.22));
        double f = Math.min(0.5, fade / w);
        Color solid = Color.color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
        Color clear = Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0);
        gc.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, clear), new Stop(f, solid), new Stop(1 - f, solid), new Stop(1, clear)));
        double cx0 = Math.max(x0, -10);
        double cx1 = Math.min(x1, viewWidth + 10);
        if (cx1 > cx0) {
            gc.fillRect(cx0, y, cx1 - cx0, h);
        }
    }

    /**
     * The events with no lane at this zoom: a small mark each in the bottom row, in its source's colour, under a
     * faint line as far as they reach, and counted: a "+N" badge after each run of them ({@link #badges}), so
     * that every mark on the timeline has a label or is counted. Hovering names how many and when; a click
     * zooms in on them (or lists them, when zooming cannot part them).
     */
    private void clusters(GraphicsContext gc, Frame f, DrawnMarks drawn) {
        TimeScale scale = f.scale();
        TimelineGeometry g = f.geometry();
        double worldLeft = scale.worldLeft();
        double markH = Math.min(12, g.clusterRowHeight() - 6);
        double y = g.clusterRowTop() + (g.clusterRowHeight() - markH) / 2;
        Color base = f.style().clusterColor() instanceof Color c ? c : Color.GRAY;
        f.layout().forEachVisibleCluster(worldLeft, worldLeft + scale.width(), 8, k -> {
            Cluster c = f.layout().clusters().get(k);
            double x0 = c.worldX() - worldLeft;
            double x1 = Math.max(c.worldXEnd() - worldLeft, x0 + 6);
            boolean hovered = c == f.hoveredCluster();
            boolean holdsSelection = f.selectedLocal() >= 0 && f.layout().clusterOf(f.selectedLocal()) == k;
            double lx0 = Math.max(x0, -2);
            double lx1 = Math.min(x1, g.width() + 2);
            if (hovered || holdsSelection) {
                gc.setFill(withAlpha(holdsSelection ? f.style().selectionColor() : base, 0.16));
                gc.fillRoundRect(lx0 - 4, y - 3, lx1 - lx0 + 8, markH + 6, 6, 6);
            }
            gc.setStroke(withAlpha(base, 0.35));
            gc.setLineWidth(1);
            gc.strokeLine(lx0, y + markH / 2, lx1, y + markH / 2);
            int lastPixel = Integer.MIN_VALUE;
            for (int m = 0; m < c.size(); m++) { // at most one mark a pixel: a crowd costs its width, not its size
                TimelineItem it = f.layout().items().get(c.member(m));
                double x = scale.x(it.anchor());
                if (x < -2 || x > g.width() + 2 || (int) x == lastPixel) {
                    continue;
                }
                lastPixel = (int) x;
                gc.setFill(withAlpha(colour(f, it.series()), 0.85));
                gc.fillRect(x - 1, y, 2.5, markH);
            }
            double bx = Math.max(lx0, 0);
            double bw = Math.max(8, Math.min(lx1, g.width()) - bx);
            drawn.clusters.add(new DrawnMarks.ClusterMark(k, c, bx, y - 3, bx + bw, y + markH + 3));
        });
        for (int i : edgeFolded) { // a mark each in the bottom row, counted with the folded ones near it
            TimelineItem it = f.layout().items().get(i);
            double x = Math.max(2, Math.min(g.width() - 2, it.point() ? scale.x(it.anchor())
                    : (Math.max(0, scale.x(it.start())) + Math.min(g.width(), scale.x(it.end()))) / 2));
            gc.setFill(withAlpha(colour(f, it.series()), 0.85));
            gc.fillRect(x - 1, y, 2.5, markH);
            Cluster one = new Cluster(x + worldLeft, x + worldLeft, it.periodStart(), it.periodEnd(), new int[] {i}, 0, 1);
            drawn.clusters.add(new DrawnMarks.ClusterMark(-1, one, Math.max(0, x - 4), y - 3, Math.min(g.width(), x + 4),
                    y + markH + 3));
        }
        drawn.clusters.sort(java.util.Comparator.comparingDouble(DrawnMarks.ClusterMark::x0));
        badges(gc, f, drawn, y, markH);
    }

    /** Room between a run of folded marks and its count, and between the count and the next run. */
    private static final double BADGE_GAP = 4;
    private static final double BADGE_PAD = 3;
    /** The widest run of folded marks one badge counts (pixels): a crowded row gets a count every so often. */
    private static final double BADGE_RUN = 180;

    /**
     * A "+N" badge for every run of clusters drawn in the bottom row: clusters closer than a badge's width are
     * one run, counted once after its last mark (before its first, or over its end, at the right edge), on a
     * plain background so that it reads over the marks and the breaks' words. The badge answers hover and click
     * as the run's clusters together.
     */
    private static void badges(GraphicsContext gc, Frame f, DrawnMarks drawn, double y, double markH) {
        List<DrawnMarks.ClusterMark> shown = drawn.clusters;
        if (shown.isEmpty()) {
            return;
        }
        TimelineGeometry g = f.geometry();
        Font font = f.style().axisFont();
        FontMeasure measure = FontMeasure.of(font);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        List<Placed> placed = new java.util.ArrayList<>();
        int i = 0;
        while (i < shown.size()) {
            int j = i;
            int count = shown.get(i).cluster().size();
            double left = shown.get(i).x0();
            double right = shown.get(i).x1();
            while (j + 1 < shown.size()) {
                DrawnMarks.ClusterMark next = shown.get(j + 1);
                double w = measure.width(Cluster.countLabel(count + next.cluster().size())) + 2 * BADGE_PAD;
                if (next.x0() > right + BADGE_GAP + w + BADGE_GAP || next.x1() - left > BADGE_RUN) {
                    break; // room for this run's badge before the next run, or a run wide enough for one count
                }
                j++;
                count += next.cluster().size();
                right = Math.max(right, next.x1());
            }
            // a period's mark can run to the right edge (a year in a view of weeks): its count stays near its start,
            // or it would take the edge and push every later badge onto it
            right = left;
            for (int k = i; k <= j; k++) {
                right = Math.max(right, Math.min(shown.get(k).x1(), left + BADGE_RUN));
            }
            Placed run = new Placed(i, j, count, left, right);
            run.place(placed.isEmpty() ? null : placed.get(placed.size() - 1), measure, g.width());
            // at the right edge a count with no room of its own joins the one before it
            while (placed.size() > 0 && run.x < placed.get(placed.size() - 1).end() + BADGE_GAP) {
                Placed before = placed.remove(placed.size() - 1);
                run = new Placed(before.from, run.to, before.count + run.count, before.left, Math.max(before.right, run.right));
                run.place(placed.isEmpty() ? null : placed.get(placed.size() - 1), measure, g.width());
            }
            placed.add(run);
            i = j + 1;
        }
        for (Placed p : placed) {
            List<Cluster> run = new java.util.ArrayList<>();
            for (int k = p.from; k <= p.to; k++) {
                run.add(shown.get(k).cluster());
            }
            Cluster counted = Cluster.joined(run);
            boolean hovered = f.hoveredCluster() != null && run.contains(f.hoveredCluster());
            gc.setFill(f.style().background());
            gc.fillRoundRect(p.x, y - 1, p.w, markH + 2, 6, 6);
            gc.setStroke(withAlpha(f.style().clusterColor(), hovered ? 0.9 : 0.5));
            gc.setLineWidth(1);
            gc.strokeRoundRect(crisp(p.x), crisp(y - 1), Math.round(p.w), Math.round(markH + 2), 6, 6);
            gc.setFill(f.style().mutedTextFill());
            gc.fillText(p.text, p.x + BADGE_PAD, y + markH / 2);
            drawn.badges.add(new DrawnMarks.Badge(p.text, counted, p.x, y - 3, p.x + p.w, y + markH + 3));
        }
    }

    /** A run of clusters of the bottom row (indexes from..to), its count and where its badge goes. */
    private static final class Placed {
        final int from;
        final int to;
        final int count;
        final double left;
        final double right;
        String text;
        double w;
        double x;

        Placed(int from, int to, int count, double left, double right) {
            this.from = from;
            this.to = to;
            this.count = count;
            this.left = left;
            this.right = right;
        }

        /** After the run and after the badge before it; at the right edge before the run, else against the edge. */
        void place(Placed before, FontMeasure measure, double width) {
            text = Cluster.countLabel(count);
            w = measure.width(text) + 2 * BADGE_PAD;
            double previous = before == null ? Double.NEGATIVE_INFINITY : before.end();
            x = Math.max(right, previous) + BADGE_GAP;
            if (x + w > width - 2) {
                x = left - BADGE_GAP - w >= Math.max(2, previous + BADGE_GAP) ? left - BADGE_GAP - w : width - 2 - w;
            }
        }

        double end() {
            return x + w;
        }
    }

    private static void empty(GraphicsContext gc, Frame f) {
        TimelineGeometry g = f.geometry();
        gc.setFill(f.style().mutedTextFill());
        gc.setFont(f.style().labelFont());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(f.emptyText(), g.width() / 2, g.height() / 2);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** A series' colour as the theme sets it (looked-up colours -dl-series-N). */
    static Color colour(Frame f, int series) {
        return f.style().series(series) instanceof Color c ? c : Color.web(SeriesPalette.hex(series));
    }

    private static Color withAlpha(Paint p, double alpha) {
        Color c = p instanceof Color col ? col : Color.GRAY;
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Lines on half pixels are one pixel wide instead of two half-lit ones. */
    private static double crisp(double x) {
        return Math.floor(x) + 0.5;
    }
}

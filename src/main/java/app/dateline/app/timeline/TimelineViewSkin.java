package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.AxisPieces;
import app.dateline.app.timeline.layout.AxisWarp;
import app.dateline.app.timeline.layout.Cluster;
import app.dateline.app.timeline.layout.LaneLayout;
import app.dateline.app.timeline.layout.LanePacker;
import app.dateline.app.timeline.layout.TickGenerator;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.app.timeline.layout.TimelineModel;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.DateInWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * Draws a {@link TimelineView} on a canvas and makes it answer the mouse and keyboard: wheel zoom around the
 * pointer, drag to pan, click to select, hover for a tooltip, clusters that open on click. Drawing waits for
 * the next pulse so that a burst of changes costs one frame; the lane layout is kept while only panning.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> implements TimelineView.SkinHooks {

    /** How much one notch of a mouse wheel zooms. */
    private static final double WHEEL_NOTCH_ZOOM = 1.15;
    private static final int MAX_MENU_ITEMS = 30;
    private static final int TOOLTIP_SOURCES = 8;

    private final Canvas canvas = new Canvas(1, 1);
    private final TimelinePainter painter = new TimelinePainter();
    /** The hovered item's tooltip, made on the first hover (a popup window: not worth making at start-up). */
    private Tooltip tooltip;
    private ContextMenu clusterMenu;

    private LanePacker packer;
    private LaneRows rows;
    /** The layout of the last frame drawn (what its clusters index into). */
    private LaneLayout layout;
    private DrawnMarks drawn = DrawnMarks.NONE;
    private TimelineGeometry geometry;
    private boolean paintScheduled;
    private boolean dirty;

    private TimelineItem hovered;
    private Cluster hoveredCluster;
    private double pressX;
    private double pressStart;
    private double pressEnd;

    public TimelineViewSkin(TimelineView view) {
        super(view);
        canvas.setManaged(false);
        getChildren().add(canvas);
        packer = new LanePacker(view.getMetrics());
        rows = new LaneRows(packer);

        registerInvalidationListener(view.modelProperty(), o -> {
            hovered = null;
            hoveredCluster = null;
            schedulePaint();
        });
        registerChangeListener(view.selectedEventProperty(), o -> {
            reveal(view.getSelectedEvent());
            schedulePaint();
        });
        for (Observable o : List.of(view.visibleStartProperty(), view.visibleEndProperty(), view.interactiveProperty(),
                view.placeholderProperty(), view.axisLimitProperty(),
                view.labelFont, view.axisFont, view.axisMajorFont, view.textFill, view.mutedTextFill, view.axisBackground,
                view.gridColor, view.majorGridColor, view.bandColor, view.selectionColor, view.clusterColor, view.laneHeight,
                view.compactLaneHeight)) {
            registerInvalidationListener(o, x -> schedulePaint());
        }
        for (Observable o : view.seriesFills) {
            registerInvalidationListener(o, x -> schedulePaint());
        }
        registerChangeListener(view.renderScaleProperty(), o -> view.requestLayout());
        registerInvalidationListener(view.focusedProperty(), o -> schedulePaint());

        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> view.setCursor(Cursor.DEFAULT));
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, null, null));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.zoom(e.getZoomFactor(), e.getX());
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.setHooks(this);
    }

    @Override
    public void dispose() {
        getSkinnable().setHooks(null);
        hideTooltip();
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double s = getSkinnable().getRenderScale();
        double cw = Math.ceil(getSkinnable().getWidth() * s);
        double ch = Math.ceil(getSkinnable().getHeight() * s);
        if (cw != canvas.getWidth() || ch != canvas.getHeight()) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            canvas.getTransforms().setAll(s == 1 ? List.of() : List.of(new Scale(1 / s, 1 / s, 0, 0)));
            paintNow();
        }
        canvas.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 360;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return TimelineGeometry.heightFor(1, 24);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 100;
    }

    // ---- drawing

    private void schedulePaint() {
        dirty = true;
        if (!paintScheduled) {
            paintScheduled = true;
            Platform.runLater(() -> {
                paintScheduled = false;
                if (dirty) { // unless someone painted in the meantime
                    paintNow();
                }
            });
        }
    }

    @Override
    public void paintNow() {
        dirty = false;
        TimelineView v = getSkinnable();
        double w = v.getWidth();
        double h = v.getHeight();
        if (w <= 0 || h <= 0 || canvas.getWidth() < 2) {
            return;
        }
        TimelineStyle style = TimelineStyle.of(v);
        TimeScale scale = scale(w);
        AxisWarp warp = v.getViewWarp();
        TimelineModel model = v.getViewLayoutModel();
        LaneRows.Choice rowsNow = rows.choose(model, scale, w, h, style);
        geometry = rowsNow.geometry();
        LaneLayout lay = rowsNow.layout();
        layout = lay;
        int selected = v.isInteractive() ? model.indexOf(v.getSelectedEvent()) : -1;
        TimelinePainter.Frame frame = new TimelinePainter.Frame(scale, geometry, style, lay, packer,
                AxisPieces.of(v.getAxisBreaks(), warp, scale, new TickGenerator(FontMeasure.of(style.axisFont()), 16)),
                selected < 0 ? null : model.items().get(selected), selected < 0 ? -1 : lay.localIndex(selected),
                v.isInteractive() ? hovered : null, v.isInteractive() ? hoveredCluster : null, v.getRenderScale(),
                v.getPlaceholder(), model.isEmpty(), v.isFocused() && v.isInteractive(),
                Double.isNaN(v.getAxisLimit()) ? Double.NaN : warp.unit(v.getAxisLimit()),
                v.getAxisBreaks().breaks(), warp);
        drawn = painter.paint(canvas.getGraphicsContext2D(), frame);
        List<MergedEvent> events = new ArrayList<>(drawn.marks.size());
        drawn.marks.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (DrawnMarks.Mark m : drawn.marks) {
            events.add(m.item().event());
        }
        v.setDrawnEvents(events);
        v.setDrawnBreaks(List.copyOf(drawn.breaks));
    }

    private TimeScale scale(double width) {
        return getSkinnable().visibleScale(width);
    }

    // ---- hooks

    @Override
    public Point2D markerPosition(MergedEvent e) {
        for (DrawnMarks.Mark m : drawn.marks) {
            if (m.item().event() == e) {
                return new Point2D(m.markerX(), m.markerY());
            }
        }
        return null;
    }

    @Override
    public javafx.geometry.Bounds markBounds(MergedEvent e) {
        for (DrawnMarks.Mark m : drawn.marks) {
            if (m.item().event() == e) {
                return new javafx.geometry.BoundingBox(m.x0(), m.y0(), m.x1() - m.x0(), m.y1() - m.y0());
            }
        }
        return null;
    }

    @Override
    public String drawnLabel(MergedEvent e) {
        for (DrawnMarks.Mark m : drawn.marks) {
            if (m.item().event() == e) {
                return m.label();
            }
        }
        return null;
    }

    @Override
    public List<Point2D> clusterPositions() {
        List<Point2D> at = new ArrayList<>();
        for (DrawnMarks.ClusterMark c : drawn.clusters) {
            at.add(new Point2D((c.x0() + c.x1()) / 2, (c.y0() + c.y1()) / 2));
        }
        return at;
    }

    @Override
    public List<String> badges() {
        return drawn.badges.stream().map(DrawnMarks.Badge::text).toList();
    }

    @Override
    public List<javafx.geometry.Bounds> badgeBounds() {
        return drawn.badges.stream()
                .map(b -> (javafx.geometry.Bounds) new javafx.geometry.BoundingBox(b.x0(), b.y0(), b.x1() - b.x0(), b.y1() - b.y0()))
                .toList();
    }

    @Override
    public List<javafx.geometry.Bounds> breakWordBounds() {
        return drawn.breakWords.stream()
                .map(b -> (javafx.geometry.Bounds) new javafx.geometry.BoundingBox(b.x0(), b.y0(), b.x1() - b.x0(), b.y1() - b.y0()))
                .toList();
    }

    @Override
    public int badgedCount() {
        return drawn.badgedCount();
    }

    @Override
    public List<MergedEvent> unlabelledMarks() {
        double width = getSkinnable().getWidth();
        return drawn.marks.stream().filter(m -> m.label().isEmpty() && m.markerX() >= 0 && m.markerX() <= width)
                .map(m -> m.item().event()).toList();
    }

    @Override
    public int clusteredCount() {
        return drawn.clusteredCount();
    }

    @Override
    public double heightToShowAll(double width, int maxLanes) {
        TimelineView v = getSkinnable();
        double lane = TimelineStyle.of(v).laneHeight();
        double dpp = v.visibleScale(width).daysPerPixel();
        int needed = packer.lanesNeeded(v.getViewLayoutModel().items(), dpp, maxLanes);
        return TimelineGeometry.heightFor(needed, lane);
    }

    // ---- selection follows into view

    /**
     * Brings a selected event into view: moves to it when off screen (never into empty years: see
     * {@link TimelineView#revealRange}), zooms in while it is folded in a cluster.
     */
    private void reveal(MergedEvent e) {
        TimelineView v = getSkinnable();
        TimelineModel model = v.getViewLayoutModel();
        int i = model.indexOf(e);
        if (i < 0 || v.getWidth() <= 0 || v.getHeight() <= 0) {
            return;
        }
        TimelineItem it = model.items().get(i); // in axis units
        TimeScale now = scale(v.getWidth());
        double start = now.start();
        double len = now.end() - start;
        double at = it.point() ? it.anchor() : Math.max(it.start(), start);
        if (at < start + len * 0.02 || at > start + len * 0.7) {
            double anchorDay = v.getViewWarp().day(it.anchor());
            double[] range = v.revealRange(anchorDay, len); // never into empty years, nor past the last event
            v.setVisibleRange(range[0], range[1]);
            TimeScale moved = scale(v.getWidth());
            len = moved.end() - moved.start();
        }
        TimelineStyle style = TimelineStyle.of(v);
        for (int step = 0; step < 12; step++) {
            TimeScale s = scale(v.getWidth());
            TimelineModel units = v.getViewLayoutModel(); // the breaks' width follows the zoom
            LaneLayout lay = rows.choose(units, s, v.getWidth(), v.getHeight(), style).layout();
            int local = lay.localIndex(i);
            if (local >= 0 && lay.laneOf(local) >= 0 || len <= TimelineView.MIN_WINDOW_DAYS * 1.001) {
                return;
            }
            v.zoom(2, s.x(units.items().get(i).anchor()));
            TimeScale zoomed = scale(v.getWidth());
            len = zoomed.end() - zoomed.start();
        }
    }

    // ---- mouse

    private void pressed(MouseEvent e) {
        TimelineView v = getSkinnable();
        v.requestFocus();
        hideTooltip();
        pressX = e.getX();
        pressStart = v.getVisibleStart();
        pressEnd = v.getVisibleEnd();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        TimelineView v = getSkinnable();
        double dx = e.getX() - pressX;
        if (Math.abs(dx) > 2) {
            v.setCursor(Cursor.CLOSED_HAND);
            v.panFrom(pressStart, pressEnd, -dx);
        }
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimelineView v = getSkinnable();
        DrawnMarks.Mark m = drawn.markAt(e.getX(), e.getY());
        if (m != null) {
            v.setSelectedEvent(m.item().event());
            if (e.getClickCount() == 2) {
                v.openSelected();
            }
            return;
        }
        DrawnMarks.ClusterMark c = drawn.clusterAt(e.getX(), e.getY());
        if (c != null) {
            openCluster(c.cluster(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getClickCount() == 2) {
            v.zoom(2, e.getX());
        }
    }

    /**
     * A cluster opens by zooming to its events. When zooming cannot part them (they fall on one day at the
     * closest zoom, or they are periods longer than the view), it lists them in a menu instead.
     */
    public void openCluster(Cluster c, double screenX, double screenY) {
        TimelineView v = getSkinnable();
        List<TimelineItem> items = layout.items(); // in axis units
        TimeScale now = scale(v.getWidth());
        double len = now.end() - now.start();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c.size(); k++) {
            TimelineItem it = items.get(c.member(k));
            if (it.point() || it.end() - it.start() < len / 3) { // the ones a closer look can separate
                lo = Math.min(lo, it.start());
                hi = Math.max(hi, it.end());
            }
        }
        if (lo > hi || len <= TimelineView.MIN_WINDOW_DAYS * 1.01) {
            showClusterMenu(c, screenX, screenY);
            return;
        }
        double span = hi - lo;
        if (span * 1.3 < len) {
            double pad = Math.max(0.5, span * 0.1);
            AxisWarp w = v.getViewWarp(); // the units the layout was made in
            v.setVisibleRange(w.day(lo - pad), w.day(hi + pad + span * 0.25));
        } else {
            v.zoom(3, scale(v.getWidth()).x((lo + hi) / 2));
        }
    }

    private void showClusterMenu(Cluster c, double screenX, double screenY) {
        TimelineView v = getSkinnable();
        if (clusterMenu != null) {
            clusterMenu.hide();
        }
        clusterMenu = new ContextMenu();
        List<TimelineItem> items = layout.items();
        int shown = Math.min(MAX_MENU_ITEMS, c.size());
        for (int k = 0; k < shown; k++) {
            TimelineItem it = items.get(c.member(k));
            MenuItem mi = new MenuItem(DateInWords.shortOf(it.event().date().timex()) + " — " + it.label());
            mi.setOnAction(a -> v.setSelectedEvent(it.event()));
            clusterMenu.getItems().add(mi);
        }
        if (c.size() > shown) {
            MenuItem more = new MenuItem((c.size() - shown) + " more: see the event list");
            more.setDisable(true);
            clusterMenu.getItems().add(more);
        }
        clusterMenu.show(v, screenX, screenY);
    }

    private void moved(MouseEvent e) {
        DrawnMarks.Mark m = drawn.markAt(e.getX(), e.getY());
        DrawnMarks.ClusterMark c = m == null ? drawn.clusterAt(e.getX(), e.getY()) : null;
        hover(m == null ? null : m.item(), c == null ? null : c.cluster(), e);
    }

    private void hover(TimelineItem item, Cluster cluster, MouseEvent e) {
        TimelineView v = getSkinnable();
        if (!v.isInteractive()) {
            return;
        }
        boolean changed = item != hovered || cluster != hoveredCluster;
        hovered = item;
        hoveredCluster = cluster;
        if (item == null && cluster == null) {
            hideTooltip();
            v.setCursor(Cursor.DEFAULT);
        } else if (e != null) {
            v.setCursor(Cursor.HAND);
            boolean fresh = tooltip == null;
            Tooltip tip = tooltip();
            if (changed || fresh) {
                tip.setText(item != null ? describe(item) : describe(cluster, v.getViewWarp()));
            }
            if (tip.isShowing()) {
                tip.setAnchorX(e.getScreenX() + 14);
                tip.setAnchorY(e.getScreenY() + 18);
            } else if (v.getScene() != null && v.getScene().getWindow() != null && v.getScene().getWindow().isShowing()) {
                tip.show(v, e.getScreenX() + 14, e.getScreenY() + 18);
            }
        }
        if (changed) {
            schedulePaint();
        }
    }

    private Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(440);
            tooltip.getStyleClass().add("timeline-tooltip");
            tooltip.setShowDelay(Duration.ZERO);
        }
        return tooltip;
    }

    private void hideTooltip() {
        if (tooltip != null && tooltip.isShowing()) {
            tooltip.hide();
        }
    }

    /** The tooltip of an item: its whole label, its date and the articles telling it (never cut). */
    static String describe(TimelineItem it) {
        MergedEvent e = it.event();
        StringBuilder b = new StringBuilder(e.label()).append('\n');
        b.append(DateInWords.of(e.date().timex()));
        if (it.disagrees()) {
            b.append(" (the sources give different dates)");
        }
        java.util.Map<String, app.dateline.engine.article.Article> articles = new java.util.LinkedHashMap<>();
        e.sources().forEach(s -> articles.putIfAbsent(s.article().source(), s.article()));
        if (articles.size() > 1) {
            b.append("\nTold by ").append(articles.size()).append(" articles:");
        }
        int listed = 0;
        for (app.dateline.engine.article.Article a : articles.values()) {
            if (listed == TOOLTIP_SOURCES) {
                b.append("\n and ").append(articles.size() - listed).append(" more");
                break;
            }
            b.append('\n').append(articles.size() > 1 ? "• " : "").append(a.displayTitle());
            if (a.publisher() != null) {
                b.append(" — ").append(a.publisher());
            }
            if (a.published() != null) {
                b.append(", ").append(a.published());
            }
            listed++;
        }
        return b.toString();
    }

    private static String describe(Cluster c, AxisWarp w) {
        String range = DateInWords.range(LocalDate.ofEpochDay((long) Math.floor(w.day(c.firstDay()))),
                LocalDate.ofEpochDay((long) Math.ceil(w.day(c.lastDay())) - 1));
        return c.size() + " more events here (" + range + ").\nClick to zoom in on them.";
    }

    private void scrolled(ScrollEvent e) {
        TimelineView v = getSkinnable();
        hideTooltip();
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            v.pan(-d);
        } else if (e.getDeltaY() != 0) {
            v.zoom(Math.pow(WHEEL_NOTCH_ZOOM, notches(e)), e.getX());
        }
        e.consume();
    }

    /**
     * Wheel notches, positive away from the user. Platforms give different pixels per notch (40 on X11, 1 on
     * Monocle), so whole notches come from the line count; smooth scrolling (touch pads) from pixels.
     */
    static double notches(ScrollEvent e) {
        if (e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES && e.getTextDeltaY() != 0) {
            return e.getTextDeltaY() / 3;
        }
        return e.getDeltaY() / 40;
    }

    // ---- keyboard

    private void keyPressed(KeyEvent e) {
        TimelineView v = getSkinnable();
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> v.selectPrevious();
            case RIGHT, KP_RIGHT -> v.selectNext();
            case PLUS, EQUALS, ADD -> v.zoomIn();
            case MINUS, SUBTRACT, UNDERSCORE -> v.zoomOut();
            case HOME -> v.fit();
            case ENTER -> v.openSelected();
            case PAGE_UP -> v.pan(-v.getWidth() * 0.8);
            case PAGE_DOWN -> v.pan(v.getWidth() * 0.8);
            case ESCAPE -> v.setSelectedEvent(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}

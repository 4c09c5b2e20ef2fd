package app.dateline.app.overview;

import app.dateline.app.timeline.FontMeasure;
import app.dateline.app.timeline.TimelineView;
import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.AxisPieces;
import app.dateline.app.timeline.layout.AxisTicks;
import app.dateline.app.timeline.layout.AxisWarp;
import app.dateline.app.timeline.layout.TickUnit;
import app.dateline.app.timeline.layout.Histogram;
import app.dateline.app.timeline.layout.Tick;
import app.dateline.app.timeline.layout.TickGenerator;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.app.timeline.layout.TimelineModel;
import app.dateline.engine.merge.MergedEvent;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.RangeSlider;

/**
 * The whole range under the timeline: a histogram of how many events fall in each period, and a ControlsFX
 * {@link RangeSlider} whose thumbs are the timeline's visible window. Dragging the thumbs or the bar between
 * them moves the timeline; zooming or panning the timeline moves them. Clicking the histogram centres there.
 */
public final class OverviewBand extends Region {

    private static final double HISTOGRAM_HEIGHT = 46;
    private static final double AXIS_HEIGHT = 14;

    private static final javafx.css.StyleablePropertyFactory<OverviewBand> CSS =
            new javafx.css.StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final java.util.Map<String, Object> styleables = new java.util.HashMap<>();
    // the histogram's colours, from the theme (looked-up colours in dateline.css); these defaults are the light theme's
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> histogramBackground = paint("histogramBackground", "-dl-histogram-background", "#f6f8fa");
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> windowFill = paint("windowFill", "-dl-window-fill", "#ddf4ff");
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> hiddenBar = paint("hiddenBar", "-dl-hidden-bar", "#d0d7de");
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> windowStroke = paint("windowStroke", "-dl-window-stroke", "#0969da");
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> tickText = paint("tickText", "-dl-tick-text", "#57606a");
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> tickLine = paint("tickLine", "-dl-tick-line", "#c9ced4");

    @SuppressWarnings("unchecked")
    private javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> paint(String name, String css, String initial) {
        javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> p = (javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint>)
                CSS.createStyleablePaintProperty(this, name, css, b -> (javafx.css.StyleableProperty<javafx.scene.paint.Paint>) b.styleable(name), Color.web(initial));
        p.addListener(o -> schedulePaint());
        styleables.put(name, p);
        return p;
    }

    private Object styleable(String name) {
        return styleables.get(name);
    }

    public static List<javafx.css.CssMetaData<? extends javafx.css.Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<javafx.css.CssMetaData<? extends javafx.css.Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    private final TimelineView timeline;
    private final Canvas canvas = new Canvas();
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final Font font = Font.font("System", 10);
    private double trackX0;
    private double trackX1;
    private boolean syncing;
    private boolean paintScheduled;
    private int drawnBreaks;
    private List<TimelineItem> context = List.of();
    private double contextFirst = Double.NaN;
    private double contextLast = Double.NaN;

    public OverviewBand(TimelineView timeline) {
        this.timeline = timeline;
        getStyleClass().add("overview-band");
        slider.getStyleClass().add("overview-slider");
        slider.setShowTickLabels(false);
        slider.setShowTickMarks(false);
        slider.setFocusTraversable(true);
        getChildren().addAll(canvas, slider);

        timeline.modelProperty().addListener(o -> rangeChanged());
        timeline.visibleStartProperty().addListener(o -> windowChanged());
        timeline.visibleEndProperty().addListener(o -> windowChanged());
        slider.lowValueProperty().addListener(o -> sliderMoved());
        slider.highValueProperty().addListener(o -> sliderMoved());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::centreAt);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreAt);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            double x = Math.max(0, e.getX() - trackX0) / Math.max(1, trackX1 - trackX0) * timeline.getWidth();
            timeline.zoom(Math.pow(1.15, e.getDeltaY() / 40), x);
            e.consume();
        });
        rangeChanged();
    }

    /**
     * All the events, before any filter: the band then keeps their whole range while the filters change, and
     * draws them faintly behind the ones shown, so a search shows where its hits fall.
     */
    public void setContext(ObservableList<MergedEvent> all) {
        all.addListener((javafx.beans.InvalidationListener) o -> {
            context = all.stream().filter(MergedEvent::isPlottable).map(e -> TimelineItem.of(e, 0)).toList();
            contextFirst = context.stream().mapToDouble(TimelineItem::periodStart).min().orElse(Double.NaN);
            contextLast = context.stream().mapToDouble(TimelineItem::periodEnd).max().orElse(Double.NaN);
            rangeChanged();
        });
    }

    /** The slider (for keyboard focus and tests). */
    public RangeSlider slider() {
        return slider;
    }

    /**
     * The slider's values are the timeline's axis units ({@link TimelineView#getAxisWarp()}), so the band is
     * broken where the timeline is: the empty years are a narrow break and the story fills the band.
     */
    private void rangeChanged() {
        AxisWarp warp = timeline.getAxisWarp();
        // the context's days ending where the axis ends, as the timeline's own (TimelineView#plottedDays)
        double[] shown = timeline.plottedDays();
        double firstDay = Double.isNaN(contextFirst) ? shown[0] : contextFirst;
        double lastDay = Double.isNaN(contextLast) ? shown[1] : contextLast;
        double axisEnd = timeline.getAxisBreaks().lastDay();
        if (axisEnd > firstDay) {
            lastDay = Math.min(lastDay, axisEnd);
        }
        double first = warp.unit(firstDay);
        double last = warp.unit(lastDay);
        syncing = true;
        if (Double.isNaN(first)) {
            slider.setMin(0);
            slider.setMax(1);
            slider.setLowValue(0);
            slider.setHighValue(1);
        } else {
            double pad = Math.max(1, (last - first) * 0.02);
            double min = first - pad;
            double max = last + pad;
            // RangeSlider clamps low to high and high to max: widen first, then set, so no value is lost
            slider.setMin(Math.min(min, slider.getMin()));
            slider.setMax(Math.max(max, slider.getMax()));
            slider.setMin(min);
            slider.setMax(max);
            slider.setBlockIncrement((max - min) / 40);
        }
        syncing = false;
        windowChanged();
        schedulePaint();
    }

    private void windowChanged() {
        if (syncing) {
            return;
        }
        syncing = true;
        AxisWarp warp = timeline.getAxisWarp();
        double lo = clamp(warp.unit(timeline.getVisibleStart()));
        double hi = clamp(warp.unit(timeline.getVisibleEnd()));
        if (lo > slider.getHighValue()) {
            slider.setHighValue(hi);
            slider.setLowValue(lo);
        } else {
            slider.setLowValue(lo);
            slider.setHighValue(hi);
        }
        syncing = false;
        schedulePaint();
    }

    private void sliderMoved() {
        if (syncing) {
            return;
        }
        syncing = true;
        AxisWarp warp = timeline.getAxisWarp();
        timeline.setVisibleRange(warp.day(slider.getLowValue()), warp.day(Math.max(slider.getLowValue()
                + TimelineView.MIN_WINDOW_DAYS, slider.getHighValue())));
        syncing = false;
        schedulePaint();
    }

    private double clamp(double day) {
        return Math.max(slider.getMin(), Math.min(slider.getMax(), day));
    }

    private void centreAt(MouseEvent e) {
        if (timeline.getModel().isEmpty() && context.isEmpty() || trackX1 <= trackX0) {
            return;
        }
        AxisWarp warp = timeline.getAxisWarp();
        double unit = slider.getMin() + (e.getX() - trackX0) / (trackX1 - trackX0) * (slider.getMax() - slider.getMin());
        double len = warp.unit(timeline.getVisibleEnd()) - warp.unit(timeline.getVisibleStart());
        timeline.setVisibleRange(warp.day(unit - len / 2), warp.day(unit + len / 2));
    }

    @Override
    protected double computePrefHeight(double width) {
        return HISTOGRAM_HEIGHT + AXIS_HEIGHT + slider.prefHeight(width) + 6;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double sh = slider.prefHeight(w);
        slider.resizeRelocate(0, HISTOGRAM_HEIGHT + AXIS_HEIGHT + 2, w, sh);
        slider.applyCss();
        slider.layout();
        // line the histogram up with the slider's track, which is inset by half a thumb at each end
        Node track = slider.lookup(".track");
        if (track != null && track.getLayoutBounds().getWidth() > 0) {
            Bounds b = slider.sceneToLocal(track.localToScene(track.getLayoutBounds()));
            trackX0 = b.getMinX();
            trackX1 = b.getMaxX();
        } else {
            trackX0 = 8;
            trackX1 = w - 8;
        }
        if (canvas.getWidth() != w || canvas.getHeight() != HISTOGRAM_HEIGHT + AXIS_HEIGHT) {
            canvas.setWidth(w);
            canvas.setHeight(HISTOGRAM_HEIGHT + AXIS_HEIGHT);
        }
        canvas.relocate(0, 0);
        paint();
    }

    private void schedulePaint() {
        if (!paintScheduled) {
            paintScheduled = true;
            Platform.runLater(() -> {
                paintScheduled = false;
                paint();
            });
        }
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        drawnBreaks = 0;
        double w = canvas.getWidth();
        gc.clearRect(0, 0, w, canvas.getHeight());
        TimelineModel m = timeline.getModel();
        double tw = trackX1 - trackX0;
        if (m.isEmpty() && context.isEmpty() || tw <= 10) {
            return;
        }
        double min = slider.getMin();
        double max = slider.getMax();
        int bins = (int) Math.max(10, Math.min(400, tw / 4));
        AxisWarp warp = timeline.getAxisWarp();
        Histogram h = Histogram.of(timeline.getLayoutModel().items(), min, max, bins);
        Histogram all = Histogram.of(context.stream().map(it -> it.warped(warp)).toList(), min, max, bins);
        int peak = Math.max(1, Math.max(h.max(), all.max()));
        double bw = tw / bins;
        gc.setFill(histogramBackground.get());
        gc.fillRect(trackX0, 0, tw, HISTOGRAM_HEIGHT);
        // the visible window, shaded
        double wx0 = trackX0 + (slider.getLowValue() - min) / (max - min) * tw;
        double wx1 = trackX0 + (slider.getHighValue() - min) / (max - min) * tw;
        gc.setFill(windowFill.get());
        gc.fillRect(wx0, 0, Math.max(2, wx1 - wx0), HISTOGRAM_HEIGHT);
        gc.setFill(hiddenBar.get()); // everything, faintly: what the filters hide
        for (int i = 0; i < bins; i++) {
            int c = all.counts()[i];
            if (c > 0) {
                double bh = Math.max(2, Math.sqrt(c / (double) peak) * (HISTOGRAM_HEIGHT - 4));
                gc.fillRect(trackX0 + i * bw, HISTOGRAM_HEIGHT - bh, Math.max(1, bw - 1), bh);
            }
        }
        for (int i = 0; i < bins; i++) {
            int c = h.counts()[i];
            if (c > 0) { // square root scale so a lone event still shows next to a crowd
                double bh = Math.max(2, Math.sqrt(c / (double) peak) * (HISTOGRAM_HEIGHT - 4));
                // the bar in the sources' colours (the timeline's, from the theme), stacked in palette order
                double y = HISTOGRAM_HEIGHT;
                int[] bySeries = h.bySeries()[i];
                for (int s = 0; s < bySeries.length; s++) {
                    if (bySeries[s] > 0) {
                        double sh = bh * bySeries[s] / c;
                        gc.setFill(timeline.seriesFill(s));
                        gc.fillRect(trackX0 + i * bw, y - sh, Math.max(1, bw - 1), sh);
                        y -= sh;
                    }
                }
            }
        }
        gc.setStroke(windowStroke.get());
        gc.setLineWidth(1);
        gc.strokeRect(Math.floor(wx0) + 0.5, 0.5, Math.max(2, wx1 - wx0), HISTOGRAM_HEIGHT - 1);
        // year (or decade) ticks under the bars, each unbroken piece its own
        TimeScale scale = TimeScale.of(min, max, tw);
        AxisPieces pieces = AxisPieces.of(timeline.getAxisBreaks(), warp, scale, new TickGenerator(FontMeasure.of(font), 18));
        gc.setFont(font);
        gc.setFill(tickText.get());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setStroke(tickLine.get());
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (AxisPieces.Piece piece : pieces.pieces()) {
            double left = Math.max(trackX0, trackX0 + scale.x(piece.from()));
            double right = Math.min(trackX1, trackX0 + scale.x(piece.to()));
            AxisTicks ticks = piece.ticks();
            List<Tick> labelled = ticks.minorUnit().ordinal() >= TickUnit.YEAR.ordinal() ? ticks.minor() : ticks.major();
            boolean named = false;
            for (Tick t : labelled) {
                double x = trackX0 + scale.x(t.day());
                if (x < left || x > right) {
                    continue;
                }
                gc.strokeLine(Math.floor(x) + 0.5, HISTOGRAM_HEIGHT, Math.floor(x) + 0.5, HISTOGRAM_HEIGHT + 3);
                double lw = FontMeasure.of(font).width(t.label());
                if (x + lw < right && x > lastLabel) {
                    gc.fillText(t.label(), x + 2, HISTOGRAM_HEIGHT + 2);
                    lastLabel = x + lw + 4;
                    named = true;
                }
            }
            if (!named && piece.lone()) { // a far date's small place, named by its year
                String year = String.valueOf(java.time.LocalDate.ofEpochDay((long) Math.ceil(piece.dayFrom())).getYear());
                if (left + FontMeasure.of(font).width(year) < right && left > lastLabel) {
                    gc.fillText(year, left + 2, HISTOGRAM_HEIGHT + 2);
                    lastLabel = left + FontMeasure.of(font).width(year) + 4;
                }
            }
        }
        // the breaks: the empty years the axis skips, a gap with a break mark
        gc.setLineWidth(1.2);
        for (AxisBreaks.Break b : timeline.getAxisBreaks().breaks()) {
            double x0 = trackX0 + scale.x(warp.unit(b.from()));
            double x1 = trackX0 + scale.x(warp.unit(b.to()));
            if (x1 < trackX0 || x0 > trackX1) {
                continue;
            }
            gc.setFill(histogramBackground.get());
            gc.fillRect(x0, 0, x1 - x0, HISTOGRAM_HEIGHT + AXIS_HEIGHT);
            double mid = (x0 + x1) / 2;
            gc.setStroke(tickText.get());
            gc.strokeLine(mid - 4, HISTOGRAM_HEIGHT + 4, mid, HISTOGRAM_HEIGHT - 8);
            gc.strokeLine(mid, HISTOGRAM_HEIGHT + 4, mid + 4, HISTOGRAM_HEIGHT - 8);
            drawnBreaks++;
        }
        gc.setFill(tickText.get());
        gc.setStroke(tickLine.get());
        gc.setLineWidth(1);
    }

    /** How many breaks the band marked in its last frame (for tests). */
    public int drawnBreaks() {
        return drawnBreaks;
    }
}

package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.AxisWarp;
import app.dateline.app.timeline.layout.LayoutMetrics;
import app.dateline.app.timeline.layout.OpeningView;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.app.timeline.layout.TimelineModel;
import app.dateline.app.timeline.layout.ViewWarps;
import app.dateline.engine.merge.MergedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * An interactive timeline of dated events: a time axis whose ticks follow the zoom, events in lanes (days as
 * points, longer periods as soft-ended spans), crowds folded into clusters. The visible window is two
 * properties in epoch days, so an overview band or a test can drive it. The look comes from CSS (style class
 * {@code timeline-view}); the drawing is done by {@link TimelineViewSkin} on a canvas.
 */
public class TimelineView extends Control {

    /** The shortest window, in days: a few days fill the width at most. */
    public static final double MIN_WINDOW_DAYS = 2;

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());


    private final ObjectProperty<ObservableList<MergedEvent>> items =
            new SimpleObjectProperty<>(this, "items", FXCollections.observableArrayList());
    private final ObjectProperty<ToIntFunction<MergedEvent>> series =
            new SimpleObjectProperty<>(this, "series", new BySource());
    private final ReadOnlyObjectWrapper<TimelineModel> model = new ReadOnlyObjectWrapper<>(this, "model", TimelineModel.EMPTY);
    private final ObjectProperty<MergedEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", 365);
    private final ObjectProperty<Consumer<MergedEvent>> onOpenEvent = new SimpleObjectProperty<>(this, "onOpenEvent");
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1);
    private final BooleanProperty interactive = new SimpleBooleanProperty(this, "interactive", true);
    private final DoubleProperty axisLimit = new SimpleDoubleProperty(this, "axisLimit", Double.NaN);
    private final javafx.beans.property.StringProperty placeholder =
            new javafx.beans.property.SimpleStringProperty(this, "placeholder", "No dated events to show");
    private final ReadOnlyObjectWrapper<List<MergedEvent>> drawnEvents = new ReadOnlyObjectWrapper<>(this, "drawnEvents", List.of());
    private final LayoutMetrics metrics = LayoutMetrics.DEFAULT;

    final ObjectProperty<Font> labelFont = styleable(CSS.createStyleableFontProperty(this, "labelFont", "-dl-label-font", v -> css(v.labelFont), Font.font("System", 12)));
    final ObjectProperty<Font> axisFont = styleable(CSS.createStyleableFontProperty(this, "axisFont", "-dl-axis-font", v -> css(v.axisFont), Font.font("System", 11)));
    final ObjectProperty<Font> axisMajorFont = styleable(CSS.createStyleableFontProperty(this, "axisMajorFont", "-dl-axis-major-font", v -> css(v.axisMajorFont), Font.font("System", FontWeight.BOLD, 12)));
    final ObjectProperty<Paint> textFill = styleable(CSS.createStyleablePaintProperty(this, "textFill", "-dl-text-fill", v -> css(v.textFill), Color.web("#1f2328")));
    final ObjectProperty<Paint> mutedTextFill = styleable(CSS.createStyleablePaintProperty(this, "mutedTextFill", "-dl-muted-text-fill", v -> css(v.mutedTextFill), Color.web("#57606a")));
    final ObjectProperty<Paint> axisBackground = styleable(CSS.createStyleablePaintProperty(this, "axisBackground", "-dl-axis-background", v -> css(v.axisBackground), Color.web("#f3f4f6")));
    final ObjectProperty<Paint> gridColor = styleable(CSS.createStyleablePaintProperty(this, "gridColor", "-dl-grid-color", v -> css(v.gridColor), Color.web("#e6e8eb")));
    final ObjectProperty<Paint> majorGridColor = styleable(CSS.createStyleablePaintProperty(this, "majorGridColor", "-dl-major-grid-color", v -> css(v.majorGridColor), Color.web("#c9ced4")));
    final ObjectProperty<Paint> bandColor = styleable(CSS.createStyleablePaintProperty(this, "bandColor", "-dl-band-color", v -> css(v.bandColor), Color.web("#f8f9fa")));
    final ObjectProperty<Paint> selectionColor = styleable(CSS.createStyleablePaintProperty(this, "selectionColor", "-dl-selection-color", v -> css(v.selectionColor), Color.web("#0969da")));
    final ObjectProperty<Paint> clusterColor = styleable(CSS.createStyleablePaintProperty(this, "clusterColor", "-dl-cluster-color", v -> css(v.clusterColor), Color.web("#6e7781")));
    /**
     * The sources' colours: {@code -dl-series-fill-0} to {@code -dl-series-fill-11}, then
     * {@code -dl-series-fill-other}, which the themes set to their looked-up colours {@code -dl-series-0}...
     * (themes/light.css, dark.css); the defaults are the same palette, read by {@link SeriesPalette} for the pictures.
     */
    final List<ObjectProperty<Paint>> seriesFills = seriesFills();
    final ObjectProperty<Number> laneHeight = styleable(CSS.createStyleableNumberProperty(this, "laneHeight", "-dl-lane-height", v -> css(v.laneHeight), 24));
    /**
     * The height of a lane where the view is crowded: when the lanes of {@code -dl-lane-height} would fold events in
     * view into a count that more, smaller lanes name, the frame uses these.
     */
    final ObjectProperty<Number> compactLaneHeight = styleable(CSS.createStyleableNumberProperty(this, "compactLaneHeight", "-dl-compact-lane-height", v -> css(v.compactLaneHeight), 16));

    private List<ObjectProperty<Paint>> seriesFills() {
        List<ObjectProperty<Paint>> fills = new java.util.ArrayList<>();
        for (int k = 0; k <= SeriesPalette.distinct(); k++) {
            int index = k;
            String css = SeriesPalette.name(k).replace("-dl-series-", "-dl-series-fill-");
            fills.add(styleable(CSS.createStyleablePaintProperty(this, "series" + k, css,
                    v -> css(v.seriesFills.get(index)), Color.web(SeriesPalette.hex(k)))));
        }
        return List.copyOf(fills);
    }

    /** The colour of a series as the theme sets it: its own while the palette tells it apart, else the grey. */
    public Paint seriesFill(int series) {
        return seriesFills.get(Math.min(Math.abs(series), seriesFills.size() - 1)).get();
    }

    @SuppressWarnings("unchecked")
    private static <T> ObjectProperty<T> styleable(StyleableProperty<T> p) {
        return (ObjectProperty<T>) p; // the factory makes SimpleStyleableObjectProperty, an ObjectProperty
    }

    @SuppressWarnings("unchecked")
    private static <T> StyleableProperty<T> css(ObjectProperty<T> p) {
        return (StyleableProperty<T>) p;
    }

    /** The opening view may be this many times longer than the story, to give the last key labels their room. */
    static final double MAX_LABEL_ROOM = 1.5;

    /** Fewer events than this are drawn on a plain axis. */
    static final int MIN_BROKEN = 12;

    /**
     * A break is at most this many pixels wide at every zoom (fewer when many breaks would share a narrow view):
     * zoomed into the story beside a break, the break stays a small mark instead of growing with the zoom.
     */
    public static final double BREAK_PIXELS = 24;

    private final InvalidationListener rebuild = o -> rebuildModel();
    private final InvalidationListener axisChanged = o -> {
        axisBreaks = null;
        axisWarp = null;
        layoutModel = null;
    };
    private final ObjectProperty<ObservableList<MergedEvent>> axisEvents = new SimpleObjectProperty<>(this, "axisEvents");
    private AxisBreaks axisBreaks;
    private AxisWarp axisWarp;
    private TimelineModel layoutModel;
    private TimelineModel layoutModelOf;
    private ViewWarps viewWarps;
    private TimelineModel viewLayoutModel;
    private TimelineModel viewLayoutOf;
    private AxisWarp viewLayoutWarp;
    private List<String> drawnBreaks = List.of();
    private TimelineView.SkinHooks hooks;
    private ObservableList<MergedEvent> listenedItems;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        // an invalidation listener, not a change listener: two empty lists are equal, and a change listener
        // would not hear that the list itself was replaced
        items.addListener(o -> {
            if (listenedItems != null) {
                listenedItems.removeListener(rebuild);
            }
            listenedItems = items.get();
            if (listenedItems != null) {
                listenedItems.addListener(rebuild);
            }
            rebuildModel();
        });
        listenedItems = items.get();
        listenedItems.addListener(rebuild);
        series.addListener(rebuild);
        axisEvents.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(axisChanged);
            }
            if (now != null) {
                now.addListener(axisChanged);
            }
            axisChanged.invalidated(obs);
        });
        labelFont.addListener(rebuild);
        model.addListener((obs, old, now) -> {
            if (old.isEmpty() && !now.isEmpty()) {
                fit();
            }
            MergedEvent sel = getSelectedEvent();
            if (sel != null && now.indexOf(sel) < 0 && !getItems().contains(sel)) {
                setSelectedEvent(null);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("/dateline/app/timeline.css")).toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    // ---- the model

    private void rebuildModel() {
        axisBreaks = null;
        axisWarp = null;
        layoutModel = null;
        ObservableList<MergedEvent> list = getItems();
        model.set(TimelineModel.of(list == null ? List.of() : list, getSeries(), FontMeasure.of(labelFont.get()),
                metrics.maxLabelWidth()));
    }

    public LayoutMetrics getMetrics() {
        return metrics;
    }

    // ---- navigation

    /**
     * Shows the whole of the plotted events and no more: the axis never runs past the last event (labels at
     * the right edge flip to the left of their mark) nor far before the first. On a broken axis the empty years
     * are breaks and a lone far date has a small place at the edge, so the story still fills the width.
     */
    public void fit() {
        TimelineModel m = getModel();
        if (m.isEmpty()) {
            return;
        }
        AxisWarp w = getAxisWarp();
        double[] days = plottedDays();
        double a = w.unit(days[0]);
        double b = w.unit(days[1]);
        double span = Math.max(MIN_WINDOW_DAYS, b - a);
        double pad = Math.min(span * 0.02, 62) + 1;
        setVisibleUnits(w, a - pad, b + pad);
    }

    /**
     * Shows the story: the days where the events gather, without the lone far dates they recall (a corpus about
     * 2021-2024 that recalls the 1990s opens on 2021-2024). The same blocks as the pictures' broken axis
     * ({@link AxisBreaks#storyDays()}); where most of the story's events crowd into a much shorter stretch of
     * it (183 TimeBank articles recall 1983-2000, but most of what they tell is 1989-1998), the view opens on
     * that stretch ({@link OpeningView#densest}); on a big folder, on the story's heart, where its 20 most
     * important events are ({@link OpeningView#opening}: pooled H1N1 opens on April to June 2009, not on the
     * 2000s it recalls). It has a margin on both sides and never begins or ends in a break: a
     * break at its edge is shown whole, with a margin beyond it. Home still shows everything, and the overview
     * band shows the rest.
     *
     * @param share unused below a dozen events, where everything is shown
     */
    public void fitMost(double share) {
        TimelineModel m = getModel();
        if (m.size() < 12) {
            fit();
            return;
        }
        AxisWarp w = getAxisWarp();
        double[] story = openingDays();
        double a = w.unit(story[0]);
        double b = w.unit(story[1]);
        double span = Math.max(MIN_WINDOW_DAYS, b - a);
        double pad = Math.min(span * 0.03, 62) + 1;
        double[] view = OpeningView.clearOfBreaks(a - pad, roomForKeyLabels(a - pad, b + pad), pad,
                getAxisBreaks(), w);
        setVisibleUnits(w, view[0], view[1]);
    }

    /**
     * The days {@link #fitMost} opens on, before its margins (epoch days, from..to): the story's heart, without the
     * far years it recalls (a break at the view's edge shows them at its side). Every day of the events when there
     * are fewer than a dozen; NaN when there are none.
     */
    public double[] openingDays() {
        TimelineModel m = getModel();
        if (m.size() < 12) {
            return new double[] {m.firstDay(), m.lastDay()};
        }
        double[] story = OpeningView.opening(m.items(), getAxisBreaks().storyDays());
        return new double[] {Math.max(story[0], m.firstDay()), Math.min(story[1], m.lastDay())};
    }

    /**
     * The right end of a view from {@code from} that leaves the key events near its end the room for their
     * whole labels (at least {@code to}, at most {@link #MAX_LABEL_ROOM} times as long): the opening view does
     * not cut the story's last key headlines.
     */
    private double roomForKeyLabels(double from, double to) {
        double width = widthForZoom();
        double needed = to;
        for (TimelineItem it : getLayoutModel().items()) {
            double labelPixels = it.labelWidth() + metrics.pointRadius() + metrics.labelGap() + metrics.itemGap();
            double at = it.point() ? it.anchor() : it.start();
            if (it.key() && at >= from && at <= to && labelPixels < width / 2) {
                needed = Math.max(needed, from + (at - from) * width / (width - labelPixels));
            }
        }
        return Math.min(needed, from + (to - from) * MAX_LABEL_ROOM);
    }

    /**
     * The days the plotted events cover (epoch days, from..to), ending where the axis ends: the end of a long period
     * over the story ("the 21st century" in a 2009 story ran the view and the overview band to 2099, most of their
     * width empty years) stays off it. Every event's mark (a period's start) is within. NaN when nothing is plotted.
     */
    public double[] plottedDays() {
        TimelineModel m = getModel();
        double to = Math.min(m.lastDay(), getAxisBreaks().lastDay());
        return new double[] {m.firstDay(), to > m.firstDay() ? to : m.lastDay()};
    }

    /**
     * The blocks of dates the events gather in and the empty years between them, as the pictures' broken axis
     * has them ({@link AxisBreaks}): for all the events of {@link #axisEventsProperty()} when set (so that a
     * filter does not move the axis), else for the events shown. Below a dozen events the axis is plain.
     */
    public AxisBreaks getAxisBreaks() {
        if (axisBreaks == null) {
            List<double[]> periods = new java.util.ArrayList<>();
            List<MergedEvent> context = getAxisEvents();
            if (context != null && !context.isEmpty()) {
                for (MergedEvent e : context) {
                    if (e.isPlottable()) {
                        TimelineItem it = TimelineItem.of(e, 0);
                        periods.add(new double[] {it.start(), Math.max(it.end(), it.start() + 1)});
                    }
                }
            }
            if (periods.size() < getModel().size()) { // a context that misses shown events is no context
                periods.clear();
            }
            if (periods.isEmpty()) {
                for (TimelineItem it : getModel().items()) {
                    periods.add(new double[] {it.start(), Math.max(it.end(), it.start() + 1)});
                }
            }
            if (periods.isEmpty()) {
                axisBreaks = AxisBreaks.none(0, 1);
            } else if (periods.size() < MIN_BROKEN) {
                double lo = periods.stream().mapToDouble(p -> p[0]).min().orElse(0);
                double hi = periods.stream().mapToDouble(p -> p[1]).max().orElse(1);
                axisBreaks = AxisBreaks.none(lo, hi);
            } else {
                axisBreaks = AxisBreaks.of(periods);
            }
        }
        return axisBreaks;
    }

    /**
     * The map from days to the broken axis's units at Show all ({@link AxisWarp}), as the overview band has it:
     * the identity when the axis is plain. A view's own map keeps its breaks narrow ({@link #getViewWarp()}).
     */
    public AxisWarp getAxisWarp() {
        if (axisWarp == null) {
            axisWarp = AxisWarp.of(getAxisBreaks());
        }
        return axisWarp;
    }

    /** The model on the broken axis at Show all ({@link #getAxisWarp()}): its items' days in its units. */
    public TimelineModel getLayoutModel() {
        if (layoutModel == null || layoutModelOf != getModel()) {
            layoutModelOf = getModel();
            layoutModel = layoutModelOf.warped(getAxisWarp());
        }
        return layoutModel;
    }

    /**
     * The map of the visible window ({@link #getAxisWarp()} with its breaks at most {@link #BREAK_PIXELS} wide on
     * screen): the view's units, in which it is laid out and drawn.
     */
    public AxisWarp getViewWarp() {
        return viewWarp(widthForZoom());
    }

    /** The map of the visible window drawn {@code width} pixels wide. */
    public AxisWarp viewWarp(double width) {
        return warpFor(getVisibleStart(), getVisibleEnd(), width);
    }

    /** The map under which the days {@code from..to} fill {@code width} pixels ({@link ViewWarps}). */
    AxisWarp warpFor(double from, double to, double width) {
        return viewWarps().forView(from, to, width);
    }

    private ViewWarps viewWarps() {
        if (viewWarps == null || viewWarps.axis() != getAxisWarp()) {
            viewWarps = new ViewWarps(getAxisWarp(), BREAK_PIXELS);
        }
        return viewWarps;
    }

    /** The model in the units of the visible window ({@link #getViewWarp()}), as the lanes are packed and drawn. */
    public TimelineModel getViewLayoutModel() {
        AxisWarp w = getViewWarp();
        if (viewLayoutModel == null || viewLayoutOf != getModel() || viewLayoutWarp != w) {
            viewLayoutOf = getModel();
            viewLayoutWarp = w;
            viewLayoutModel = w == getAxisWarp() ? getLayoutModel() : viewLayoutOf.warped(w);
        }
        return viewLayoutModel;
    }

    /** The scale of the visible window over {@code width} pixels, in the view's units ({@link #viewWarp}). */
    public TimeScale visibleScale(double width) {
        AxisWarp w = viewWarp(width);
        return TimeScale.of(w.unit(getVisibleStart()), w.unit(getVisibleEnd()), width);
    }

    /** Where a day is drawn, in pixels from the left edge of a view {@code width} pixels wide. */
    public double xOf(double day, double width) {
        return visibleScale(width).x(viewWarp(width).unit(day));
    }

    /** The day drawn at {@code x} pixels from the left edge of a view {@code width} pixels wide. */
    public double dayAt(double x, double width) {
        return viewWarp(width).day(visibleScale(width).day(x));
    }

    /**
     * Where to look to bring the day {@code anchor} into a window {@code len} axis units long: with the day a
     * third in from the left, but never past the first or the last event, and never over mostly empty years
     * (the window then shows the block of dates the day is in, as the broken axis has it). {@code len} is in the
     * units of the visible window ({@link #getViewWarp()}); the answer is in days.
     */
    public double[] revealRange(double anchor, double len) {
        TimelineModel m = getModel();
        AxisWarp w = getViewWarp();
        double ua = w.unit(anchor);
        double from = ua - len * 0.3;
        if (m.isEmpty()) {
            return new double[] {w.day(from), w.day(from + len)};
        }
        double pad = Math.min(len * 0.03, 62) + 1;
        double[] days = plottedDays();
        double lo = w.unit(days[0]) - pad;
        double hi = w.unit(days[1]) + pad;
        if (hi - lo <= len) {
            from = lo;
            len = hi - lo;
        } else {
            from = Math.max(lo, Math.min(hi - len, from));
        }
        double to = from + len;
        AxisBreaks.Segment block = null;
        for (AxisBreaks.Segment s : getAxisBreaks().segments()) {
            if (block == null || distance(s, anchor) < distance(block, anchor)) {
                block = s;
            }
        }
        for (AxisBreaks.Break b : getAxisBreaks().breaks()) {
            if (Math.min(to, w.unit(b.to())) - Math.max(from, w.unit(b.from())) > len * 0.5 && block != null) {
                double b0 = w.unit(block.from());
                double b1 = w.unit(block.to());
                double units = b1 - b0;
                double shown = Math.max(MIN_WINDOW_DAYS, units + 2 * (Math.min(units * 0.03, 62) + 1));
                double mid = (b0 + b1) / 2;
                return new double[] {w.day(mid - shown / 2), w.day(mid + shown / 2)};
            }
        }
        return new double[] {w.day(from), w.day(to)};
    }

    private static double distance(AxisBreaks.Segment s, double day) {
        return day < s.from() ? s.from() - day : day > s.to() ? day - s.to() : 0;
    }

    /** Shows the days {@code from} to {@code to}, kept within sensible bounds. */
    public void setVisibleRange(double from, double to) {
        AxisWarp w = getAxisWarp();
        setVisibleUnits(w, w.unit(from), w.unit(Math.max(to, from)));
    }

    /** Shows the units {@code from} to {@code to} of the map {@code w}, kept within sensible bounds. */
    private void setVisibleUnits(AxisWarp w, double from, double to) {
        double len = Math.max(minUnits(w, (from + to) / 2), to - from);
        TimelineModel m = getModel();
        double first = m.isEmpty() ? 0 : w.unit(plottedDays()[0]);
        double last = m.isEmpty() ? 0 : w.unit(plottedDays()[1]);
        double maxLen = m.isEmpty() ? 3650 * 10 : Math.max(3 * (last - first), 3 * 365);
        maxLen = Math.min(maxLen, 3000 * 365.0);
        if (len > maxLen) {
            double mid = (from + to) / 2;
            from = mid - maxLen / 2;
            len = maxLen;
        }
        if (!m.isEmpty()) { // keep some of the events in view
            double lo = first - len * 0.9;
            double hi = last - len * 0.1;
            from = Math.max(lo, Math.min(hi, from));
        }
        from = Math.max(w.unit(-700_000), Math.min(w.unit(2_900_000), from));
        visibleStart.set(w.day(from));
        visibleEnd.set(w.day(from + len));
    }

    /**
     * The narrowest view, in units of {@code w}, around the unit {@code at}: {@link #MIN_WINDOW_DAYS} days, so that
     * a piece of the axis drawn smaller (a story's background beside its busy year) zooms in to days too.
     */
    private static double minUnits(AxisWarp w, double at) {
        return MIN_WINDOW_DAYS / Math.max(1, Math.min(366, w.daysPerUnit(w.day(at))));
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the day under {@code x} (pixels from the left) in place. */
    public void zoom(double factor, double x) {
        double width = widthForZoom();
        AxisWarp w = getViewWarp();
        double start = w.unit(getVisibleStart());
        double len = w.unit(getVisibleEnd()) - start;
        double share = Math.max(0, Math.min(1, x / width));
        double anchorDay = w.day(start + len * share);
        double newLen = Math.max(minUnits(w, start + len * share), len / factor);
        AxisWarp zoomed = viewWarps().atScale(newLen / width, width); // the breaks keep their pixels
        double newStart = zoomed.unit(anchorDay) - share * newLen;
        setVisibleUnits(zoomed, newStart, newStart + newLen);
    }

    public void zoomIn() {
        zoom(1.5, anchorForKeyboardZoom());
    }

    public void zoomOut() {
        zoom(1 / 1.5, anchorForKeyboardZoom());
    }

    /** Moves the window by {@code dx} pixels (positive moves later in time into view). */
    public void pan(double dx) {
        panFrom(getVisibleStart(), getVisibleEnd(), dx);
    }

    /** Shows the window {@code from..to} (days) moved by {@code dx} pixels: a drag that started on that window. */
    public void panFrom(double from, double to, double dx) {
        AxisWarp w = warpFor(from, to, widthForZoom());
        double a = w.unit(from);
        double b = w.unit(to);
        double upp = (b - a) / widthForZoom();
        setVisibleUnits(w, a + dx * upp, b + dx * upp);
    }

    /** Selects the next event along the axis (the first when none is selected). */
    public void selectNext() {
        TimelineItem next = getModel().next(getSelectedEvent());
        if (next != null) {
            setSelectedEvent(next.event());
        }
    }

    public void selectPrevious() {
        TimelineItem prev = getModel().previous(getSelectedEvent());
        if (prev != null) {
            setSelectedEvent(prev.event());
        }
    }

    /** Asks for the selected event's article to be opened (Enter, double click). */
    public void openSelected() {
        MergedEvent e = getSelectedEvent();
        if (e != null && getOnOpenEvent() != null) {
            getOnOpenEvent().accept(e);
        }
    }

    private double anchorForKeyboardZoom() {
        MergedEvent sel = getSelectedEvent();
        double width = widthForZoom();
        if (sel != null) {
            int i = getModel().indexOf(sel);
            if (i >= 0) {
                double day = getModel().items().get(i).anchor();
                double x = xOf(day, width);
                if (x >= 0 && x <= width) {
                    return x;
                }
            }
        }
        return width / 2;
    }

    private double widthForZoom() {
        return getWidth() > 0 ? getWidth() : 1000;
    }

    // ---- what the skin reports (for tests and for the export)

    /** The events drawn as their own mark in the last frame, in axis order (clustered ones are not). */
    public ReadOnlyObjectProperty<List<MergedEvent>> drawnEventsProperty() {
        return drawnEvents.getReadOnlyProperty();
    }

    public List<MergedEvent> getDrawnEvents() {
        return drawnEvents.get();
    }

    /** The empty years the last frame marked as breaks, in words ("no events, 2002–2020"). */
    public List<String> getDrawnBreaks() {
        return drawnBreaks;
    }

    void setDrawnBreaks(List<String> breaks) {
        drawnBreaks = breaks;
    }

    void setDrawnEvents(List<MergedEvent> events) {
        if (!events.equals(drawnEvents.get())) {
            drawnEvents.set(List.copyOf(events));
        }
    }

    /** Where an event's mark is, in this control's coordinates, or null when it is not drawn on its own. */
    public Point2D markerPosition(MergedEvent e) {
        return hooks == null ? null : hooks.markerPosition(e);
    }

    /** The box an event's mark and label took in the last frame (its label's room), or null when it is not drawn. */
    public javafx.geometry.Bounds markBounds(MergedEvent e) {
        return hooks == null ? null : hooks.markBounds(e);
    }

    /** The label an event was drawn with in the last frame ("" for a mark with no label), or null when not drawn. */
    public String drawnLabel(MergedEvent e) {
        return hooks == null ? null : hooks.drawnLabel(e);
    }

    /** Where the cluster badges of the last frame are, in this control's coordinates (their centres). */
    public List<Point2D> clusterPositions() {
        return hooks == null ? List.of() : hooks.clusterPositions();
    }

    /** How many events are folded into clusters in the last frame. */
    public int getClusteredCount() {
        return hooks == null ? 0 : hooks.clusteredCount();
    }

    /** The "+N" badges of the last frame, left to right: each counts a run of the clusters in the bottom row. */
    public List<String> getBadges() {
        return hooks == null ? List.of() : hooks.badges();
    }

    /** Where the badges of the last frame are drawn (the boxes of their texts), left to right. */
    public List<javafx.geometry.Bounds> getBadgeBounds() {
        return hooks == null ? List.of() : hooks.badgeBounds();
    }

    /** Where the last frame named its breaks' empty years ("no events, 2002–2020"): the boxes of the words. */
    public List<javafx.geometry.Bounds> getBreakWordBounds() {
        return hooks == null ? List.of() : hooks.breakWordBounds();
    }

    /** How many events the badges of the last frame count. */
    public int getBadgedCount() {
        return hooks == null ? 0 : hooks.badgedCount();
    }

    /**
     * The events drawn on their own in the last frame with their mark in view but no label ("" at an edge with
     * no room): none but there, every event in view has its label or is counted in a badge.
     */
    public List<MergedEvent> getUnlabelledMarks() {
        return hooks == null ? List.of() : hooks.unlabelledMarks();
    }

    /** The height that shows every lane the events need at {@code width} pixels over the visible window, up to {@code maxLanes}. */
    public double heightToShowAll(double width, int maxLanes) {
        return hooks == null ? 300 : hooks.heightToShowAll(width, maxLanes);
    }

    /** Redraws at once (normally drawing waits for the next pulse). */
    public void paintNow() {
        if (hooks != null) {
            hooks.paintNow();
        }
    }

    void setHooks(SkinHooks hooks) {
        this.hooks = hooks;
    }

    /** What the skin answers that only drawing knows. */
    interface SkinHooks {
        Point2D markerPosition(MergedEvent e);

        javafx.geometry.Bounds markBounds(MergedEvent e);

        String drawnLabel(MergedEvent e);

        int clusteredCount();

        List<Point2D> clusterPositions();

        List<String> badges();

        List<javafx.geometry.Bounds> badgeBounds();

        List<javafx.geometry.Bounds> breakWordBounds();

        int badgedCount();

        List<MergedEvent> unlabelledMarks();

        double heightToShowAll(double width, int maxLanes);

        void paintNow();
    }

    // ---- properties

    public ObjectProperty<ObservableList<MergedEvent>> itemsProperty() {
        return items;
    }

    public ObservableList<MergedEvent> getItems() {
        return items.get();
    }

    public void setItems(ObservableList<MergedEvent> list) {
        items.set(list);
    }

    /**
     * All the events the axis is made for, before any filter (null: the events shown). The axis's breaks then
     * stay where they are while a search or a filter changes what is shown.
     */
    public ObjectProperty<ObservableList<MergedEvent>> axisEventsProperty() {
        return axisEvents;
    }

    public ObservableList<MergedEvent> getAxisEvents() {
        return axisEvents.get();
    }

    public void setAxisEvents(ObservableList<MergedEvent> all) {
        axisEvents.set(all);
    }

    /** The colour index of an event; by default one per article, in the order met. */
    public ObjectProperty<ToIntFunction<MergedEvent>> seriesProperty() {
        return series;
    }

    public ToIntFunction<MergedEvent> getSeries() {
        return series.get();
    }

    public void setSeries(ToIntFunction<MergedEvent> f) {
        series.set(f);
    }

    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public TimelineModel getModel() {
        return model.get();
    }

    public ObjectProperty<MergedEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public MergedEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(MergedEvent e) {
        selectedEvent.set(e);
    }

    /** The first day in view, in epoch days. */
    public DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public double getVisibleStart() {
        return visibleStart.get();
    }

    /** The day at the right edge, in epoch days. */
    public DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public double getVisibleEnd() {
        return visibleEnd.get();
    }

    public ObjectProperty<Consumer<MergedEvent>> onOpenEventProperty() {
        return onOpenEvent;
    }

    public Consumer<MergedEvent> getOnOpenEvent() {
        return onOpenEvent.get();
    }

    public void setOnOpenEvent(Consumer<MergedEvent> handler) {
        onOpenEvent.set(handler);
    }

    /** Device pixels per layout pixel of the canvas: 2 or 3 for a sharp export. */
    public DoubleProperty renderScaleProperty() {
        return renderScale;
    }

    public double getRenderScale() {
        return renderScale.get();
    }

    public void setRenderScale(double s) {
        renderScale.set(s);
    }

    /** False for a picture: no hover, no selection, no focus ring. */
    public BooleanProperty interactiveProperty() {
        return interactive;
    }

    public boolean isInteractive() {
        return interactive.get();
    }

    public void setInteractive(boolean b) {
        interactive.set(b);
    }

    /** The day the axis stops at (a picture's last day; the room after it is for labels), or NaN for none. */
    public DoubleProperty axisLimitProperty() {
        return axisLimit;
    }

    public double getAxisLimit() {
        return axisLimit.get();
    }

    public void setAxisLimit(double day) {
        axisLimit.set(day);
    }

    /** What an empty timeline says. */
    public javafx.beans.property.StringProperty placeholderProperty() {
        return placeholder;
    }

    public String getPlaceholder() {
        return placeholder.get();
    }

    public void setPlaceholder(String text) {
        placeholder.set(text);
    }

    /** One colour index per article source, in the order the articles are met. */
    private static final class BySource implements ToIntFunction<MergedEvent> {
        private final Map<String, Integer> index = new HashMap<>();

        @Override
        public int applyAsInt(MergedEvent e) {
            return index.computeIfAbsent(e.sources().get(0).article().source(), s -> index.size());
        }
    }

}

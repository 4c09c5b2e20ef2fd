package app.dateline.app.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A time axis with its empty stretches cut out. The events' periods are gathered into blocks (periods less than
 * {@link #JOIN_SHARE} of the whole range apart share a block); between two blocks the years with nothing in them
 * are skipped and a break of {@link #BREAK_SHARE} of the width is drawn instead. A block that holds only a few
 * of the events (a lone "1990s", "the 11th century") gets a small place of its own ({@link #LONE_SHARE}); the
 * others share the rest of the width in proportion to their length, at one scale, so that the story's years
 * fill the axis. Positions are fractions of the width, 0 to 1.
 */
public final class AxisBreaks {

    /** Periods closer than this share of the whole range belong to one block. */
    static final double JOIN_SHARE = 0.06;
    /** The width of a break mark, as a share of the axis. */
    static final double BREAK_SHARE = 0.035;
    /** The place of a block holding few events, as a share of the axis. */
    static final double LONE_SHARE = 0.07;
    /** Periods longer than this (in days: three years) never stretch a block of precise dates. */
    static final double LONG_DAYS = 3 * 366;
    /** The most room all lone blocks take together. */
    static final double LONE_ROOM = 0.25;
    /** A block holding less than this share of the events is lone. */
    static final double LONE_EVENTS = 0.1;

    /** One unbroken stretch of the axis: days {@code from..to} drawn from {@code x0} to {@code x1} (fractions). */
    public record Segment(double from, double to, double x0, double x1, boolean lone) {

        public double x(double day) {
            return x0 + (day - from) / (to - from) * (x1 - x0);
        }

        public double day(double x) {
            return from + (x - x0) / (x1 - x0) * (to - from);
        }

        /** Days per unit of width. */
        public double daysPerWidth() {
            return (to - from) / (x1 - x0);
        }
    }

    /** A cut between two segments: the days skipped, drawn from {@code x0} to {@code x1}. */
    public record Break(double from, double to, double x0, double x1) {
    }

    private final List<Segment> segments;
    private final List<Break> breaks;

    private AxisBreaks(List<Segment> segments, List<Break> breaks) {
        this.segments = List.copyOf(segments);
        this.breaks = List.copyOf(breaks);
    }

    /** A plain axis from {@code from} to {@code to}, with no break. */
    public static AxisBreaks none(double from, double to) {
        return new AxisBreaks(List.of(new Segment(from, Math.max(to, from + 1), 0, 1, false)), List.of());
    }

    /**
     * The axis for periods given as {@code [start, end)} pairs of days (one per event).
     */
    public static AxisBreaks of(List<double[]> periods) {
        if (periods.isEmpty()) {
            return none(0, 365);
        }
        List<double[]> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparingDouble(p -> p[0]));
        double first = sorted.get(0)[0];
        double last = sorted.stream().mapToDouble(p -> p[1]).max().orElse(first + 1);
        double join = joinDays(sorted);
        // the precise periods make the blocks; a long one ("the 1900s") joins a block it meets without
        // stretching it, and makes a block of its own only where nothing precise is
        List<double[]> blocks = new ArrayList<>(); // start, end, events
        List<double[]> longOnes = new ArrayList<>();
        for (double[] p : sorted) {
            if (p[1] - p[0] > LONG_DAYS) {
                longOnes.add(p);
                continue;
            }
            double[] b = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (b != null && p[0] <= b[1] + join) {
                b[1] = Math.max(b[1], p[1]);
                b[2]++;
            } else {
                blocks.add(new double[] {p[0], Math.max(p[1], p[0] + 1), 1});
            }
        }
        for (double[] p : longOnes) {
            double[] meets = blocks.stream().filter(b -> p[0] < b[1] + join && p[1] > b[0] - join)
                    .max(Comparator.comparingDouble(b -> Math.min(p[1], b[1]) - Math.max(p[0], b[0]))).orElse(null);
            if (meets != null) {
                meets[2]++;
            } else {
                blocks.add(new double[] {p[0], p[1], 1});
                blocks.sort(Comparator.comparingDouble(b -> b[0]));
                for (int i = blocks.size() - 1; i > 0; i--) { // a long block may now meet its neighbours
                    double[] a = blocks.get(i - 1);
                    double[] b = blocks.get(i);
                    if (b[0] <= a[1] + join) {
                        a[1] = Math.max(a[1], b[1]);
                        a[2] += b[2];
                        blocks.remove(i);
                    }
                }
            }
        }
        int total = periods.size();
        blocks = joinLoneNeighbours(blocks, total);
        if (blocks.size() == 1) {
            return none(first, last);
        }
        double breakRoom = BREAK_SHARE * (blocks.size() - 1);
        long lones = blocks.stream().filter(b -> lone(b, total)).count();
        double loneShare = lones == 0 ? 0 : Math.min(LONE_SHARE, LONE_ROOM / lones);
        double loneRoom = loneShare * lones;
        double mainDays = 0;
        for (double[] b : blocks) {
            if (!lone(b, total)) {
                mainDays += b[1] - b[0];
            }
        }
        if (mainDays == 0) { // all blocks are small: share the width by length after all
            loneRoom = 0;
            mainDays = blocks.stream().mapToDouble(b -> b[1] - b[0]).sum();
            for (double[] b : blocks) {
                b[2] = total; // none is lone now
            }
        }
        double mainRoom = 1 - breakRoom - loneRoom;
        List<Segment> segments = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < blocks.size(); i++) {
            double[] b = blocks.get(i);
            double w = lone(b, total) ? loneShare : mainRoom * (b[1] - b[0]) / mainDays;
            segments.add(new Segment(b[0], b[1], x, x + w, lone(b, total)));
            x += w;
            if (i + 1 < blocks.size()) {
                breaks.add(new Break(b[1], blocks.get(i + 1)[0], x, x + BREAK_SHARE));
                x += BREAK_SHARE;
            }
        }
        return new AxisBreaks(segments, breaks);
    }

    /**
     * Lone blocks side by side (no block of the story between them) made one lone block: the far past a story
     * recalls ("1000", "1347", "1918") is one small place named by its years ("1000–1937"), not a break and a
     * place for each, which on pooled H1N1 (nineteen far dates) gave the breaks two thirds of the axis. Each
     * block is {start, end, events}; the joined block keeps its events' count but stays lone.
     */
    static List<double[]> joinLoneNeighbours(List<double[]> blocks, int total) {
        List<double[]> out = new ArrayList<>();
        boolean lastLone = false;
        for (double[] b : blocks) {
            boolean lone = lone(b, total);
            if (lone && lastLone) {
                double[] a = out.get(out.size() - 1);
                a[1] = Math.max(a[1], b[1]);
                a[2] = Math.min(a[2] + b[2], Math.ceil(total * LONE_EVENTS) - 1); // still lone
            } else {
                out.add(b);
            }
            lastLone = lone;
        }
        return out;
    }

    /**
     * How far apart two periods may be and still share a block: a share of the core of the story (the middle
     * eight tenths of its precise dates), at least a year, so that a far date elsewhere never glues the rest.
     */
    static double joinDays(List<double[]> sorted) {
        double[] starts = sorted.stream().filter(p -> p[1] - p[0] <= LONG_DAYS).mapToDouble(p -> p[0]).sorted().toArray();
        if (starts.length == 0) {
            starts = sorted.stream().mapToDouble(p -> p[0]).sorted().toArray();
        }
        double core = starts[(int) (starts.length * 0.9) == starts.length ? starts.length - 1 : (int) (starts.length * 0.9)]
                - starts[(int) (starts.length * 0.1)];
        return Math.max(366, core * JOIN_SHARE * 3);
    }

    private static boolean lone(double[] block, int total) {
        return block[2] < total * LONE_EVENTS;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Break> breaks() {
        return breaks;
    }

    /** The first and last day of the segments that are not lone: where the story is. */
    public double[] storyDays() {
        List<Segment> main = segments.stream().filter(s -> !s.lone()).toList();
        List<Segment> of = main.isEmpty() ? segments : main;
        return new double[] {of.get(0).from(), of.get(of.size() - 1).to()};
    }

    public double firstDay() {
        return segments.get(0).from();
    }

    public double lastDay() {
        return segments.get(segments.size() - 1).to();
    }

    /** Where a day is on the axis (0 to 1); a day in a break is placed in proportion inside the break. */
    public double x(double day) {
        if (day <= segments.get(0).from()) {
            return segments.get(0).x(day);
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (day <= s.to()) {
                return day >= s.from() ? s.x(day) : xInBreak(breaks.get(i - 1), day);
            }
        }
        return segments.get(segments.size() - 1).x(day);
    }

    private static double xInBreak(Break b, double day) {
        return b.x0() + (day - b.from()) / Math.max(1e-9, b.to() - b.from()) * (b.x1() - b.x0());
    }
}

package app.dateline.app.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A time axis with its empty stretches cut out. The events' periods are gathered into blocks (periods less than
 * {@link #JOIN_SHARE} of the whole range apart share a block); between two blocks the years with nothing in them
 * are skipped and a break of {@link #BREAK_SHARE} of the width is drawn instead. A block that holds only a few
 * of the events (a lone "1990s", "the 11th century") gets a small place of its own ({@link #LONE_SHARE}). A
 * block where most events crowd into a short stretch (a story's year after decades of background) is cut there
 * into pieces side by side ({@link #byDensity}); the blocks and pieces share the rest of the width by the events
 * they hold, so that the story's busy years fill the axis and its background keeps a narrow place. Positions are
 * fractions of the width, 0 to 1.
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
    /** The share of a block's events whose stretch may be its busy heart ({@link #byDensity}). */
    static final double HEART_EVENTS = 0.6;
    /** A busy heart shorter than this share of its block is a piece of its own. */
    static final double HEART_LENGTH = 0.25;
    /** A block with fewer events than this is never cut. */
    static final int HEART_LEAST = 24;
    /** The least share of the story's room a piece gets, however few events it holds. */
    static final double LEAST_SHARE = 0.06;

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
        List<double[]> pieces = new ArrayList<>(); // start, end, events, 1 when it meets the piece before, 1 when lone
        for (double[] b : blocks) {
            pieces.addAll(lone(b, total) ? List.of(new double[] {b[0], b[1], b[2], 0, 1}) : byDensity(b, sorted));
        }
        if (pieces.size() == 1) {
            // to the block's end: the end of a long period over the story ("the 21st century") does not stretch it;
            // from the first period's start, where every event's mark is
            return none(sorted.get(0)[0], pieces.get(0)[1]);
        }
        long breakCount = pieces.stream().skip(1).filter(p -> p[3] == 0).count();
        double breakRoom = BREAK_SHARE * breakCount;
        long lones = pieces.stream().filter(b -> b[4] == 1).count();
        double loneShare = lones == 0 ? 0 : Math.min(LONE_SHARE, LONE_ROOM / lones);
        double loneRoom = loneShare * lones;
        boolean allLone = lones == pieces.size();
        if (allLone) { // all blocks are small: share the width by length after all
            loneRoom = 0;
            for (double[] b : pieces) {
                b[2] = b[1] - b[0];
                b[4] = 0; // none is lone now
            }
        }
        double[] shares = shares(pieces);
        double mainRoom = 1 - breakRoom - loneRoom;
        List<Segment> segments = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < pieces.size(); i++) {
            double[] b = pieces.get(i);
            if (i > 0 && b[3] == 0) {
                breaks.add(new Break(pieces.get(i - 1)[1], b[0], x, x + BREAK_SHARE));
                x += BREAK_SHARE;
            }
            double w = b[4] == 1 ? loneShare : mainRoom * shares[i];
            segments.add(new Segment(b[0], b[1], x, x + w, b[4] == 1));
            x += w;
        }
        return new AxisBreaks(segments, breaks);
    }

    /**
     * The share of the story's room each piece that is not lone gets: what it holds, its share of the events
     * (so a story's one busy year is wide and the thin decades of background before it narrow), but at least
     * {@link #LEAST_SHARE}, so that no stretch of the story shrinks to nothing. Lone pieces get 0.
     */
    static double[] shares(List<double[]> pieces) {
        double events = 0;
        for (double[] b : pieces) {
            events += b[4] == 1 ? 0 : b[2];
        }
        double[] shares = new double[pieces.size()];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            double[] b = pieces.get(i);
            shares[i] = b[4] == 1 ? 0 : Math.max(LEAST_SHARE, b[2] / events);
            sum += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    /**
     * A block of the story cut where its events crowd: when six tenths of them ({@link #HEART_EVENTS}) fall in
     * a stretch (whole years, or whole months in a block of a few years) shorter than {@link #HEART_LENGTH} of the
     * block, that stretch is a piece of its own and the sparser years on either side are others, side by side
     * with no break (the calendar goes on; only the scale changes). Pooled H1N1: 1947–2021 holds 2,900 events,
     * 2,254 of them in 2009; as one block sized by its length, 2009 was a seventieth of it. Each piece is
     * {start, end, events, 1 when it meets the piece before, 0 (not lone)}; a block that is not cut is one piece.
     */
    static List<double[]> byDensity(double[] block, List<double[]> sorted) {
        double[] starts = sorted.stream().filter(p -> p[1] - p[0] <= LONG_DAYS && p[0] >= block[0] && p[0] < block[1])
                .mapToDouble(p -> p[0]).sorted().toArray();
        List<double[]> whole = List.of(new double[] {block[0], block[1], block[2], 0, 0});
        int n = starts.length;
        int k = (int) Math.ceil(n * HEART_EVENTS);
        if (n < HEART_LEAST || k < 2) {
            return whole;
        }
        int best = 0;
        for (int i = 1; i + k - 1 < n; i++) {
            if (starts[i + k - 1] - starts[i] < starts[best + k - 1] - starts[best]) {
                best = i;
            }
        }
        boolean years = block[1] - block[0] > 5 * 366;
        double h0 = Math.max(block[0], floor(starts[best], years));
        double h1 = Math.min(block[1], ceil(starts[best + k - 1], years));
        if (h1 - h0 >= HEART_LENGTH * (block[1] - block[0])) {
            return whole;
        }
        List<double[]> out = new ArrayList<>();
        double[] cuts = h0 > block[0] ? new double[] {block[0], h0, h1, block[1]} : new double[] {block[0], h1, block[1]};
        for (int i = 0; i + 1 < cuts.length; i++) {
            if (cuts[i + 1] <= cuts[i]) {
                continue;
            }
            double a = cuts[i];
            double b = cuts[i + 1];
            boolean lastPiece = i + 2 == cuts.length;
            long in = java.util.Arrays.stream(starts).filter(d -> d >= a && (d < b || lastPiece)).count();
            out.add(new double[] {a, b, (double) block[2] * in / n, out.isEmpty() ? 0 : 1, 0});
        }
        return out;
    }

    /** The first day of the year (or month) of {@code day}. */
    private static double floor(double day, boolean years) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay((long) Math.floor(day));
        return (years ? d.withDayOfYear(1) : d.withDayOfMonth(1)).toEpochDay();
    }

    /** The first day of the year (or month) after the one of {@code day}. */
    private static double ceil(double day, boolean years) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay((long) Math.floor(day));
        return (years ? d.withDayOfYear(1).plusYears(1) : d.withDayOfMonth(1).plusMonths(1)).toEpochDay();
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

    /**
     * Where a day is on the axis (0 to 1); a day in a break is placed in proportion inside the break. Segments
     * side by side (no break) meet at one day.
     */
    public double x(double day) {
        if (day <= segments.get(0).from()) {
            return segments.get(0).x(day);
        }
        for (Segment s : segments) {
            if (day <= s.to()) {
                if (day >= s.from()) {
                    return s.x(day);
                }
                for (Break b : breaks) {
                    if (b.to() == s.from()) {
                        return xInBreak(b, day);
                    }
                }
                return s.x(day);
            }
        }
        return segments.get(segments.size() - 1).x(day);
    }

    private static double xInBreak(Break b, double day) {
        return b.x0() + (day - b.from()) / Math.max(1e-9, b.to() - b.from()) * (b.x1() - b.x0());
    }
}

package app.dateline.app.timeline.layout;

import java.util.Arrays;

/**
 * Events that found no free lane near one place, folded into one mark with a count. Its members are a slice
 * of an array the layout shares among its clusters.
 */
public final class Cluster {

    private final double worldX;
    private final double worldXEnd;
    private final double firstDay;
    private final double lastDay;
    private final int[] pool;
    private final int offset;
    private final int size;

    /**
     * @param worldX    where the first member starts, in world pixels ({@link TimeScale#worldX})
     * @param worldXEnd how far the members reach: the last one's start, or the end of a wide span among them
     * @param firstDay  the earliest day any member covers
     * @param lastDay   the latest day any member covers (exclusive)
     */
    public Cluster(double worldX, double worldXEnd, double firstDay, double lastDay, int[] pool, int offset, int size) {
        this.worldX = worldX;
        this.worldXEnd = worldXEnd;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.pool = pool;
        this.offset = offset;
        this.size = size;
    }

    public double worldX() {
        return worldX;
    }

    public double worldXEnd() {
        return worldXEnd;
    }

    public double firstDay() {
        return firstDay;
    }

    public double lastDay() {
        return lastDay;
    }

    public int size() {
        return size;
    }

    /** The layout index of member {@code k} (members are in order of start). */
    public int member(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException(k);
        }
        return pool[offset + k];
    }

    /** The layout indexes of the members, in order of start (a copy). */
    public int[] members() {
        return Arrays.copyOfRange(pool, offset, offset + size);
    }

    /** "+7", "+312", "+1.2k", "+45k": short enough for a small badge. */
    public String countLabel() {
        return countLabel(size);
    }

    /** The badge of {@code n} events: "+7", "+312", "+1.2k", "+45k". */
    public static String countLabel(int n) {
        if (n < 1000) {
            return "+" + n;
        }
        if (n < 10_000) {
            return String.format(java.util.Locale.ROOT, "+%.1fk", n / 1000.0);
        }
        return "+" + n / 1000 + "k";
    }

    /**
     * The clusters of {@code run} (in order of start) as one: its members all theirs, from the first one's start
     * to the furthest reach. One cluster is itself.
     */
    public static Cluster joined(java.util.List<Cluster> run) {
        if (run.size() == 1) {
            return run.get(0);
        }
        int n = run.stream().mapToInt(Cluster::size).sum();
        int[] members = new int[n];
        int at = 0;
        double reach = Double.NEGATIVE_INFINITY;
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Cluster c : run) {
            System.arraycopy(c.pool, c.offset, members, at, c.size);
            at += c.size;
            reach = Math.max(reach, c.worldXEnd);
            first = Math.min(first, c.firstDay);
            last = Math.max(last, c.lastDay);
        }
        return new Cluster(run.get(0).worldX, reach, first, last, members, 0, n);
    }
}

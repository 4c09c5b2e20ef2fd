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
        if (size < 1000) {
            return "+" + size;
        }
        if (size < 10_000) {
            return String.format(java.util.Locale.ROOT, "+%.1fk", size / 1000.0);
        }
        return "+" + size / 1000 + "k";
    }
}

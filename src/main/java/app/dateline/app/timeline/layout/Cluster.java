package app.dateline.app.timeline.layout;

/**
 * Events that found no free lane near one place, folded into one mark with a count.
 *
 * @param worldX     where the first member starts, in world pixels ({@link TimeScale#worldX})
 * @param worldXEnd  how far the members reach: the last one's start, or the end of a wide span among them
 * @param firstDay   the earliest day any member covers
 * @param lastDay    the latest day any member covers (exclusive)
 * @param members    indexes of the members in the layout's item list, in ascending order
 */
public record Cluster(double worldX, double worldXEnd, double firstDay, double lastDay, int[] members) {

    public int size() {
        return members.length;
    }

    /** "+7", "+312", "+1.2k", "+45k": short enough for a small badge. */
    public String countLabel() {
        int n = members.length;
        if (n < 1000) {
            return "+" + n;
        }
        if (n < 10_000) {
            return String.format(java.util.Locale.ROOT, "+%.1fk", n / 1000.0);
        }
        return "+" + n / 1000 + "k";
    }
}

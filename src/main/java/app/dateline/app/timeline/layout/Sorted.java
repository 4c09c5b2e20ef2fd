package app.dateline.app.timeline.layout;

/** Binary search in sorted arrays of positions. */
final class Sorted {

    private Sorted() {
    }

    /** The index of the first value at least {@code value}, or the length when there is none. */
    static int firstAtLeast(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package dev.citebot.attribute;

/** Searches in ascending arrays of ints, which may hold equal values. */
final class SortedInts {
    private SortedInts() {
    }

    /** The first index whose value is at least {@code key}; {@code sorted.length} if none is. */
    static int firstAtLeast(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package dev.citebot.store;

/**
 * The best {@code capacity} (score, row) pairs seen so far, kept in a min-heap of primitives so that offering a
 * row allocates nothing. Higher scores are better; on equal scores the lower (earlier) row is better. The one
 * top-k of citebot: the vector scan here and the BM25 search in {@code retrieve} both keep their best this way.
 * Not thread-safe: one per scan (see {@link #merge}).
 */
public final class TopK {
    private final double[] scores;
    private final int[] rows;
    private int size;

    /** @throws IllegalArgumentException when {@code capacity} is below 1 */
    public TopK(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        scores = new double[capacity];
        rows = new int[capacity];
    }

    /** Keeps the pair if it is among the best {@code capacity} so far (it may push out the worst kept one). */
    public void offer(double score, int row) {
        if (size < scores.length) {
            scores[size] = score;
            rows[size] = row;
            siftUp(size++);
        } else if (worse(scores[0], rows[0], score, row)) {
            scores[0] = score;
            rows[0] = row;
            siftDown(0, size);
        }
    }

    /**
     * True when {@link #offer} would keep this pair now: fewer than {@code capacity} are kept, or it beats the
     * worst kept one. Lets a caller skip a costly check on a pair that could not get in anyway.
     */
    public boolean wouldKeep(double score, int row) {
        return size < scores.length || worse(scores[0], rows[0], score, row);
    }

    /** How many pairs are kept: {@code capacity} at most. */
    public int size() {
        return size;
    }

    /** Offers every pair {@code other} kept to this one and returns this one; {@code other} is left unordered. */
    public TopK merge(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.scores[i], other.rows[i]);
        }
        return this;
    }

    /** Sorts the kept pairs best first; afterwards {@link #row} and {@link #score} index that order. */
    public void sortBestFirst() {
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    public int row(int i) {
        return rows[i];
    }

    public double score(int i) {
        return scores[i];
    }

    private static boolean worse(double score, int row, double otherScore, int otherRow) {
        return score < otherScore || (score == otherScore && row > otherRow);
    }

    private boolean worse(int i, int j) {
        return worse(scores[i], rows[i], scores[j], rows[j]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, int end) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= end) {
                return;
            }
            if (child + 1 < end && worse(child + 1, child)) {
                child++;
            }
            if (!worse(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int i, int j) {
        double score = scores[i];
        scores[i] = scores[j];
        scores[j] = score;
        int row = rows[i];
        rows[i] = rows[j];
        rows[j] = row;
    }
}

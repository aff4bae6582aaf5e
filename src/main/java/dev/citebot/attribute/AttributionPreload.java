package dev.citebot.attribute;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads every article's attributions into memory on a daemon thread ({@link AttributionIndex#loadAll}) a little
 * after a start, so that the first "What did X say?" over all articles does not wait for that read (1.5–1.9 s at
 * 100,000 passages, 6–9 s at a million). The read starts {@code delay} after {@link #start}. A question that comes
 * first reads what it needs itself, and one that comes during the read waits for it; both end with the same
 * attributions held.
 */
public final class AttributionPreload implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttributionPreload.class);

    private final Thread reader;
    private final CountDownLatch closing;

    private AttributionPreload(Thread reader, CountDownLatch closing) {
        this.reader = reader;
        this.closing = closing;
    }

    /** Starts a daemon thread that reads after {@code delay}, unless closed before. */
    public static AttributionPreload start(AttributionIndex index, Duration delay) {
        CountDownLatch closing = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAfter(index, delay, closing), "attributions-preload");
        reader.setDaemon(true);
        reader.start();
        return new AttributionPreload(reader, closing);
    }

    /** Nothing read ahead. */
    public static AttributionPreload none() {
        return new AttributionPreload(null, new CountDownLatch(0));
    }

    private static void readAfter(AttributionIndex index, Duration delay, CountDownLatch closing) {
        try {
            if (closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        long start = System.nanoTime();
        try {
            int articles = index.loadAll();
            LOG.debug("read the attributions of {} articles ahead in {} ms", articles,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("could not read the attributions ahead (the first question about a speaker will): {}",
                    e.toString());
        }
    }

    /**
     * Cancels a read not yet started, or waits until the one under way has ended, so that nothing reads the
     * database after its owner closes it.
     */
    @Override
    public void close() {
        closing.countDown();
        if (reader == null) {
            return;
        }
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.citebot.telegram.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks one chat at a time: each chat has a lane whose tasks run in submission order, one after another,
 * and lanes run side by side on a shared pool. A lane holds a thread only while one of its tasks runs, so a chat
 * whose reply waits on Telegram (a 429, a backoff) holds its own thread and no other chat waits behind it unless
 * every thread is held. After each task a lane with more work goes to the back of the pool's queue instead of
 * keeping its thread: under a backlog the chats take turns, roughly in the order their updates came, rather than
 * a few chats being drained while the others wait (issue 12, 55 chats on 32 threads at load average ~20:
 * questions asked in the same two seconds were answered 19 to 51 s later, and 16 % of pairs of questions asked
 * a second or more apart were answered in the other order; 2–4 % with turns and the first-come, first-served
 * {@code SendThrottle} together). Once {@link #close} is called no further task starts, not even one already
 * queued on the pool; tasks not started are dropped here, which is safe because every task's update is still in
 * the durable inbox.
 */
final class ChatLanes {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);
    private final ThreadPoolExecutor pool;
    private final Map<Long, Deque<Runnable>> lanes = new HashMap<>();
    private boolean closed;

    ChatLanes(int threads, DaemonThreads factory) {
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
    }

    /** @return false if the lanes are closed and the task will not run */
    synchronized boolean submit(long chat, Runnable task) {
        if (closed) {
            return false;
        }
        Deque<Runnable> lane = lanes.get(chat);
        if (lane != null) {
            lane.add(task);
            return true;
        }
        lanes.put(chat, new ArrayDeque<>());
        pool.execute(() -> run(chat, task));
        return true;
    }

    /**
     * Starts no further task and waits at most {@code wait} for the running ones; then interrupts them.
     *
     * @return true if every running task finished in time
     */
    boolean close(Duration wait) {
        synchronized (this) {
            closed = true;
        }
        pool.shutdown();
        try {
            if (pool.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        return false;
    }

    private void run(long chat, Runnable task) {
        if (isClosed()) {
            return;
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("a task of chat lane {} failed ({}); the lane goes on", chat, e.getClass().getName());
        }
        next(chat);
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Queues the lane's next task behind the other lanes' work, or ends the lane if it has none. */
    private synchronized void next(long chat) {
        Deque<Runnable> lane = lanes.get(chat);
        Runnable next = closed || Thread.currentThread().isInterrupted() ? null : lane.poll();
        if (next == null) {
            lanes.remove(chat);
        } else {
            pool.execute(() -> run(chat, next));
        }
    }
}

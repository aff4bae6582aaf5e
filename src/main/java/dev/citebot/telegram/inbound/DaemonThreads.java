package dev.citebot.telegram.inbound;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the bot's threads and makes them daemons, so that no thread of the bot ever keeps the JVM alive. */
public final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    public DaemonThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread t = new Thread(task, prefix + "-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}

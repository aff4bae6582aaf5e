package dev.citebot.telegram;

import dev.citebot.telegram.send.Sleeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** A clock that only moves when someone sleeps on it; records every sleep. */
public final class FakeTime implements LongSupplier, Sleeper {
    private long now = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long getAsLong() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }

    public synchronized void advance(Duration duration) {
        now += duration.toNanos();
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public synchronized Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}

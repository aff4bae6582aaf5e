package dev.citebot.telegram.send;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Really sleeps, and remembers for how long. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        Sleeper.system().sleep(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}

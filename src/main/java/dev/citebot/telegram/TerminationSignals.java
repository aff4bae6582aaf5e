package dev.citebot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.util.List;

/**
 * Turns SIGTERM and SIGINT into a stop request instead of the JVM's abrupt shutdown, so that the bot finishes
 * its answers, the database is closed by its owner and the process exits with status 0 (a JVM killed by a
 * signal exits 143). {@code sun.misc.Signal} is the only way to do that in Java 17; where it is refused, the
 * caller's shutdown hook still stops the bot.
 */
final class TerminationSignals {
    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);
    private static final List<String> NAMES = List.of("TERM", "INT");

    private TerminationSignals() {
    }

    /** @return true if every signal was taken over */
    static boolean onTerminate(Runnable action) {
        boolean all = true;
        for (String name : NAMES) {
            try {
                Signal.handle(new Signal(name), signal -> action.run());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                LOG.debug("cannot handle SIG{}: {}", name, e.getMessage());
                all = false;
            }
        }
        return all;
    }
}

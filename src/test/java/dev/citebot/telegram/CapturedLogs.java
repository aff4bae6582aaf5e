package dev.citebot.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the bot (down to DEBUG) and telegrambots (down to INFO) log while attached, as text. */
final class CapturedLogs implements AutoCloseable {
    private static final Map<String, Level> CAPTURED = Map.of("dev.citebot", Level.DEBUG, "org.telegram", Level.INFO);

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> levels = new HashMap<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    CapturedLogs() {
        appender.start();
        root.addAppender(appender);
        CAPTURED.forEach((name, level) -> {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(level);
        });
    }

    /** Each event as "LEVEL message" followed by its stack trace, if any. */
    List<String> lines() {
        return List.copyOf(appender.list).stream().map(CapturedLogs::text).toList();
    }

    List<String> at(Level level) {
        return List.copyOf(appender.list).stream().filter(e -> e.getLevel() == level).map(CapturedLogs::text).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
    }

    private static String text(ILoggingEvent e) {
        IThrowableProxy t = e.getThrowableProxy();
        return e.getLevel() + " " + e.getFormattedMessage() + (t == null ? "" : "\n" + ThrowableProxyUtil.asString(t));
    }
}

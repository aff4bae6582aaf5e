package dev.citebot.chat.llm;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Captures every log event at every level while open, then restores the levels it changed. */
final class LogCapture implements AutoCloseable {
    private static final List<String> LOGGERS =
            List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "dev.citebot", "dev.langchain4j");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Level> saved = new HashMap<>();

    LogCapture() {
        appender.start();
        for (String name : LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            saved.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        root().addAppender(appender);
    }

    /** Each event as one text: level, logger, message and the stack trace of its exception, if any. */
    List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }

    @Override
    public void close() {
        root().detachAppender(appender);
        saved.forEach(Logger::setLevel);
        appender.stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}

package dev.citebot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * citebot's logging, set up in code (found by logback through {@code META-INF/services}): everything to stderr,
 * so that stdout carries only results, citebot at INFO, DJL at ERROR, the rest at WARN. Parsing the same
 * settings from XML takes logback about 150 ms more on every start. A {@code logback.xml} or
 * {@code logback-test.xml} on the class path, or the {@code logback.configurationFile} property, takes precedence.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean configuredElsewhere = System.getProperty("logback.configurationFile") != null
                || hasResource("logback-test.xml") || hasResource("logback.xml");
        return configuredElsewhere ? ExecutionStatus.INVOKE_NEXT_IF_ANY : apply(context);
    }

    /** Sets citebot's logging up in {@code context}. */
    ExecutionStatus apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("dev.citebot").setLevel(Level.INFO);
        context.getLogger("ai.djl").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static boolean hasResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : LoggingConfigurator.class.getClassLoader()).getResource(name) != null;
    }
}

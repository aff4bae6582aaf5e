package dev.citebot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingConfiguratorTest {

    @Test
    void logsEverythingToStderrWithCitebotAtInfoAndTheRestAtWarn() {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator configurator = new LoggingConfigurator();
        configurator.setContext(context);

        assertThat(configurator.apply(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.citebot.store").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("ai.djl.huggingface").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class, a -> {
            assertThat(a.getTarget()).isEqualTo("System.err");
            assertThat(a.isStarted()).isTrue();
        });
    }

    @Test
    void aLogbackFileOnTheClassPathTakesPrecedence() {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator configurator = new LoggingConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).as("the tests' logback-test.xml")
                .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    }
}

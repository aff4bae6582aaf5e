package dev.citebot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The systemd unit in {@code docs/deploy.md} starts the jar with JVM options this JVM accepts: a mistyped option
 * would stop every instance from starting.
 */
class DeployUnitTest {
    @Test
    void theUnitsJvmOptionsAreOnesThisJvmAccepts() throws IOException, InterruptedException {
        List<String> options = unitJvmOptions();
        assertThat(options).as("the unit's options").contains("-XX:+UseTransparentHugePages",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:GCLockerRetryAllocationCount=100");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
    }

    private static List<String> unitJvmOptions() throws IOException {
        String execStart = Files.readAllLines(Path.of("docs", "deploy.md")).stream()
                .filter(line -> line.startsWith("ExecStart=")).findFirst().orElseThrow();
        List<String> words = Arrays.asList(execStart.substring("ExecStart=".length()).trim().split("\\s+"));
        assertThat(words.get(0)).endsWith("java");
        return words.subList(1, words.indexOf("-jar"));
    }
}

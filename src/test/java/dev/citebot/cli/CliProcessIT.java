package dev.citebot.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar} as a user runs it, for commands that end before the bundled model has
 * loaded (the model starts loading before the command line is read). Runs after {@code package}.
 */
class CliProcessIT {
    private static final Path JAR = Path.of("target", "citebot.jar");
    private static final int RUNS = 4;

    @TempDir
    Path dir;

    @Test
    void aMistypedCommandGetsItsUsageAndExitCode2WithoutCrashingTheJvm() throws Exception {
        for (int i = 0; i < RUNS; i++) {
            Path log = dir.resolve("run" + i + ".log");
            Process process = start(log, "--no-such-option");

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isEqualTo(2);
            assertThat(output).contains("Unknown option").doesNotContain("A fatal error has been detected");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    private Process start(Path log, String... args) throws IOException {
        assertThat(JAR).as("the jar built by mvn package").isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = Stream.concat(Stream.of(java, "-jar", JAR.toAbsolutePath().toString()), Stream.of(args))
                .toArray(String[]::new);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("CITEBOT_"));
        builder.environment().put("CITEBOT_DB", dir.resolve("db/citebot").toString());
        return builder.start();
    }
}

package dev.citebot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar ingest FOLDER} as an operator runs it: in {@code dir}, on the database
 * {@code dir/db/citebot}, with no Telegram or citebot settings of the machine's environment, its output and errors
 * in {@code log}. Shared by the tests that stop such a run ({@link IngestCrashIT}, {@link IngestSignalIT}).
 */
final class IngestProcess {
    private static final Path JAR = Path.of("target", "citebot.jar");

    private IngestProcess() {
    }

    static Process start(Path dir, Path log, Path articles) throws IOException {
        assertThat(JAR).as("the jar built by mvn package").isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString(), "ingest",
                articles.toString()).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("CITEBOT_"));
        env.put("CITEBOT_DB", dir.resolve("db/citebot").toString());
        return builder.start();
    }
}

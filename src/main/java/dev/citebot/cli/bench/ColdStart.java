package dev.citebot.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a fresh JVM on an existing database, with the JVM's default settings, and times it from just before the
 * launch until it prints its first answer: {@code citebot bench --probe QUESTION} starts the application as the
 * console chat does (loading the model, every stored vector and the corpus, no re-embedding, then compacting the
 * heap), answers once and prints a JSON line, then a second one with its memory once that has settled. An H2
 * database must not be open in this process.
 */
public final class ColdStart {
    private static final long TIMEOUT_S = 300;

    private final List<String> javaCommand;
    private final List<String> jvmOptions;
    private final ObjectMapper json;

    /**
     * @param javaCommand the command that starts citebot's main class, e.g. {@code [java, -cp, CLASSPATH, dev.citebot.Main]}
     * @param jvmOptions  options put right after its first word (the {@code java} binary); none: the JVM's defaults,
     *                    as {@code java -jar target/citebot.jar} starts
     */
    public ColdStart(List<String> javaCommand, List<String> jvmOptions, ObjectMapper json) {
        if (javaCommand.isEmpty()) {
            throw new IllegalArgumentException("no command to start");
        }
        this.javaCommand = List.copyOf(javaCommand);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.json = json;
    }

    /** This JVM's own binary and class path, with citebot's main class. */
    public static List<String> currentJvm() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        return List.of(java, "-cp", classPath, "dev.citebot.Main");
    }

    /**
     * The median run by time out of {@code runs} sequential launches on the H2 file {@code database}, after one
     * launch timed on its own (see {@link ColdStartResult#firstMillis}).
     */
    public ColdStartResult measure(Path database, String question, int runs) {
        return measure(Map.of("CITEBOT_DB", database.toAbsolutePath().toString()),
                database.toAbsolutePath().getParent(), question, runs);
    }

    /**
     * The median run by time out of {@code runs} sequential launches after a first one timed on its own (see
     * {@link ColdStartResult#firstMillis}), each in {@code folder} (its working directory,
     * where its stderr goes to {@code cold-start.err}) with this process's environment plus {@code environment},
     * which names the database; an empty value there unsets the variable. Neither the environment nor the command
     * is printed, so a password in it stays out of the output.
     */
    public ColdStartResult measure(Map<String, String> environment, Path folder, String question, int runs) {
        ColdStartResult first = once(environment, folder.toAbsolutePath(), question);
        List<ColdStartResult> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(once(environment, folder.toAbsolutePath(), question));
        }
        results.sort((a, b) -> Double.compare(a.millis(), b.millis()));
        ColdStartResult median = results.get(results.size() / 2);
        return new ColdStartResult(runs, first.millis(), median.millis(), median.passages(), median.answered(),
                median.memory(), jvmOptions);
    }

    private ColdStartResult once(Map<String, String> environment, Path folder, String question) {
        List<String> command = new ArrayList<>(javaCommand.subList(0, 1));
        command.addAll(jvmOptions);
        command.addAll(javaCommand.subList(1, javaCommand.size()));
        command.addAll(Arrays.asList("bench", "--probe", question));
        Path errors = folder.resolve("cold-start.err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.directory(folder.toFile());
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String answer = out.readLine();
                double millis = (System.nanoTime() - start) / 1e6;
                String memory = out.readLine();
                out.transferTo(Writer.nullWriter());
                finish(process, errors);
                return parse(answer, memory, millis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cold-start process failed", e);
        }
    }

    private static void finish(Process process, Path errors) throws IOException {
        try {
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("cold-start process failed (exit "
                        + (process.isAlive() ? "timeout" : process.exitValue()) + "): "
                        + String.join(" / ", Files.readAllLines(errors)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while waiting for the cold-start process", e);
        }
    }

    private ColdStartResult parse(String answer, String memory, double millis) throws IOException {
        if (answer == null || memory == null) {
            throw new IllegalStateException("the cold-start process did not print its answer and memory lines");
        }
        JsonNode a = json.readTree(answer);
        JsonNode m = json.readTree(memory);
        MemoryUse use = new MemoryUse(m.path("heap_used_mb").asDouble(), m.path("heap_committed_mb").asDouble(),
                m.path("rss_mb").asDouble());
        return new ColdStartResult(1, millis, millis, a.path("passages").asInt(), a.path("answered").asBoolean(), use,
                jvmOptions);
    }
}

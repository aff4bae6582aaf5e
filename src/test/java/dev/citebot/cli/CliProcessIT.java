package dev.citebot.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar} as a user runs it: commands that end before the bundled model has loaded
 * (the model starts loading before the command line is read), and the console chat's shared database, which other
 * processes reach through a TCP server on loopback only; the model's copy beside the database. Runs after
 * {@code package}.
 */
class CliProcessIT {
    private static final Path JAR = Path.of("target", "citebot.jar");
    private static final int RUNS = 4;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";

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

    @Test
    void theSharedDatabaseIsServedOnLoopbackOnly() throws Exception {
        Process chat = start(dir.resolve("chat.log"));
        try {
            Path lock = dir.resolve("db/citebot.lock.db");
            String server = awaitServer(lock, System.nanoTime() + TimeUnit.SECONDS.toNanos(120));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).as("reachable on loopback").isTrue();
            Optional<InetAddress> outside = nonLoopbackAddress();
            Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try");
            assertThat(connects(outside.get(), port)).as("reachable on " + outside.get()).isFalse();
        } finally {
            chat.destroy();
            chat.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theModelIsCopiedBesideTheDatabaseThenReadFromThereAndADamagedCopyIsReplaced() throws Exception {
        Path copy = dir.resolve("db/" + MODEL);
        runToTheEnd("first.log", "articles");
        assertThat(crc(copy)).as("the copy holds the jar's model").isEqualTo(jarCrc());
        Object written = Files.readAttributes(copy, BasicFileAttributes.class).fileKey();

        runToTheEnd("second.log", "articles");
        assertThat(Files.readAttributes(copy, BasicFileAttributes.class).fileKey()).as("read, not written again")
                .isEqualTo(written);

        byte[] damaged = Files.readAllBytes(copy);
        damaged[damaged.length / 2] ^= 1;
        Files.write(copy, damaged);
        runToTheEnd("third.log", "articles");
        assertThat(crc(copy)).as("the damaged copy replaced").isEqualTo(jarCrc());
    }

    private void runToTheEnd(String log, String... args) throws Exception {
        Process process = start(dir.resolve(log), args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(log))).isZero();
    }

    private static long jarCrc() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return jar.getEntry(MODEL).getCrc();
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String awaitServer(Path lock, long deadline) throws IOException, InterruptedException {
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(lock)) {
                java.util.Properties p = new java.util.Properties();
                try (var in = Files.newInputStream(lock)) {
                    p.load(in);
                } catch (IOException e) {
                    Thread.sleep(200);
                    continue;
                }
                if (p.getProperty("server") != null) {
                    return p.getProperty("server");
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mixed-mode server in " + lock);
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

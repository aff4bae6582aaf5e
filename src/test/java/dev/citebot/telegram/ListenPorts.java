package dev.citebot.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a server that a test starts later, in another process or after other work. They are chosen below the
 * kernel's ephemeral range: a port from {@code new ServerSocket(0)} lies in that range, so any outgoing connection
 * made meanwhile (an HTTP client's, the database's) may be given it, and the server then fails with "Port already in
 * use" — which happened once to instance B of {@code WebhookFailoverIT} in a clean-clone {@code .ci/run}.
 */
final class ListenPorts {
    private static final int LOWEST = 10_000;
    private static final int TRIES = 200;

    private ListenPorts() {
    }

    /** A port that was free just now, at or above {@value #LOWEST} and below the ephemeral range. */
    static int free() throws IOException {
        int below = ephemeralLow();
        for (int i = 0; i < TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            try (ServerSocket s = new ServerSocket(port)) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // another port is tried
            }
        }
        throw new IOException("no free port between " + LOWEST + " and " + below + " in " + TRIES + " tries");
    }

    /** The lowest ephemeral port (Linux's {@code ip_local_port_range}; 32768, its default, where it is unknown). */
    static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).strip();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > LOWEST + 1_000 ? low : 32_768;
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}

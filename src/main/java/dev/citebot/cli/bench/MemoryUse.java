package dev.citebot.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory of this process now: heap in use and committed (from {@link Runtime}) and the resident set size from
 * {@code /proc/self/status} (Linux only; -1 elsewhere).
 */
public record MemoryUse(double heapUsedMb, double heapCommittedMb, double rssMb) {
    private static final double MB = 1024.0 * 1024.0;

    /**
     * Memory once the resident set has stopped shrinking: G1 hands freed heap back to the system on a thread of its
     * own shortly after a collection. Polls every 100 ms until the resident set has not fallen by more than 1 MB for
     * three polls in a row, or for at most 3 s.
     */
    public static MemoryUse settled() {
        MemoryUse last = now();
        int steady = 0;
        for (int poll = 0; poll < 30 && steady < 3; poll++) {
            sleep();
            MemoryUse next = now();
            steady = last.rssMb() - next.rssMb() > 1 ? 0 : steady + 1;
            last = next;
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static MemoryUse now() {
        Runtime r = Runtime.getRuntime();
        return new MemoryUse((r.totalMemory() - r.freeMemory()) / MB, r.totalMemory() / MB, residentMb());
    }

    private static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

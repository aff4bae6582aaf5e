package dev.citebot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory of this process now: heap in use and committed (from {@link Runtime}) and the resident set size from
 * {@code /proc/self/status} (Linux only; -1 elsewhere).
 */
public record MemoryUse(double heapUsedMb, double heapCommittedMb, double rssMb) {
    private static final double MB = 1024.0 * 1024.0;

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

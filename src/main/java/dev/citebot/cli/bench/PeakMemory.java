package dev.citebot.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident set of this process (Linux {@code VmHWM}), and its reset (writing 5 to
 * {@code /proc/self/clear_refs}), so that the peak of one step can be read on its own.
 */
final class PeakMemory {
    private PeakMemory() {
    }

    /** Resets the peak to the current resident set; does nothing where the kernel does not allow it. */
    static void reset() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak then covers the whole process
        }
    }

    /** The peak resident set in MB since the start or the last {@link #reset}; -1 where unknown. */
    static double peakMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

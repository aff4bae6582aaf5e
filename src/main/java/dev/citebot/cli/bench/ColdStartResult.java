package dev.citebot.cli.bench;

/**
 * A fresh process answering its first question on an existing database (median over the runs).
 *
 * @param millis   process start (before the JVM is launched) to the first answer printed
 * @param passages rows the process loaded
 * @param memory   the process's own memory after loading and answering
 */
public record ColdStartResult(int runs, double millis, int passages, boolean answered, MemoryUse memory) {
}

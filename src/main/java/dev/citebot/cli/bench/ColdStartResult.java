package dev.citebot.cli.bench;

import java.util.List;

/**
 * A fresh process answering its first question on an existing database (median over the runs).
 *
 * @param firstMillis the same for the launch before the runs, the first on the database as built: it reads every
 *                    embedding from the tables and writes the local copies a restart then reads (see
 *                    {@code VectorsCopy}, {@code FileIndexCache})
 * @param millis   process start (before the JVM is launched) to the first answer printed
 * @param passages rows the process loaded
 * @param memory   the process's own memory after loading and answering
 * @param jvmOptions the options the JVMs were started with besides the class path (none: as {@code java -jar})
 */
public record ColdStartResult(int runs, double firstMillis, double millis, int passages, boolean answered, MemoryUse memory,
                              List<String> jvmOptions) {
    public ColdStartResult {
        jvmOptions = List.copyOf(jvmOptions);
    }
}

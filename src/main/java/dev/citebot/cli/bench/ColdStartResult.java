package dev.citebot.cli.bench;

import java.util.List;

/**
 * A fresh process answering its first question on an existing database (median over the runs).
 *
 * @param firstMillis the same for the launch before the runs, the first on the database as built: the bench's own
 *                    process wrote the embeddings' copy as it closed (see {@code H2EmbeddingStore#refreshCopy}) and
 *                    the saved corpus index's as it answered, so this launch reads the copies too, with whatever
 *                    else a first launch costs (its page cache, the model's copy beside a new database)
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

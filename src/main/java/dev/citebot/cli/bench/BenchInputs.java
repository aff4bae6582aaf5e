package dev.citebot.cli.bench;

import dev.citebot.eval.QaItem;

import java.nio.file.Path;
import java.util.List;

/**
 * What one {@code bench} run reads.
 *
 * @param articleFiles  real articles: ingest throughput, quality corpus, and the first real passages of every size
 * @param sizes         store sizes to time, ascending; sizes beyond the real passages are filled synthetically
 * @param coldStartRuns fresh processes started on the largest database (0 skips the cold start)
 * @param baselineMax   the largest size at which the baseline is timed: its in-memory store holds every row as
 *                      objects (about 2.5 KB a row), which a million rows would not fit in a default heap
 */
public record BenchInputs(List<Path> articleFiles, List<QaItem> seedQa, List<QaItem> whoSaid, List<Integer> sizes,
                          int coldStartRuns, int baselineMax) {
    public BenchInputs {
        articleFiles = List.copyOf(articleFiles);
        seedQa = List.copyOf(seedQa);
        whoSaid = List.copyOf(whoSaid);
        sizes = sizes.stream().sorted().distinct().toList();
        if (sizes.isEmpty() || sizes.get(0) < 1) {
            throw new IllegalArgumentException("sizes must be positive, got " + sizes);
        }
        if (baselineMax < 0) {
            throw new IllegalArgumentException("the baseline's largest size cannot be negative, got " + baselineMax);
        }
    }
}

package dev.citebot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running totals of QA results: overall accuracy, answerable right at 1 and at 3, false refusals (answerable
 * questions refused), unanswerable questions refused, the expected speaker in the first quote's fields, latency,
 * and failures counted by kind.
 */
public final class QaTally {
    private final String name;
    private final List<Long> millis = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private int correct;
    private int answerable;
    private int atOne;
    private int atThree;
    private int falseRefusals;
    private int unanswerable;
    private int refused;
    private int speakerExpected;
    private int speakerStrict;

    public QaTally(String name) {
        this.name = name;
    }

    public void add(QaResult r) {
        millis.add(r.answer().millis());
        correct += r.correct() ? 1 : 0;
        if (r.item().answerable()) {
            answerable++;
            atOne += r.correct() ? 1 : 0;
            atThree += r.atThree() ? 1 : 0;
            falseRefusals += r.answer().answered() ? 0 : 1;
            speakerExpected += r.item().speakerAny().isEmpty() ? 0 : 1;
            speakerStrict += r.strictSpeaker() ? 1 : 0;
        } else {
            unanswerable++;
            refused += r.correct() ? 1 : 0;
        }
        if (r.problem() != null) {
            failures.merge(r.problem().replaceAll(" \\(got .*\\)$", ""), 1, Integer::sum);
        }
    }

    public int total() {
        return answerable + unanswerable;
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) correct / total();
    }

    /** Failures by kind, most first. */
    public List<Map.Entry<String, Integer>> failuresByKind() {
        return failures.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    /** One line: the seed-format totals first (as before), then the figures of answerable and unanswerable. */
    public String summary() {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("%s: %d/%d correct (%.1f %%); answerable %d/%d, refusals %d/%d; speaker named in the "
                        + "speaker/role fields %d/%d; answerable@3 %d/%d; false refusals %d (%.1f %%); "
                        + "latency p50 %d ms, p95 %d ms",
                name, correct, total(), 100 * accuracy(), atOne, answerable, refused, unanswerable, speakerStrict,
                speakerExpected, atThree, answerable, falseRefusals, percent(falseRefusals, answerable),
                percentile(sorted, 50), percentile(sorted, 95));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

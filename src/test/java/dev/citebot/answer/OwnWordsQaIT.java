package dev.citebot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.Scope;
import dev.citebot.eval.QaFile;
import dev.citebot.eval.QaItem;
import dev.citebot.eval.QaJudge;
import dev.citebot.eval.QaResult;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 94 questions of our own about the bundled article, in the words a reader might use (requests, terse asks,
 * contractions, other names and words than the article's; 12 unanswerable), judged as the seed QA is. Most were
 * written while the rules they exercise were made, so this guards against regressions and is no held-out figure
 * (docs/benchmarks.md gives both). 85 were right when it was written, 88 since "which X" questions are quoted
 * with the sentence that names X and "the Kremlin guy" is the Kremlin's spokesman, 89 since "during the meeting" is
 * an occasion, 90 since "to ensure" answers "why".
 *
 * <p>70 more ({@code own-words-seed-later.jsonl}, 13 unanswerable) were written in three batches, each before the
 * rules it then led to (misspelt names, "PM", "nobody", "how long", an occasion as a "when", a role asked without one
 * of its words; then "What is the article about?" and a purpose as a "why"): 40 of the first 50 were right before
 * those rules and 47 after, 11 of the last 20 before and 13 after.
 */
class OwnWordsQaIT {
    @Test
    void atLeastEightyNineOfNinetyFourAreRightAndElevenUnanswerablesRefused(@TempDir Path dir) throws Exception {
        assertScores(judged(dir, "/qa/own-words-seed.jsonl"), 94, 5, 11);
    }

    @Test
    void atLeastFiftyNineOfTheSeventyWrittenLaterAreRightAndNineUnanswerablesRefused(@TempDir Path dir)
            throws Exception {
        assertScores(judged(dir, "/qa/own-words-seed-later.jsonl"), 70, 11, 9);
    }

    private static void assertScores(List<QaResult> results, int questions, int maxFailed, int minRefused) {
        List<String> failures = results.stream().filter(r -> !r.correct())
                .map(r -> r.item().id() + " " + r.item().question() + ": " + r.problem()).toList();

        assertThat(results).hasSize(questions);
        assertThat(failures).as("failed questions").hasSizeLessThanOrEqualTo(maxFailed);
        assertThat(results.stream().filter(r -> !r.item().answerable() && !r.answer().answered()))
                .as("unanswerable questions refused").hasSizeGreaterThanOrEqualTo(minRefused);
    }

    private static List<QaResult> judged(Path dir, String resource) throws Exception {
        List<QaResult> results = new ArrayList<>();
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            QaJudge judge = new QaJudge();
            for (QaItem item : new QaFile(new ObjectMapper()).read(
                    Path.of(OwnWordsQaIT.class.getResource(resource).toURI()))) {
                results.add(judge.judge(item, app.answerer().answer(item.question(), Scope.ALL)));
            }
        }
        return results;
    }
}

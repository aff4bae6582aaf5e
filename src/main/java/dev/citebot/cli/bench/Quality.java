package dev.citebot.cli.bench;

import dev.citebot.answer.Answer;
import dev.citebot.eval.QaItem;
import dev.citebot.eval.QaJudge;

import java.util.List;
import java.util.function.Function;

/** Correct counts on QA sets, judged by {@link QaJudge} for every pipeline alike. */
public record Quality(int seedCorrect, int seedTotal, int whoSaidCorrect, int whoSaidTotal) {

    static Quality of(Function<String, Answer> pipeline, List<QaItem> seed, List<QaItem> whoSaid) {
        return new Quality(correct(pipeline, seed), seed.size(), correct(pipeline, whoSaid), whoSaid.size());
    }

    private static int correct(Function<String, Answer> pipeline, List<QaItem> items) {
        QaJudge judge = new QaJudge();
        int correct = 0;
        for (QaItem item : items) {
            correct += judge.judge(item, pipeline.apply(item.question())).correct() ? 1 : 0;
        }
        return correct;
    }
}

package dev.citebot.eval;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Folding.LetterCase;

import java.util.List;
import java.util.Locale;

/**
 * Grades an answer against a {@link QaItem}: the answered flag must match; for answerable questions the first
 * quote must contain one of the expected strings (compared after folding quote style, case and white space)
 * and, where speakers are listed, the first quote's speaker or role, or the answer text, must name one.
 */
public final class QaJudge {
    public QaResult judge(QaItem item, Answer answer) {
        if (answer.answered() != item.answerable()) {
            return new QaResult(item, answer, false, false,
                    item.answerable() ? "refused an answerable question" : "answered an unanswerable question");
        }
        if (!item.answerable()) {
            return new QaResult(item, answer, true, false, null);
        }
        Quote first = answer.quotes().get(0);
        if (!containsAny(first.text(), item.quoteContains())) {
            return new QaResult(item, answer, false, false, "first quote lacks the expected passage");
        }
        boolean strict = names(fields(first), item.speakerAny());
        if (!item.speakerAny().isEmpty() && !strict && !names(answer.text(), item.speakerAny())) {
            return new QaResult(item, answer, false, false, "speaker not named (got " + first.speaker() + ")");
        }
        return new QaResult(item, answer, true, strict, null);
    }

    private static String fields(Quote q) {
        return (q.speaker() == null ? "" : q.speaker()) + " | " + (q.role() == null ? "" : q.role());
    }

    private static boolean containsAny(String text, List<String> expected) {
        String folded = FoldedText.fold(text, LetterCase.IGNORED);
        return expected.isEmpty()
                || expected.stream().anyMatch(e -> folded.contains(FoldedText.fold(e, LetterCase.IGNORED)));
    }

    private static boolean names(String text, List<String> names) {
        String lower = text.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
    }
}

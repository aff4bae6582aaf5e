package dev.citebot.eval;

import dev.citebot.answer.Answer;

/**
 * How one answer fared.
 *
 * @param correct       all checks passed (for an answerable question: right at 1)
 * @param strictSpeaker the expected speaker is named by the first quote's speaker or role fields themselves
 *                      (not merely somewhere in the answer text); false where no speaker is expected
 * @param atThree       answered, and one of the first three quotes holds a gold passage (unanswerable: refused)
 * @param problem       the kind of failure, one of {@link QaJudge}'s fixed phrases, or {@code null}
 */
public record QaResult(QaItem item, Answer answer, boolean correct, boolean strictSpeaker, boolean atThree,
                       String problem) {
    public QaResult(QaItem item, Answer answer, boolean correct, boolean strictSpeaker, String problem) {
        this(item, answer, correct, strictSpeaker, correct, problem);
    }
}

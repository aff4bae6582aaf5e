package dev.citebot.eval;

import dev.citebot.answer.Answer;

/**
 * How one answer fared.
 *
 * @param correct       all checks passed
 * @param strictSpeaker the expected speaker is named by the first quote's speaker or role fields themselves
 *                      (not merely somewhere in the answer text); false where no speaker is expected
 * @param problem       why it failed, or {@code null}
 */
public record QaResult(QaItem item, Answer answer, boolean correct, boolean strictSpeaker, String problem) {
}

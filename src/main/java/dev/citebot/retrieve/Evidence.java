package dev.citebot.retrieve;

import dev.citebot.attribute.Speaker;

import java.util.Optional;

/**
 * A candidate answer span with the score it earned for one question.
 *
 * @param start     start offset of the span in the article text
 * @param end       end offset (exclusive)
 * @param paragraph 1-based paragraph holding the span's start
 * @param speaker   who the span reports, when it reports someone
 */
public record Evidence(long articleId, int paragraph, int start, int end, double score, Optional<Speaker> speaker,
                       boolean speakerIsSubject) {
}

package dev.citebot.retrieve;

/**
 * A span of an article one channel found for a question.
 *
 * @param paragraph 1-based paragraph holding the span's start
 * @param start     start offset of the span in the article text
 * @param end       end offset (exclusive)
 * @param score     the channel's own score (see {@link Channel})
 */
record ChannelHit(Channel channel, long articleId, int paragraph, int start, int end, double score) {
}

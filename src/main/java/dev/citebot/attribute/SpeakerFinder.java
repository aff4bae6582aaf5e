package dev.citebot.attribute;

import java.util.Optional;

/** Finds who is speaking in one sentence of an article. */
public interface SpeakerFinder {

    /**
     * The speaker of the sentence {@code articleText.substring(sentenceStart, sentenceEnd)}, or empty when the
     * sentence is the reporter's own narration (no reporting clause, or one without a person or organisation as
     * its speaker). The rest of the article may be read to name the speaker in full or to resolve a pronoun.
     *
     * @throws IllegalArgumentException if the offsets do not delimit a non-empty part of the text
     */
    Optional<Speaker> find(String articleText, int sentenceStart, int sentenceEnd);

    /**
     * The speaker of a sentence of stored article {@code articleId}; by default the same as
     * {@link #find(String, int, int)}, while an index-backed finder looks the article up.
     */
    default Optional<Speaker> find(long articleId, String articleText, int sentenceStart, int sentenceEnd) {
        return find(articleText, sentenceStart, sentenceEnd);
    }
}

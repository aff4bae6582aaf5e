package dev.citebot.attribute;

import java.util.Optional;

/**
 * A {@link SpeakerFinder} that reads the {@link AttributionIndex}: a stored article's sentence is spoken by the
 * speaker of the attribution it belongs to, and is narration when it belongs to none. Without an article id
 * (text not stored) it asks the rule-based finder.
 */
public final class IndexSpeakerFinder implements SpeakerFinder {

    private final AttributionIndex index;
    private final SpeakerFinder unstored;

    public IndexSpeakerFinder(AttributionIndex index, SpeakerFinder unstored) {
        this.index = index;
        this.unstored = unstored;
    }

    @Override
    public Optional<Speaker> find(String articleText, int sentenceStart, int sentenceEnd) {
        return unstored.find(articleText, sentenceStart, sentenceEnd);
    }

    @Override
    public Optional<Speaker> find(long articleId, String articleText, int sentenceStart, int sentenceEnd) {
        return index.at(articleId, sentenceStart, sentenceEnd).map(IndexedAttribution::speaker);
    }
}

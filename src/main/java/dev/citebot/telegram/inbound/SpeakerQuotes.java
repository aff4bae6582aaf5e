package dev.citebot.telegram.inbound;

import dev.citebot.attribute.AttributionIndex;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.SpeakerCount;

import java.util.List;
import java.util.OptionalLong;

/** Who said what in the articles, as {@code /quotes} and {@code /speakers} ask it; empty article means all. */
public interface SpeakerQuotes {

    /** The speaker's attributions, best first. */
    List<IndexedAttribution> quotesBy(String name, OptionalLong article);

    /** The quoted speakers with their counts, most first. */
    List<SpeakerCount> speakers(OptionalLong article);

    static SpeakerQuotes of(AttributionIndex index) {
        return new SpeakerQuotes() {
            @Override
            public List<IndexedAttribution> quotesBy(String name, OptionalLong article) {
                return index.quotesBy(name, article);
            }

            @Override
            public List<SpeakerCount> speakers(OptionalLong article) {
                return index.speakers(article);
            }
        };
    }
}

package dev.citebot.telegram.inbound;

import dev.citebot.attribute.AttributionIndex;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.SpeakerCount;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Who said what in the articles, as {@code /quotes} and {@code /speakers} ask it; empty article means all. */
public interface SpeakerQuotes {

    /** The speaker's attributions, best first. */
    List<IndexedAttribution> quotesBy(String name, OptionalLong article);

    /** The quoted speakers with their counts, most first. */
    List<SpeakerCount> speakers(OptionalLong article);

    /** Like {@link #speakers(OptionalLong)}, without the attributions of the {@code hidden} articles. */
    default List<SpeakerCount> speakers(OptionalLong article, Set<Long> hidden) {
        return speakers(article);
    }

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

            @Override
            public List<SpeakerCount> speakers(OptionalLong article, Set<Long> hidden) {
                return index.speakers(article, hidden);
            }
        };
    }
}

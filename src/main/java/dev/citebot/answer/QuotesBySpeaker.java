package dev.citebot.answer;

import dev.citebot.attribute.IndexedAttribution;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the answerer needs of the attribution index: the attributions of the speaker a question names, best
 * match first, in one article or in all ({@code AttributionIndex::quotesBy}).
 */
@FunctionalInterface
public interface QuotesBySpeaker {
    List<IndexedAttribution> quotesBy(String name, OptionalLong article);
}

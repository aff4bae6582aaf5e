package dev.citebot.attribute;

import java.util.Objects;

/**
 * An attribution as the index stores it.
 *
 * @param articleId   the article
 * @param source      the article's source (its path or resource name)
 * @param paragraph   1-based number of the paragraph where the content starts
 * @param attribution speaker, cue, content offsets and kind
 * @param content     the attributed text, {@code article.text.substring(contentStart, contentEnd)}
 */
public record IndexedAttribution(long articleId, String source, int paragraph, Attribution attribution,
                                 String content) {
    public IndexedAttribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(content, "content");
    }

    public Speaker speaker() {
        return attribution.speaker();
    }
}

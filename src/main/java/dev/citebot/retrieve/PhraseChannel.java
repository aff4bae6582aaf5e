package dev.citebot.retrieve;

import dev.citebot.article.Scope;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Folding.LetterCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quotation the question itself contains ("Who said “…”?") in the article texts, ignoring case,
 * typographic quote style and white space. Returns the whole sentences around each match (one span, which may
 * cover several sentences when the quotation runs across them), at most {@value #MAX_MATCHES} in all.
 */
final class PhraseChannel {
    static final int MAX_MATCHES = 5;

    /** @param phrase the quotation the question contains, as the question's analysis found it */
    List<ChannelHit> find(CorpusSnapshot corpus, Optional<String> phrase, Scope scope) {
        List<ChannelHit> out = new ArrayList<>();
        if (phrase.isEmpty()) {
            return out;
        }
        String folded = FoldedText.fold(phrase.get(), LetterCase.IGNORED);
        for (ArticleView article : corpus.articlesWithTexts(scope)) {
            if (out.size() >= MAX_MATCHES) {
                break;
            }
            collect(article, folded, out);
        }
        return out;
    }

    /** Adds the article's matches until {@link #MAX_MATCHES} are found in all. */
    private static void collect(ArticleView article, String folded, List<ChannelHit> out) {
        int[] match = article.folded().find(folded, 0);
        while (match != null) {
            List<Passage> around = article.overlapping(match[0], match[1]);
            if (!around.isEmpty()) {
                Passage first = around.get(0);
                out.add(new ChannelHit(Channel.PHRASE, article.id(), first.paragraph(), first.start(),
                        around.get(around.size() - 1).end(), 1.0));
            }
            if (out.size() >= MAX_MATCHES) {
                return;
            }
            match = article.folded().find(folded, match[1]);
        }
    }
}

package dev.citebot.retrieve;

import dev.citebot.article.Sentence;

/** A stored sentence of an article, as retrieval sees it. */
public record Passage(long articleId, Sentence sentence) {
    public int start() {
        return sentence.start();
    }

    public int end() {
        return sentence.end();
    }

    public int paragraph() {
        return sentence.paragraph();
    }
}

package dev.citebot.retrieve;

import dev.citebot.article.StoredArticle;

/** What a corpus snapshot keeps of an article without its text: enough to cite it and to check a span against it. */
record ArticleHead(long id, String title, String source, int length) {
    static ArticleHead of(StoredArticle a) {
        return new ArticleHead(a.id(), a.title(), a.source(), a.text().length());
    }
}

package dev.citebot.cli.bench;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.ParsedArticle;
import dev.langchain4j.data.embedding.Embedding;

import java.util.List;

/** A real article, split, with the model's embedding of each sentence (kept from the raw throughput run). */
record EmbeddedArticle(ParsedArticle article, ArticleStructure structure, List<Embedding> embeddings) {
    EmbeddedArticle {
        embeddings = List.copyOf(embeddings);
    }
}

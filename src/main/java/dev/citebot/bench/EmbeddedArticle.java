package dev.citebot.bench;

import dev.citebot.ingest.ArticleStructure;
import dev.citebot.ingest.ParsedArticle;
import dev.langchain4j.data.embedding.Embedding;

import java.util.List;

/** A real article, split, with the model's embedding of each sentence (kept from the raw throughput run). */
record EmbeddedArticle(ParsedArticle article, ArticleStructure structure, List<Embedding> embeddings) {
    EmbeddedArticle {
        embeddings = List.copyOf(embeddings);
    }
}

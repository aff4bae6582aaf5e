package dev.citebot.retrieve;

/** The retriever that found a candidate span; the scorer weighs each one's finding differently. */
enum Channel {
    /** Nearest neighbours of the question's embedding in the embedding store; the score is LangChain4j's relevance. */
    DENSE,
    /** BM25 over the stored sentences; the score is the BM25 score. */
    LEXICAL,
    /** The sentences around a quotation the question contains; the score is always 1. */
    PHRASE
}

package dev.citebot.retrieve;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;

import java.util.Map;

/** A LangChain4j {@link Content} that also carries the {@link Evidence} it was scored as. */
record ScoredContent(TextSegment textSegment, Map<ContentMetadata, Object> metadata, Evidence evidence)
        implements Content {
}

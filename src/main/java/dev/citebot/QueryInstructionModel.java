package dev.citebot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;

/**
 * The model that embeds questions: the passage model with the model's query instruction put in front of every
 * text (bge-small-en-v1.5 is trained to find passages for "Represent this sentence for searching relevant
 * passages: " + question). Only the retriever gets it; the ingestor embeds passages with the bare model.
 */
final class QueryInstructionModel implements EmbeddingModel {
    private final EmbeddingModel model;
    private final String instruction;

    private QueryInstructionModel(EmbeddingModel model, String instruction) {
        this.model = model;
        this.instruction = instruction;
    }

    /** {@code model} itself when {@code instruction} is empty, else {@code model} with it in front of each text. */
    static EmbeddingModel of(EmbeddingModel model, String instruction) {
        return instruction.isEmpty() ? model : new QueryInstructionModel(model, instruction);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model.embedAll(segments.stream()
                .map(s -> TextSegment.from(instruction + s.text(), s.metadata()))
                .toList());
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}

package dev.citebot;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * The bundled all-MiniLM-L6-v2 (quantised) model of LangChain4j, its own files and encoder, with one difference:
 * its ONNX session computes each sentence on ONE thread. LangChain4j's model already runs one sentence per thread of
 * its executor, and its default session adds a pool of intra-op threads (one per core) to each of them that spin
 * while they wait, so on 2 cores four busy threads compete for two. The vectors are the same, bit for bit
 * (MiniLmModelIT); measured on 2,000 news sentences on 2 cores, the CPU time falls from 13.8 s to 8.8 s.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {
    static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    /** Loads the model (about a second); {@code executor} runs the sentences of one {@code embedAll} in parallel. */
    MiniLmModel(Executor executor) {
        super(executor);
        this.encoder = load();
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return BundledModel.DIMENSION;
    }

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = MiniLmModel.class.getClassLoader();
        try (InputStream model = open(loader, MODEL_FILE); InputStream tokenizer = open(loader, TOKENIZER_FILE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the bundled embedding model", e);
        }
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path");
        }
        return in;
    }
}

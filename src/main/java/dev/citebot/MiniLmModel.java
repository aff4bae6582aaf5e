package dev.citebot;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.citebot.retrieve.Lazy;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.DimensionAwareEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The bundled all-MiniLM-L6-v2 (quantised) model of LangChain4j — its files, tokenizer settings, mean pooling and
 * normalisation — run two ways on one ONNX session that computes each run on ONE thread:
 * <ul>
 *   <li>one sentence at a time ({@code batch} 1, a single segment, or a sentence over the model's 510 tokens):
 *   LangChain4j's own encoder, one sentence per thread of the executor; the vectors are LangChain4j's, bit for bit.
 *   Its default session adds a pool of spinning intra-op threads to each executor thread, so on 2 cores four busy
 *   threads competed for two; with one, 2,000 news sentences took 8.8 s of CPU instead of 13.8 s.</li>
 *   <li>in batches ({@code embedAll} of several segments): the sentences sorted by token count and cut into runs of
 *   up to {@code batch} sentences of similar length, padded and masked, one run per executor thread at a time
 *   (about half the CPU again). The model quantises its activations per run, so a sentence's vector depends
 *   slightly on the sentences run with it (cosine to the one-at-a-time vector 0.97–1.0, mean 0.99).</li>
 * </ul>
 * The tokenizer, as LangChain4j sets it up, cuts every text at 128 tokens ([CLS] and [SEP] included), so a longer
 * sentence is embedded on its first 126 tokens either way.
 */
final class MiniLmModel extends DimensionAwareEmbeddingModel {
    /** The length of the model's vectors. */
    static final int DIMENSION = 384;

    static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
    /** The longest sentence, in tokens without [CLS] and [SEP], that LangChain4j's encoder embeds in one piece. */
    static final int MAX_TOKENS = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    /**
     * The batches' own tokenizer, made by the first batch: making it parses the tokenizer's 700 KB of JSON, which a
     * start that answers questions (one sentence at a time, through LangChain4j's encoder and its own tokenizer) does
     * not need (a 100k start's CPU to its first answer: 4.58 → 4.43 s, medians of 6 launches).
     */
    private final Lazy<HuggingFaceTokenizer> tokenizer;
    private final boolean typeIds;
    private final Single single;
    private final Executor executor;
    private final int batch;

    /**
     * Loads the model (about a second) from the jar each time.
     *
     * @param executor runs the sentences (or batches) of one {@code embedAll} in parallel
     * @param batch    the most sentences in one run; 1 embeds one sentence at a time, as LangChain4j does
     */
    MiniLmModel(Executor executor, int batch) {
        this(executor, batch, Optional.empty());
    }

    /**
     * Loads the model, from its copy in {@code copies} when that is intact, else from the jar, and then keeps a copy
     * there for the next start (see {@link ModelFile}).
     *
     * @param executor runs the sentences (or batches) of one {@code embedAll} in parallel
     * @param batch    the most sentences in one run; 1 embeds one sentence at a time, as LangChain4j does
     * @param copies   the folder of the model's copy; empty: none is read or kept
     */
    MiniLmModel(Executor executor, int batch, Optional<Path> copies) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive");
        }
        ClassLoader loader = MiniLmModel.class.getClassLoader();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            byte[] tokenizerJson = read(loader, TOKENIZER_FILE);
            this.tokenizer = new Lazy<>(() -> batchTokenizer(tokenizerJson));
            options.setIntraOpNumThreads(1);
            this.environment = OrtEnvironment.getEnvironment();
            this.session = session(environment, new ModelFile(loader, MODEL_FILE, copies), options);
            this.typeIds = session.getInputNames().contains("token_type_ids");
            this.single = new Single(executor, new OnnxBertBiEncoder(environment, session,
                    new ByteArrayInputStream(tokenizerJson), PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the bundled embedding model", e);
        }
        this.executor = executor;
        this.batch = batch;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (batch == 1 || segments.size() < 2) {
            return single.embedAll(segments);
        }
        Embedding[] out = new Embedding[segments.size()];
        List<Tokens> batchable = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Tokens t = tokens(i, segments.get(i).text());
            if (t == null) {
                alone.add(i);
            } else {
                batchable.add(t);
            }
        }
        batchable.sort(Comparator.comparingInt(t -> t.ids().length));
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int from = 0; from < batchable.size(); from += batch) {
            List<Tokens> run = batchable.subList(from, Math.min(batchable.size(), from + batch));
            runs.add(CompletableFuture.runAsync(() -> embed(run, out), executor));
        }
        long tokens = batchable.stream().mapToLong(t -> t.ids().length).sum();
        if (!alone.isEmpty()) {
            Response<List<Embedding>> r = single.embedAll(alone.stream().map(segments::get).toList());
            for (int i = 0; i < alone.size(); i++) {
                out[alone.get(i)] = r.content().get(i);
            }
            tokens += r.tokenUsage() == null || r.tokenUsage().inputTokenCount() == null
                    ? 0 : r.tokenUsage().inputTokenCount();
        }
        join(runs);
        return Response.from(Arrays.asList(out), new TokenUsage((int) tokens));
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    private static HuggingFaceTokenizer batchTokenizer(byte[] json) {
        try {
            return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json), Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled tokenizer", e);
        }
    }

    /** Whether the batches' tokenizer has been made. */
    boolean batchTokenizerMade() {
        return tokenizer.computed();
    }

    /**
     * A sentence's token ids, or null when LangChain4j's encoder might not read it as one piece of these ids: it
     * splits the tokens of a sentence of 510 or more into parts, and re-reads the text it rebuilds from them; the
     * tokenizer's {@code encode} may also cut a long text short (the ids are used only if they are all the tokens).
     */
    private Tokens tokens(int index, String text) {
        HuggingFaceTokenizer tokenizer = this.tokenizer.get();
        List<String> all = tokenizer.tokenize(text);
        if (all.size() < 3 || all.size() - 2 >= MAX_TOKENS) {
            return null;
        }
        List<String> inner = all.subList(1, all.size() - 1);
        List<String> again = tokenizer.tokenize(tokenizer.buildSentence(inner));
        Encoding e = tokenizer.encode(text, true, false);
        if (again.size() != all.size() || !again.subList(1, again.size() - 1).equals(inner)
                || e.getIds().length != all.size()) {
            return null;
        }
        return new Tokens(index, e.getIds(), e.getTypeIds());
    }

    private void embed(List<Tokens> run, Embedding[] out) {
        int length = run.get(run.size() - 1).ids().length;
        long[] shape = {run.size(), length};
        long[] ids = new long[run.size() * length];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int r = 0; r < run.size(); r++) {
            Tokens t = run.get(r);
            System.arraycopy(t.ids(), 0, ids, r * length, t.ids().length);
            System.arraycopy(t.types(), 0, types, r * length, t.types().length);
            Arrays.fill(mask, r * length, r * length + t.ids().length, 1L);
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int r = 0; r < run.size(); r++) {
                    out[run.get(r).index()] = Embedding.from(meanNormalised(hidden, r, length, run.get(r).ids().length));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        }
    }

    /** LangChain4j's mean pooling and normalisation, in its order of float operations, over the row's own tokens. */
    private static float[] meanNormalised(FloatBuffer hidden, int row, int length, int tokens) {
        int dimension = DIMENSION;
        float[] mean = new float[dimension];
        for (int t = 0; t < tokens; t++) {
            int at = (row * length + t) * dimension;
            for (int d = 0; d < dimension; d++) {
                mean[d] += hidden.get(at + d);
            }
        }
        float squares = 0;
        for (int d = 0; d < dimension; d++) {
            mean[d] /= tokens;
            squares += mean[d] * mean[d];
        }
        float norm = (float) Math.sqrt(squares);
        for (int d = 0; d < dimension; d++) {
            mean[d] /= norm;
        }
        return mean;
    }

    private static void join(List<CompletableFuture<Void>> runs) {
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The session, built from the model's plain file when there is one, else from the jar's bytes, then copied. */
    private static OrtSession session(OrtEnvironment environment, ModelFile model, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        Optional<Path> file = model.file();
        if (file.isPresent()) {
            return environment.createSession(file.get().toString(), options);
        }
        byte[] bytes = model.read();
        OrtSession session = environment.createSession(bytes, options);
        model.keep(bytes);
        return session;
    }

    private static byte[] read(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    /** One sentence's place in the call and its token ids (with [CLS] and [SEP]) and token type ids. */
    private record Tokens(int index, long[] ids, long[] types) {
    }

    /** LangChain4j's in-process model over our session: one sentence per executor thread. */
    private static final class Single extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Single(Executor executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}

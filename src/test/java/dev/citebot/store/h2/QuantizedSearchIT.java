package dev.citebot.store.h2;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quantised search of {@link H2EmbeddingStore} (sign bits, then int8 codes; see {@link VectorIndex}) against
 * exact float search (LangChain4j's {@link InMemoryEmbeddingStore}) on a realistic
 * set: real all-MiniLM-L6-v2 embeddings of 600 news-style sentences written for this test, each with
 * {@value #VARIANTS} near neighbours (the embedding plus noise, cosine about 0.8 to it, as paraphrases are), so that
 * the store is large enough for the sign-bit pass and dense with near ties; queries are real embeddings of 40
 * questions. Tolerance: {@link ExactnessCheck} for the best 10 and the best 30 of every question (scores within
 * {@link VectorIndex#SCORE_TOLERANCE}, exact order and no row missed except among exact scores within twice that),
 * and at least 99 % of the exact best 10 and best 30 found overall (recall at 10 and at 30).
 */
class QuantizedSearchIT {
    private static final String[] SPEAKERS = {"the prime minister", "the finance minister", "the mayor",
        "a Kremlin spokesman", "the union leader", "the central bank governor", "the army chief", "the health minister"};
    private static final String[] TOPICS = {"the new tax on fuel", "the strike at the port", "the flood defences",
        "the ceasefire talks", "interest rates", "the hospital waiting lists", "the border crossings",
        "the election date", "the price of bread", "the railway strike", "the grain exports", "the nuclear plant",
        "the school closures", "the fishing quotas", "the army reservists", "the gas pipeline", "the housing shortage",
        "the pension reform", "the drought", "the budget deficit", "the refugee camps", "the coal mines",
        "the police reform", "the vaccine supply", "the airport expansion"};
    private static final String[] FRAMES = {"%s said on Monday that %s would be settled within weeks.",
        "%s warned that %s could cost thousands of jobs.", "According to %s, nobody had been told about %s."};
    private static final int VARIANTS = 20;
    private static final int K = 30;

    @TempDir
    Path dir;

    @Test
    void theQuantisedSearchFindsWhatExactFloatSearchFinds() {
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Embedding> sentences = embed(model, sentences());
        List<Embedding> questions = embed(model, questions());
        InMemoryEmbeddingStore<TextSegment> exact = new InMemoryEmbeddingStore<>();
        try (Database db = Database.open(dir.resolve("citebot"))) {
            H2EmbeddingStore store = H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build();
            Map<String, float[]> byId = fill(store, exact, sentences);
            assertThat(store.rows().size()).isGreaterThan(VectorIndex.EXACT_ROWS);

            int found10 = 0;
            int found30 = 0;
            double maxError = 0;
            for (Embedding q : questions) {
                List<String> exact10 = ids(exact.search(request(q, 10)).matches());
                List<String> exact30 = ids(exact.search(request(q, K)).matches());
                ToDoubleFunction<String> score = id -> RelevanceScoreOf.cosine(byId.get(id), q.vector());
                found10 += ExactnessCheck.check(store.search(request(q, 10)).matches(), exact10, score);
                List<EmbeddingMatch<TextSegment>> ours30 = store.search(request(q, K)).matches();
                found30 += ExactnessCheck.check(ours30, exact30, score);
                for (EmbeddingMatch<TextSegment> m : ours30) {
                    maxError = Math.max(maxError, Math.abs(m.score() - score.applyAsDouble(m.embeddingId())));
                }
            }
            System.out.printf("QuantizedSearchIT: recall@10 %d/%d, recall@30 %d/%d, largest score error %.5f%n",
                    found10, 10 * questions.size(), found30, K * questions.size(), maxError);
            assertThat(found10).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * 10 * questions.size()));
            assertThat(found30).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * K * questions.size()));
        }
    }

    private static EmbeddingSearchRequest request(Embedding q, int k) {
        return EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(k).build();
    }

    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).toList();
    }

    /** Each sentence's embedding, then its variants, in blocks through the store and into the reference. */
    private static Map<String, float[]> fill(H2EmbeddingStore store, InMemoryEmbeddingStore<TextSegment> exact,
                                             List<Embedding> real) {
        Map<String, float[]> byId = new HashMap<>();
        Random random = new Random(11);
        for (int s = 0; s < real.size(); s++) {
            List<String> ids = new ArrayList<>();
            List<Embedding> vectors = new ArrayList<>();
            ids.add("s" + s);
            vectors.add(real.get(s));
            for (int v = 0; v < VARIANTS; v++) {
                ids.add("s" + s + "v" + v);
                vectors.add(variant(real.get(s).vector(), random));
            }
            List<TextSegment> segments = ids.stream().map(TextSegment::from).toList();
            store.addAll(ids, vectors, segments);
            exact.addAll(ids, vectors, segments);
            for (int i = 0; i < ids.size(); i++) {
                byId.put(ids.get(i), vectors.get(i).vector());
            }
        }
        return byId;
    }

    /** The unit vector plus Gaussian noise of 0.75 times its length: cosine about 0.8 to the original. */
    private static Embedding variant(float[] vector, Random random) {
        float[] unit = VectorMath.normalized(vector);
        float sigma = (float) (0.75 / Math.sqrt(unit.length));
        float[] v = new float[unit.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = unit[i] + sigma * (float) random.nextGaussian();
        }
        return Embedding.from(v);
    }

    private static List<Embedding> embed(EmbeddingModel model, List<String> texts) {
        List<Embedding> out = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 64) {
            out.addAll(model.embedAll(texts.subList(from, Math.min(texts.size(), from + 64)).stream()
                    .map(TextSegment::from).toList()).content());
        }
        return out;
    }

    private static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (String topic : TOPICS) {
                for (String frame : FRAMES) {
                    out.add(capitalised(String.format(frame, speaker, topic)));
                }
            }
        }
        return out;
    }

    private static List<String> questions() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add("What did " + SPEAKERS[i % SPEAKERS.length] + " say about " + TOPICS[(i * 7) % TOPICS.length] + "?");
        }
        return out;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** LangChain4j's relevance score of the cosine of two vectors, computed in double precision. */
    private static final class RelevanceScoreOf {
        static double cosine(float[] a, float[] b) {
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int i = 0; i < a.length; i++) {
                dot += (double) a[i] * b[i];
                na += (double) a[i] * a[i];
                nb += (double) b[i] * b[i];
            }
            return dev.langchain4j.store.embedding.RelevanceScore.fromCosineSimilarity(dot / Math.sqrt(na * nb));
        }
    }
}

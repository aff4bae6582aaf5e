package dev.citebot.cli.bench;


import dev.citebot.cli.context.Application;
import dev.citebot.article.ArticleStructure;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Passages;
import dev.citebot.article.Sentence;
import dev.citebot.store.Transaction;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Fills our store (through the normal article, embedding and attribution-index writes, one transaction per article,
 * as an ingest leaves them) and a baseline {@link InMemoryEmbeddingStore} with the same rows, up to a target size:
 * the real articles first, with their real embeddings, then synthetic copies of them. A synthetic copy is a real article's text with a marker line appended
 * (so its SHA-256 differs) whose sentences get random unit vectors instead of embeddings. The last article added may
 * be cut short so that the store holds exactly the target. The baseline is filled only up to a limit; past it, it is
 * dropped (see {@link #baseline()}).
 */
final class CorpusGrower {
    private final Application app;
    private final List<EmbeddedArticle> real;
    private final int baselineMax;
    private final Random random;
    private InMemoryEmbeddingStore<TextSegment> baseline;
    private int next;
    private int synthetic;

    CorpusGrower(Application app, List<EmbeddedArticle> real, InMemoryEmbeddingStore<TextSegment> baseline,
                 int baselineMax, Random random) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("need at least one real article to grow from");
        }
        this.app = app;
        this.real = real;
        this.baseline = baseline;
        this.baselineMax = baselineMax;
        this.random = random;
    }

    /** Adds articles until our store holds {@code target} rows (or more, if it already did). */
    void growTo(int target) {
        while (app.store().size() < target) {
            int room = target - app.store().size();
            EmbeddedArticle source = real.get(next % real.size());
            int copy = next++ / real.size();
            add(copy == 0 ? source : syntheticCopy(source, copy), room, copy > 0);
        }
    }

    int synthetic() {
        return synthetic;
    }

    /** The baseline store holding the same rows as ours, or null once ours has grown past the baseline's limit. */
    InMemoryEmbeddingStore<TextSegment> baseline() {
        return baseline;
    }

    private EmbeddedArticle syntheticCopy(EmbeddedArticle source, int copy) {
        ParsedArticle a = source.article();
        ParsedArticle text = new ParsedArticle(a.title() + " (synthetic copy " + copy + ")",
                a.text() + "\n\n[synthetic copy " + copy + "]", "synthetic:" + copy + ":" + a.source());
        List<Embedding> vectors = new ArrayList<>(source.embeddings().size());
        for (int i = 0; i < source.embeddings().size(); i++) {
            vectors.add(randomUnitVector(source.embeddings().get(i).dimension()));
        }
        return new EmbeddedArticle(text, source.structure(), vectors);
    }

    private void add(EmbeddedArticle e, int room, boolean isSynthetic) {
        ArticleStructure structure = e.structure();
        int count = Math.min(room, structure.sentences().size());
        List<Sentence> sentences = structure.sentences().subList(0, count);
        List<Embedding> vectors = e.embeddings().subList(0, count);
        List<TextSegment> segments = app.transactions().inTransaction(tx -> store(tx, e.article(), structure, sentences,
                vectors));
        baseline = app.store().size() > baselineMax ? null : baseline;
        if (baseline != null) {
            baseline.addAll(vectors, segments);
        }
        synthetic += isSynthetic ? count : 0;
    }

    private List<TextSegment> store(Transaction tx, ParsedArticle article, ArticleStructure structure,
                                    List<Sentence> sentences, List<Embedding> vectors) {
        long id = app.articles().insert(tx, article, sha256(article.text()), structure.paragraphs());
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        List<String> ids = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            segments.add(Passages.segment(id, s, article.text()));
            ids.add(id + "-" + s.index());
        }
        app.store().addAll(tx, ids, vectors, segments);
        app.attributions().index(tx, id, article.text(), structure);
        return segments;
    }

    private Embedding randomUnitVector(int dimension) {
        float[] v = new float[dimension];
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            sum += (double) v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < dimension; i++) {
            v[i] *= scale;
        }
        return Embedding.from(v);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

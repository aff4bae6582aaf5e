package dev.citebot.bench;

import dev.citebot.App;
import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.ParsedArticle;
import dev.citebot.ingest.Sentence;
import dev.citebot.retrieve.Scope;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures, in one warm process: the model's raw {@code embedAll} throughput, our ingest throughput on the same
 * articles, and end-to-end answer latency over a list of questions. Numbers come from wall-clock time of the
 * whole batch, never from timed unit tests.
 */
public final class Benchmark {
    static final int BATCH = 64;
    static final int ROUNDS = 5;

    private final ArticleReader reader;
    private final ArticleSplitter splitter;
    private final EmbeddingModel model;

    public Benchmark(ArticleReader reader, ArticleSplitter splitter, EmbeddingModel model) {
        this.reader = reader;
        this.splitter = splitter;
        this.model = model;
    }

    /** @param app an application on a database that holds none of {@code articleFiles} yet */
    public BenchReport run(App app, List<Path> articleFiles, List<String> questions) {
        List<ParsedArticle> articles = articleFiles.stream().map(reader::read).toList();
        List<TextSegment> sentences = sentences(articles);
        embedAll(sentences.subList(0, Math.min(sentences.size(), 2 * BATCH)));
        double raw = perSecond(sentences.size(), () -> embedAll(sentences));
        int[] stored = new int[1];
        double ingest = perSecond(sentences.size(), () -> {
            for (ParsedArticle a : articles) {
                IngestResult r = app.ingestor().ingest(a);
                stored[0] += r.alreadyPresent() ? 0 : r.sentences();
            }
        });
        double[] latencies = askLatencies(app.answerer(), questions);
        Percentiles p = new Percentiles(latencies);
        return new BenchReport(articles.size(), stored[0], raw, ingest, latencies.length, p.at(50), p.at(95), p.at(99));
    }

    private List<TextSegment> sentences(List<ParsedArticle> articles) {
        List<TextSegment> out = new ArrayList<>();
        for (ParsedArticle a : articles) {
            for (Sentence s : splitter.split(a).sentences()) {
                out.add(TextSegment.from(s.text(a.text())));
            }
        }
        return out;
    }

    private void embedAll(List<TextSegment> sentences) {
        for (int from = 0; from < sentences.size(); from += BATCH) {
            model.embedAll(sentences.subList(from, Math.min(sentences.size(), from + BATCH)));
        }
    }

    private static double[] askLatencies(ExtractiveAnswerer answerer, List<String> questions) {
        for (String q : questions) {
            answerer.answer(q, Scope.ALL);
        }
        double[] out = new double[questions.size() * ROUNDS];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : questions) {
                long t = System.nanoTime();
                answerer.answer(q, Scope.ALL);
                out[i++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return out;
    }

    private static double perSecond(int count, Runnable work) {
        long t = System.nanoTime();
        work.run();
        return count / ((System.nanoTime() - t) / 1e9);
    }
}

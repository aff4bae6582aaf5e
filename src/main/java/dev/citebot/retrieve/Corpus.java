package dev.citebot.retrieve;

import dev.citebot.ingest.Paragraph;
import dev.citebot.ingest.Passages;
import dev.citebot.store.ArticleRepository;
import dev.citebot.store.H2EmbeddingStore;
import dev.citebot.store.StoredArticle;
import dev.langchain4j.data.segment.TextSegment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles and passages questions are answered from. Reads the database only when the embedding store's
 * version has moved since the last snapshot (an ingest), so a question costs no database access.
 */
public final class Corpus {
    private final ArticleRepository repository;
    private final H2EmbeddingStore store;
    private volatile CorpusSnapshot snapshot;

    public Corpus(ArticleRepository repository, H2EmbeddingStore store) {
        this.repository = repository;
        this.store = store;
    }

    public CorpusSnapshot snapshot() {
        CorpusSnapshot current = snapshot;
        if (current != null && current.version() == store.version()) {
            return current;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.version() != store.version()) {
                snapshot = build(store.version());
            }
            return snapshot;
        }
    }

    private CorpusSnapshot build(long version) {
        Map<Long, List<Passage>> byArticle = new HashMap<>();
        List<Passage> passages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (H2EmbeddingStore.Entry entry : store.entries()) {
            TextSegment segment = entry.segment();
            if (segment == null || !Passages.isPassage(segment)) {
                continue;
            }
            Passage passage = new Passage(Passages.articleId(segment), Passages.sentence(segment));
            passages.add(passage);
            texts.add(segment.text());
            byArticle.computeIfAbsent(passage.articleId(), k -> new ArrayList<>()).add(passage);
        }
        Map<Long, List<Paragraph>> paragraphs = repository.allParagraphs();
        Map<String, String> vocabulary = new ConcurrentHashMap<>();
        List<ArticleView> views = repository.all().parallelStream()
                .map(a -> view(a, paragraphs.getOrDefault(a.id(), List.of()), byArticle.getOrDefault(a.id(), List.of()),
                        vocabulary))
                .toList();
        Map<Long, ArticleView> articles = new LinkedHashMap<>();
        for (ArticleView v : views) {
            articles.put(v.id(), v);
        }
        return new CorpusSnapshot(version, Collections.unmodifiableMap(articles), List.copyOf(passages),
                LexicalIndex.build(texts));
    }

    /** @param vocabulary one instance of every word, shared by all articles' word sets */
    private static ArticleView view(StoredArticle article, List<Paragraph> paragraphs, List<Passage> passages,
                                    Map<String, String> vocabulary) {
        List<Passage> own = new ArrayList<>(passages);
        own.sort(Comparator.comparingInt(Passage::start));
        Set<String> words = new HashSet<>();
        for (String w : Tokenizer.words(article.text())) {
            words.add(vocabulary.computeIfAbsent(w, k -> k));
        }
        return new ArticleView(article, paragraphs, List.copyOf(own), NormalizedText.of(article.text()),
                Set.copyOf(words));
    }
}

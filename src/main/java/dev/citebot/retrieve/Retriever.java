package dev.citebot.retrieve;

import dev.citebot.article.Scope;
import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerFinder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hybrid retrieval, built once and shared by every question: a dense channel (the question's embedding searched
 * in our LangChain4j embedding store), a BM25 channel and a quoted-phrase channel each propose up to
 * {@value #CANDIDATES_PER_CHANNEL} spans, and {@link EvidenceScorer} fuses and re-scores them into scored
 * {@link Evidence}, best first.
 *
 * <p>The channels run one after the other on the caller's thread. The dense one (embedding the question) takes
 * nearly all the time: over the 50 questions of {@code bench} on the PolNeAR dev articles (3,040 passages) a
 * question spent on average 3.3 ms in it (2.6 of them embedding the question), 0.07 ms in the lexical channel,
 * 0.14 ms in the phrase channel and 0.3 ms scoring. Running the other two beside it would save under a millisecond
 * while taking a second core from concurrent questions (the bot answers different chats in parallel). Safe to call
 * from several threads.
 */
public final class Retriever {
    static final int CANDIDATES_PER_CHANNEL = 30;

    private final Corpus corpus;
    private final DenseChannel dense;
    private final LexicalChannel lexical = new LexicalChannel(CANDIDATES_PER_CHANNEL);
    private final PhraseChannel phrase = new PhraseChannel();
    private final EvidenceScorer scorer;
    private final SpeakerFinder speakers;

    public Retriever(Corpus corpus, EmbeddingStore<TextSegment> store, EmbeddingModel model, SpeakerFinder speakers,
                     ScoringWeights weights) {
        this.corpus = corpus;
        this.dense = new DenseChannel(store, model, CANDIDATES_PER_CHANNEL);
        this.scorer = new EvidenceScorer(speakers, weights);
        this.speakers = speakers;
    }

    /** Who speaks in the sentence {@code [start, end)} of an article, as the evidence of a search names them. */
    public Optional<Speaker> speakerOf(long articleId, String articleText, int start, int end) {
        return speakers.find(articleId, articleText, start, end);
    }

    /**
     * The evidence for {@code question} within {@code scope}, best first.
     *
     * @param snapshot the corpus as {@link #corpus()} gave it for this question, so that everything one question
     *                 reads comes from one version of the store
     */
    public List<Evidence> retrieve(CorpusSnapshot snapshot, QuestionAnalysis question, Scope scope) {
        List<ChannelHit> hits = new ArrayList<>(dense.find(question.text(), scope));
        hits.addAll(lexical.find(snapshot, question.text(), scope));
        hits.addAll(phrase.find(snapshot, question.quotedPhrase(), scope));
        return scorer.rank(snapshot, question, hits);
    }

    /** The current corpus snapshot; rebuilt only after an ingest (see {@link Corpus#snapshot}). */
    public CorpusSnapshot corpus() {
        return corpus.snapshot();
    }
}

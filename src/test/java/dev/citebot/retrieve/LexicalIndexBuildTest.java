package dev.citebot.retrieve;

import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Sentence;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index built from spans of texts scanned once agrees exactly (every IDF, every ranked hit and score) with BM25
 * computed by brute force from the formula over each document's own text ({@link ReferenceLexicalIndex}), on a real
 * article split into its sentences and on spans that cut through words.
 */
class LexicalIndexBuildTest {
    private static final String TRICKY = "O’Brien’s ‘plan’ — don't. ÉCOLE, naïve café; U.S. troops' 2016 vote's end."
            + " Straße ÖL İstanbul ǅemal";

    @Test
    void sentenceSpansOfARealArticleIndexExactlyAsTheirOwnTexts() throws IOException {
        ParsedArticle seed = seedArticle();
        List<Sentence> sentences = new ArticleSplitter().split(seed).sentences();
        Docs docs = new Docs(List.of(seed.text(), TRICKY));
        for (Sentence s : sentences) {
            docs.span(0, s.start(), s.end());
        }
        docs.span(1, 0, 9);
        docs.own("An own text, not cut from any: Peskov’s aides said so.");

        assertAgree(docs);
    }

    @Test
    void spansThatCutThroughWordsOrApostrophesAreTokenisedOnTheirOwn() {
        Docs docs = new Docs(List.of(TRICKY, "abc'def ghi’jkl mno"));
        for (int start = 0; start < TRICKY.length(); start += 3) {
            docs.span(0, start, Math.min(TRICKY.length(), start + 11));
        }
        docs.span(1, 3, 7);
        docs.span(1, 4, 8);
        docs.span(1, 0, 3);
        docs.span(1, 2, 2);

        assertAgree(docs);
    }

    @Test
    void everyWordOfTheTextsIsKnownEvenOutsideTheSpans() throws IOException {
        ParsedArticle seed = seedArticle();
        Docs docs = new Docs(List.of(seed.text(), TRICKY));
        docs.span(0, seed.text().length() - 20, seed.text().length());
        LexicalIndex index = LexicalIndex.build(docs.spans());

        for (String text : List.of(seed.text(), TRICKY)) {
            assertThat(SearchTerms.words(text)).allSatisfy(w -> assertThat(index.hasWord(w)).as(w).isTrue());
        }
        assertThat(index.hasWord("kiev’s")).isFalse();
        assertThat(index.hasWord("zzzz")).isFalse();
    }

    @Test
    void aSavedIndexLoadsBackEqualAndAnythingElseIsRefused() throws IOException {
        ParsedArticle seed = seedArticle();
        Docs docs = new Docs(List.of(seed.text(), TRICKY));
        for (Sentence s : new ArticleSplitter().split(seed).sentences()) {
            docs.span(0, s.start(), s.end());
        }
        LexicalIndex index = LexicalIndex.build(docs.spans());
        byte[] saved = index.save();

        LexicalIndex loaded = LexicalIndex.load(new java.io.ByteArrayInputStream(saved));

        assertThat(loaded.size()).isEqualTo(index.size());
        for (String term : SearchTerms.tokens(seed.text() + " " + TRICKY)) {
            assertThat(loaded.idf(term)).isEqualTo(index.idf(term));
        }
        for (String word : SearchTerms.words(seed.text() + " " + TRICKY)) {
            assertThat(loaded.hasWord(word)).isTrue();
        }
        for (String text : docs.texts()) {
            assertThat(loaded.search(SearchTerms.terms(text), d -> true, 10))
                    .isEqualTo(index.search(SearchTerms.terms(text), d -> true, 10));
        }
        byte[] otherFormat = saved.clone();
        otherFormat[3]++;
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> LexicalIndex.load(new java.io.ByteArrayInputStream(otherFormat))).isInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LexicalIndex.load(
                new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(saved, saved.length - 1))))
                .isInstanceOf(IOException.class);
    }

    /**
     * A tripwire for saved indexes: if this fails, the tokeniser, the weighting or the saved layout changed, and an
     * index saved by an older build would be loaded as if it were current. Bump {@link LexicalIndex#FORMAT}, then
     * update both expectations here.
     */
    @Test
    void theSavedFormatVersionNamesTheTokeniserAndWeightingItWasMadeWith() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(LexicalIndex.build(List.of("The mayor warned that ferries would be cut.",
                "Kiev’s allies: “We won't send troops,” said O’Brien in 2016.",
                "Bridges, not ferries, are the future.")).save());

        assertThat(LexicalIndex.FORMAT).isEqualTo(2);
        assertThat(Long.toHexString(crc.getValue())).isEqualTo("b4ec6cdb");
    }

    private static void assertAgree(Docs docs) {
        LexicalIndex index = LexicalIndex.build(docs.spans());
        ReferenceLexicalIndex reference = ReferenceLexicalIndex.build(docs.texts());

        assertThat(index.size()).isEqualTo(reference.size());
        Set<String> terms = new LinkedHashSet<>(List.of("absent", "zzz"));
        for (String text : docs.texts()) {
            terms.addAll(SearchTerms.tokens(text));
        }
        for (String term : terms) {
            assertThat(index.idf(term)).as(term).isEqualTo(reference.idf(term));
            assertThat(index.contains(term)).as(term).isEqualTo(reference.contains(term));
        }
        List<List<String>> queries = new ArrayList<>();
        terms.forEach(t -> queries.add(List.of(t)));
        docs.texts().forEach(t -> queries.add(SearchTerms.terms(t)));
        queries.add(SearchTerms.terms("What did Peskov say about troops in Ukraine?"));
        for (List<String> q : queries) {
            for (int k : new int[]{1, 5, 30}) {
                assertThat(index.search(q, d -> d % 7 != 3, k)).as("%s k=%d", q, k)
                        .isEqualTo(reference.search(q, d -> d % 7 != 3, k));
            }
        }
    }

    private static ParsedArticle seedArticle() throws IOException {
        try (InputStream in = LexicalIndexBuildTest.class.getResourceAsStream("/seed-article.txt")) {
            return new ArticleReader().parse("seed-article.txt", in.readAllBytes(), "seed");
        }
    }

    /** Documents as spans of texts, and each document's own text for the reference. */
    private static final class Docs {
        private final List<String> sources;
        private final List<Integer> text = new ArrayList<>();
        private final List<Integer> start = new ArrayList<>();
        private final List<Integer> end = new ArrayList<>();
        private final List<String> own = new ArrayList<>();

        Docs(List<String> sources) {
            this.sources = sources;
        }

        void span(int t, int from, int to) {
            text.add(t);
            start.add(from);
            end.add(to);
            own.add(null);
        }

        void own(String value) {
            text.add(-1);
            start.add(0);
            end.add(0);
            own.add(value);
        }

        List<String> texts() {
            List<String> out = new ArrayList<>();
            for (int d = 0; d < text.size(); d++) {
                out.add(text.get(d) < 0 ? own.get(d) : sources.get(text.get(d)).substring(start.get(d), end.get(d)));
            }
            return out;
        }

        LexicalIndex.Spans spans() {
            return new LexicalIndex.Spans(sources, text.stream().mapToInt(Integer::intValue).toArray(),
                    start.stream().mapToInt(Integer::intValue).toArray(),
                    end.stream().mapToInt(Integer::intValue).toArray(), own.toArray(String[]::new));
        }
    }
}

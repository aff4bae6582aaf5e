package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexicalIndexTest {
    private final LexicalIndex index = LexicalIndex.build(List.of(
            "The ferry to the island was late again.",
            "The mayor warned that ferries would be cut.",
            "Bridges, not ferries, are the future, the mayor said.",
            "Nothing about boats here."));

    @Test
    void ranksTheDocumentsSharingTheRarestTermsFirst() {
        List<LexicalIndex.Hit> hits = index.search(SearchTerms.terms("Who warned about ferry cuts?"), d -> true, 10);

        assertThat(hits).extracting(LexicalIndex.Hit::doc).startsWith(1);
        assertThat(hits).extracting(LexicalIndex.Hit::doc).doesNotContain(3);
    }

    @Test
    void respectsTheFilterAndTheLimit() {
        List<LexicalIndex.Hit> hits = index.search(SearchTerms.terms("ferry mayor"), d -> d != 1, 1);

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).doc()).isEqualTo(2);
    }

    @Test
    void rarerTermsWeighMore() {
        assertThat(index.idf(SearchTerms.stem("island"))).isGreaterThan(index.idf(SearchTerms.stem("ferry")))
                .isGreaterThan(0);
        assertThat(index.idf("absent")).isZero();
    }

    @Test
    void listsTheDocumentsHoldingATermInOrderAndCountsThem() {
        String ferry = SearchTerms.stem("ferries");

        assertThat(index.documents(ferry).toArray()).containsExactly(0, 1, 2);
        assertThat(index.documentFrequency(ferry)).isEqualTo(3);
        assertThat(index.documents(SearchTerms.stem("boats")).toArray()).containsExactly(3);
        assertThat(index.documents("absent").toArray()).isEmpty();
        assertThat(index.documentFrequency("absent")).isZero();
    }
}

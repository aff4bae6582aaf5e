package dev.citebot.text;

import dev.citebot.text.Folding.LetterCase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedTextTest {
    private static final String TEXT = "He said  “no one wants\nto send troops” — and left. ‘Dead’ plans.";

    @Test
    void findsAPhraseWrittenWithOtherQuotesCaseAndSpacing() {
        FoldedText n = FoldedText.of(TEXT, LetterCase.IGNORED);

        int[] span = n.find(fold("\"No one wants to send troops\""), 0);

        assertThat(span).isNotNull();
        assertThat(TEXT.substring(span[0], span[1])).isEqualTo("“no one wants\nto send troops”");
    }

    @Test
    void searchesOnlyAfterTheGivenOffset() {
        FoldedText n = FoldedText.of("dead or alive, dead again", LetterCase.IGNORED);
        int[] first = n.find("dead", 0);
        int[] second = n.find("dead", first[1]);

        assertThat(first[0]).isZero();
        assertThat(second[0]).isEqualTo(15);
        assertThat(n.find("dead", second[1])).isNull();
    }

    @Test
    void foldsDashesAndSingleQuotes() {
        FoldedText n = FoldedText.of(TEXT, LetterCase.IGNORED);
        int[] span = n.find("- and left. 'dead'", 0);

        assertThat(TEXT.substring(span[0], span[1])).isEqualTo("— and left. ‘Dead’");
        assertThat(n.find("absent phrase", 0)).isNull();
    }

    @Test
    void everySpanFoundFoldsBackToThePhraseAndLaterSearchesStartAfterIt() {
        String text = "  A  “b”\n\n c—d ’e’ b  ";
        FoldedText n = FoldedText.of(text, LetterCase.IGNORED);
        String folded = n.folded();
        for (int from = 0; from < folded.length(); from++) {
            for (int to = from + 1; to <= folded.length(); to++) {
                String phrase = folded.substring(from, to).strip();
                if (!phrase.isEmpty()) {
                    int[] span = n.find(phrase, 0);
                    assertThat(fold(text.substring(span[0], span[1]))).as(phrase).isEqualTo(phrase);
                }
            }
        }
        int[] first = n.find("b", 0);
        int[] second = n.find("b", first[1]);
        assertThat(text.substring(second[0], second[1])).isEqualTo("b");
        assertThat(second[0]).isGreaterThan(first[0]);
        assertThat(n.find("b", second[1])).isNull();
    }

    @Test
    void phraseRetrievalAndQuoteVerificationDifferOnlyInLetterCase() {
        String text = "Lee said: «It’s over — for now»  and left.";
        FoldedText kept = FoldedText.of(text, LetterCase.KEPT);

        int[] span = kept.find(FoldedText.fold("\"It's over - for now\"", LetterCase.KEPT), 0);
        assertThat(text.substring(span[0], span[1])).isEqualTo("«It’s over — for now»");
        assertThat(kept.find(FoldedText.fold("it's over", LetterCase.KEPT), 0)).isNull();
        assertThat(FoldedText.of(text, LetterCase.IGNORED).folded()).isEqualTo(kept.folded().toLowerCase());
    }

    private static String fold(String phrase) {
        return FoldedText.fold(phrase, LetterCase.IGNORED);
    }
}

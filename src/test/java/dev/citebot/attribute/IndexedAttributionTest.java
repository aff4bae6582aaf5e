package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An attribution whose content is read on demand, on a text of our own. */
class IndexedAttributionTest {
    private static final String TEXT = "The ferry runs late. “The engines are old,” said Ola Berg, the skipper.";
    private static final int START = TEXT.indexOf('“');
    private static final int END = TEXT.indexOf(',', START) + 2;
    private final Attribution berg = new Attribution(new Speaker("Ola Berg", "Ola Berg", "the skipper",
            TEXT.indexOf("Ola"), TEXT.indexOf(", the")), "said", END + 1, END + 5, START, END,
            Attribution.Kind.DIRECT);

    @Test
    void theContentIsReadFromTheArticlesTextEachTimeItIsAskedForAndOnlyThen() {
        AtomicInteger reads = new AtomicInteger();
        IndexedAttribution a = counted(reads);

        assertThat(reads).hasValue(0);
        assertThat(a.contentWords()).isEqualTo(4);
        assertThat(a.content()).isEqualTo("“The engines are old,”");
        assertThat(a.content()).isEqualTo("“The engines are old,”");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anArticleNoLongerStoredGivesAnEmptyContent() {
        IndexedAttribution a = IndexedAttribution.readOnDemand(3, "ferry.txt", 1, berg, TEXT.substring(START, END),
                id -> Optional.empty());

        assertThat(a.content()).isEmpty();
        assertThat(a.contentWords()).isEqualTo(4);
    }

    @Test
    void aCopyWithItsContentAtHandReadsNothingMore() {
        AtomicInteger reads = new AtomicInteger();
        IndexedAttribution a = counted(reads);

        IndexedAttribution held = a.withContentFrom(TEXT);

        assertThat(held).isEqualTo(a);
        assertThat(held.content()).isEqualTo("“The engines are old,”");
        assertThat(a.withContentFrom(null).content()).isEmpty();
        assertThat(a.withContentFrom("The ferry").content()).isEmpty();
        assertThat(reads).hasValue(0);
    }

    @Test
    void heldAndReadOnDemandAreEqualWhenArticleParagraphAndAttributionAre() {
        IndexedAttribution held = new IndexedAttribution(3, "ferry.txt", 1, berg, TEXT.substring(START, END));
        IndexedAttribution read = IndexedAttribution.readOnDemand(3, "ferry.txt", 1, berg,
                TEXT.substring(START, END), id -> Optional.of(TEXT));

        assertThat(read).isEqualTo(held).hasSameHashCodeAs(held);
        assertThat(read).isNotEqualTo(new IndexedAttribution(4, "ferry.txt", 1, berg, TEXT.substring(START, END)));
        assertThat(held.contentWords()).isEqualTo(read.contentWords());
    }

    /** The attribution of article 3, whose text is {@link #TEXT}, read on demand and its reads counted. */
    private IndexedAttribution counted(AtomicInteger reads) {
        return IndexedAttribution.readOnDemand(3, "ferry.txt", 1, berg, TEXT.substring(START, END), id -> {
            reads.incrementAndGet();
            return id == 3 ? Optional.of(TEXT) : Optional.empty();
        });
    }

    @Test
    void wordsAreCountedBetweenWhiteSpaceAndAnEmptyContentCountsOne() {
        assertThat(new IndexedAttribution(3, "ferry.txt", 1, berg, "  a\tsimilar\n declaration ").contentWords())
                .isEqualTo(3);
        assertThat(new IndexedAttribution(3, "ferry.txt", 1, berg, " ").contentWords()).isEqualTo(1);
    }
}

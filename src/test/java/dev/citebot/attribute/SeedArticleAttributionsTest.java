package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full attribution list of the seed article. */
class SeedArticleAttributionsTest {

    private static String text;
    private static List<Attribution> all;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = SeedArticleAttributionsTest.class.getResourceAsStream("/seed-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedArticle article = new ParsedArticle("Kiev’s Allies Withdraw Support for Troop Deployment in Ukraine",
                text, "seed");
        all = new AttributionExtractor(Lexicon.bundled()).extract(text, new ArticleSplitter().split(article).sentences());
    }

    @Test
    void everySpeakerWithRoleAndCueInTextOrder() {
        assertThat(all).extracting(a -> a.speaker().name(), a -> a.speaker().role(), Attribution::cue).containsExactly(
                tuple("The Sunday Times", null, "indicating"),
                tuple("a source", "speaking to The Sunday Times", "has advised"),
                tuple("Keir Starmer", "UK prime minister", "had indicated"),
                tuple("Emmanuel Macron", "French president", "had made"),
                tuple("Russia", null, "opposed"),
                tuple("Russia", null, "arguing"),
                tuple("Dmitry Peskov", "Kremlin spokesman", "has been reiterated"),
                tuple("Dmitry Peskov", "Kremlin spokesman", "has accused"),
                tuple("Sergey Shoigu", "former Russian defense minister", "warned"),
                tuple("the Sunday Times", null, "also predicted"),
                tuple("the Financial Times", null, "reported"),
                tuple("The Times", null, "had also suggested"));
    }

    @Test
    void contentsAndKinds() {
        assertThat(all.get(1).content(text)).isEqualTo("that “no one wants to send their troops to die in Ukraine.”");
        assertThat(all.get(1).kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(all.get(2).content(text)).isEqualTo("that Britain was willing to send troops and aircraft into the"
                + " war zone");
        assertThat(all.get(3).content(text)).isEqualTo("a similar declaration");
        assertThat(all.get(4).content(text)).isEqualTo("any involvement of NATO military forces in Ukraine");
        assertThat(all.get(6).content(text)).isEqualTo("This opposition");
        assertThat(all.get(8).content(text)).startsWith("that NATO troop involvement in Ukraine could lead");
        assertThat(all.get(9).content(text)).startsWith("that should a truce occur").endsWith("with any peace agreement");
        assertThat(all.get(11).content(text)).isEqualTo("that the plan was unrealistic due to personnel shortages faced"
                + " by European militaries");
        assertThat(all.get(7).content(text)).endsWith("a ‘militaristic [and] confrontational’ course");
        assertThat(all.get(7).kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(all).filteredOn(a -> a != all.get(1) && a != all.get(7)).extracting(Attribution::kind)
                .containsOnly(Attribution.Kind.INDIRECT);
    }

    @Test
    void spansIndexTheArticle() {
        for (Attribution a : all) {
            assertThat(text.substring(a.speaker().start(), a.speaker().end())).isEqualTo(a.speaker().mention());
            assertThat(text.substring(a.cueStart(), a.cueEnd())).isEqualTo(a.cue());
        }
        assertThat(all.get(7).speaker().mention()).isEqualTo("Kremlin spokesman Dmitry Peskov");
    }

    @Test
    void narrationStaysUnattributed() {
        int narration = text.indexOf("It seems that countries such as Germany");
        assertThat(all).noneMatch(a -> a.contentStart() <= narration && narration < a.contentEnd());
    }
}

package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The speakers of the seed article's sentences (the article citebot is first built for). */
class SeedArticleSpeakersTest {

    private static String article;
    private final SpeakerFinder finder = new RuleSpeakerFinder(Lexicon.bundled());

    @BeforeAll
    static void readArticle() throws IOException {
        try (InputStream in = SeedArticleSpeakersTest.class.getResourceAsStream("/seed-article.txt")) {
            assertThat(in).isNotNull();
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anonymousSourceInsideWhatTheArticleClaims() {
        Speaker s = speakerOf("The article claims that a source", "die in Ukraine.”");
        assertSpeaker(s, "a source", "a source", null);
    }

    @Test
    void lowercaseTitleBeforeTheName() {
        Speaker s = speakerOf("Back in March, UK prime minister", "similar declaration.");
        assertSpeaker(s, "Keir Starmer", "UK prime minister Keir Starmer", "UK prime minister");
    }

    @Test
    void agentOfAPassiveReportingVerb() {
        Speaker s = speakerOf("This opposition has been reiterated", "confrontational’ course.");
        assertSpeaker(s, "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman");
    }

    @Test
    void longTitleAfterAnOpeningPhrase() {
        Speaker s = speakerOf("In April, former Russian defense minister", "caution and concern.");
        assertSpeaker(s, "Sergey Shoigu", "former Russian defense minister Sergey Shoigu",
                "former Russian defense minister");
    }

    @Test
    void participleClauseSpeaksForTheMainSubject() {
        Speaker s = speakerOf("Russia has strongly opposed", "third world war.");
        assertSpeaker(s, "Russia", "Russia", null);
    }

    /** The article only relays the Financial Times, whose verb governs the reported content. */
    @Test
    void innerNewspaperRatherThanTheRelayingArticle() {
        Speaker s = speakerOf("The article also notes that the Financial Times", "absence of U.S. backing.");
        assertSpeaker(s, "the Financial Times", "the Financial Times", null);
    }

    @Test
    void newspaperWithCapitalisedArticleIsNotConfusedWithTheSundayTimes() {
        Speaker s = speakerOf("Earlier, The Times had also suggested", "European militaries.");
        assertSpeaker(s, "The Times", "The Times", null);
    }

    @Test
    void newspaperReleasingAnArticleThatIndicates() {
        Speaker s = speakerOf("The Sunday Times has released an article", "such intentions.");
        assertSpeaker(s, "The Sunday Times", "The Sunday Times", null);
    }

    @Test
    void reportFromANewspaperIsTheNewspaper() {
        Speaker s = speakerOf("The report from the Sunday Times also predicted", "any peace agreement.");
        assertSpeaker(s, "the Sunday Times", "the Sunday Times", null);
    }

    @Test
    void narrationHasNoSpeaker() {
        assertThat(find("It seems that countries such as Germany", "the same hesitation.")).isEmpty();
        assertThat(find("This has led to the conclusion", "deployment at all.")).isEmpty();
        assertThat(find("Despite the UK and France’s previous public statements", "such a mission.")).isEmpty();
    }

    private Speaker speakerOf(String opening, String closing) {
        return find(opening, closing).orElseThrow(() -> new AssertionError("no speaker for: " + opening));
    }

    private Optional<Speaker> find(String opening, String closing) {
        int start = article.indexOf(opening);
        assertThat(start).as(opening).isNotNegative();
        int end = article.indexOf(closing, start) + closing.length();
        assertThat(end).as(closing).isGreaterThan(start + closing.length() - 1);
        return finder.find(article, start, end);
    }

    private static void assertSpeaker(Speaker s, String name, String mention, String role) {
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.mention()).isEqualTo(mention);
        assertThat(s.role()).isEqualTo(role);
        assertThat(article.substring(s.start(), s.end())).isEqualTo(s.mention());
    }
}

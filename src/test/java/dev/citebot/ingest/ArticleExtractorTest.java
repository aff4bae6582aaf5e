package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void keepsTitleBylineDateAndStoryAndDropsTheFurniture() throws IOException {
        ParsedArticle a = extractor.extract(Jsoup.parse(page("quay.html")), "https://example.org/quay");

        assertThat(a.title()).isEqualTo("Harbour Board Approves Repairs to the Eastern Quay");
        assertThat(a.source()).isEqualTo("https://example.org/quay");
        assertThat(a.text()).startsWith("Harbour Board Approves Repairs to the Eastern Quay\n\nBy Lena Brandt\n\n"
                + "3 March 2026\n\nThe harbour board voted on Tuesday")
                .contains("“The quay has carried ships for ninety years, and it needs more than patches now,” said"
                        + " Mara Okafor, the harbour master.")
                .contains("“We will not let the fleet move to another port while we rebuild,” Okafor told the meeting.")
                .endsWith("expects the loan to pass without opposition.");
        assertThat(a.text()).doesNotContain("Advertisement", "kayaks", "Related stories", "Lighthouse", "Reader42",
                "cookies", "Share on", "Read more", "©", "Sport", "tracking", "Portside Gazette");
        assertThat(a.text().split("\n\n")).hasSize(3 + 6);
    }

    @Test
    void anArticleWithoutADateKeepsItsByline() throws IOException {
        ParsedArticle a = extractor.extract(Jsoup.parse(page("ferry.html")), "ferry");

        assertThat(a.text()).startsWith("Ferry Timetable to Change in Spring\n\nBy Sam Ortiz\n\nThe island ferry")
                .doesNotContain("Home");
    }

    @Test
    void aFrontPageOfTeasersIsNotAnArticle() throws IOException {
        assertThatThrownBy(() -> extractor.extract(Jsoup.parse(page("front.html")), "front"))
                .isInstanceOf(IngestException.class).hasMessage(ArticleExtractor.NOT_AN_ARTICLE);
    }

    @Test
    void aLoginWallIsRecognised() throws IOException {
        assertThatThrownBy(() -> extractor.extract(Jsoup.parse(page("login.html")), "login"))
                .isInstanceOf(IngestException.class).hasMessage(ArticleExtractor.LOGIN_WALL);
    }

    @Test
    void aPageOfShortLinesIsNotAnArticle() {
        String html = "<html><body><main><h1>Weather</h1><p>Sunny.</p><p>Wind 10 knots.</p></main></body></html>";

        assertThatThrownBy(() -> extractor.extract(Jsoup.parse(html), "w")).hasMessage(ArticleExtractor.NOT_AN_ARTICLE);
    }

    static String page(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

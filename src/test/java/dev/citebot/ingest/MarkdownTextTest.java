package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownTextTest {

    @Test
    void inlineMarkupLosesItsMarksAndLinksKeepTheirText() {
        assertThat(MarkdownText.strip("“We **will** rebuild the _old_ pier,” said [Petra Lind](https://x.test/lind)."))
                .isEqualTo("“We will rebuild the old pier,” said Petra Lind.");
        assertThat(MarkdownText.strip("Use `port 80` and ~~never~~ *always* check \\*stars\\* ![map](m.png) <https://a.test>"))
                .isEqualTo("Use port 80 and never always check *stars*  https://a.test");
        assertThat(MarkdownText.strip("Costs rose 5 * 3 times; snake_case_names stay; 2*3*4 stays."))
                .isEqualTo("Costs rose 5 * 3 times; snake_case_names stay; 2*3*4 stays.");
    }

    @Test
    void blockMarkersGoButHeadingsAndLinesStay() {
        String md = "# Market Square Reopens\n\n> “It is back,” said Lind.\n\n- forty stalls\n2. two cafés\n\n---\n"
                + "```\ncode line\n```\n[ref]: https://x.test\nEnd.";

        assertThat(MarkdownText.strip(md)).isEqualTo("# Market Square Reopens\n\n“It is back,” said Lind.\n\n"
                + "forty stalls\ntwo cafés\n\n\n\ncode line\n\n\nEnd.");
    }

    @Test
    void theReaderStoresMarkdownWithoutMarkupAndRefusesMarkupOnly() {
        ParsedArticle a = new ArticleReader().parse("m.md", "# **Title** here\n\nShe said it was *fine*.\n"
                .getBytes(StandardCharsets.UTF_8), "m.md");

        assertThat(a.text()).isEqualTo("# Title here\n\nShe said it was fine.\n");
        assertThat(a.title()).isEqualTo("Title here");
        assertThatThrownBy(() -> new ArticleReader().parse("rule.md", "---\n***\n".getBytes(StandardCharsets.UTF_8),
                "rule.md")).hasMessage("rule.md: file has no text once its Markdown markup is removed");
    }
}

package dev.citebot.cli.bench;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Sentence;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LargeArticleTest {

    @Test
    void theSameSeedGivesTheSameTextAnotherSeedAnother() {
        assertThat(LargeArticle.generate(3, 20_000)).isEqualTo(LargeArticle.generate(3, 20_000))
                .isNotEqualTo(LargeArticle.generate(4, 20_000));
    }

    @Test
    void fillsTheSizeWithoutPassingItAndIsReadAsAnArticleOfNewsLikeSentences() {
        String text = LargeArticle.generate(12, 200_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(200_000).isGreaterThan(198_000);

        ParsedArticle article = new ArticleReader().parse("large.txt", bytes, "large.txt");
        ArticleStructure structure = new ArticleSplitter().split(article);
        Set<String> distinct = new HashSet<>();
        for (Sentence s : structure.sentences()) {
            distinct.add(s.text(article.text()));
        }
        int sentences = structure.sentences().size();
        assertThat(article.title()).startsWith("Council Weighs Costs of ");
        assertThat(structure.paragraphs().size()).isGreaterThan(sentences / 7);
        assertThat(200_000 / sentences).as("bytes per sentence").isBetween(100, 200);
        assertThat(distinct.size()).isGreaterThan(sentences * 99 / 100);
        assertThat(text).contains("” said ").contains(", said that ").contains("told reporters.");
    }
}

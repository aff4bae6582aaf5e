package dev.citebot.store;

import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small articles for store tests: the first line is the title, blocks of lines after it are paragraphs. */
public final class TestArticles {
    private TestArticles() {
    }

    /** Stores {@code text} in a transaction of its own and returns its id. */
    public static long insert(Transactions transactions, ArticleStore articles, String text, String source) {
        ParsedArticle article = new ParsedArticle(text.lines().findFirst().orElseThrow(), text, source);
        return transactions.inTransaction(tx -> articles.insert(tx, article, sha256(text), paragraphsOf(text)));
    }

    /** Stores {@code text} inside {@code tx} and returns its id. */
    public static long insert(Transaction tx, ArticleStore articles, String text) {
        ParsedArticle article = new ParsedArticle(text.lines().findFirst().orElseThrow(), text, "test.txt");
        return articles.insert(tx, article, sha256(text), paragraphsOf(text));
    }

    /** Blocks of non-blank lines after the title line, as 1-based paragraphs. */
    public static List<Paragraph> paragraphsOf(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher m = Pattern.compile("\\S[^\\n]*(?:\\n[^\\n]*\\S[^\\n]*)*").matcher(text);
        m.find();
        while (m.find()) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, m.start(), m.end()));
        }
        return paragraphs;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

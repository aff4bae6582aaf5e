package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import dev.citebot.text.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into an article: the main element is the first {@code <article>}, else {@code <main>},
 * else {@code <body>}; page furniture (scripts, navigation, header, footer, asides, forms, figure captions) is
 * dropped. The stored text is the title line, a blank line, then each block ({@code p}, {@code h2}-{@code h6},
 * {@code li}, {@code blockquote}) as one line with its blank space collapsed, blocks separated by a blank line,
 * so the splitter sees one paragraph per block.
 */
final class HtmlArticle {
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote");
    private static final String NOISE = "script, style, noscript, template, nav, footer, aside, form, figcaption";

    private HtmlArticle() {
    }

    /** The article in {@code html}, or an {@link IngestException} naming {@code fileName} if it has no text. */
    static ParsedArticle extract(String fileName, String html, String source) {
        Document document = Jsoup.parse(html);
        Element main = mainElement(document);
        main.select(NOISE).remove();
        String title = title(document, main, fileName);
        main.select("header, h1").remove();
        List<String> blocks = blocks(main);
        if (blocks.isEmpty()) {
            throw new IngestException(fileName + ": no article text found in the HTML");
        }
        return new ParsedArticle(title, title + "\n\n" + String.join("\n\n", blocks), source);
    }

    private static Element mainElement(Document document) {
        Element article = document.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = document.selectFirst("main");
        return main != null ? main : document.body();
    }

    /** The first {@code <h1>} of the main element, else the page title, else the file name without extension. */
    private static String title(Document document, Element main, String fileName) {
        Element h1 = main.selectFirst("h1");
        String title = Spaces.collapse(h1 != null ? h1.text() : document.title());
        if (title.isEmpty() && h1 != null) {
            title = Spaces.collapse(document.title());
        }
        if (title.isEmpty()) {
            int dot = fileName.lastIndexOf('.');
            title = dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        return title;
    }

    /** The collapsed text of each block; falls back to the whole element's text when it has no blocks. */
    static List<String> blocks(Element main) {
        BlockCollector collector = new BlockCollector();
        NodeTraversor.traverse(collector, main);
        if (collector.blocks.isEmpty()) {
            String all = Spaces.collapse(main.text());
            return all.isEmpty() ? List.of() : List.of(all);
        }
        return collector.blocks;
    }

    /**
     * Collects the text of block elements. A block nested in another (a {@code p} in a {@code blockquote}, a
     * {@code li} in a {@code li}) ends the outer block's text so far and starts its own, so no text is repeated
     * and none is lost.
     */
    private static final class BlockCollector implements NodeVisitor {
        private final List<String> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int depth;

        @Override
        public void head(Node node, int ignoredDepth) {
            if (node instanceof TextNode text && depth > 0) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element) {
                enter(element);
            }
        }

        @Override
        public void tail(Node node, int ignoredDepth) {
            if (node instanceof Element element && isBlock(element)) {
                flush();
                depth--;
            } else if (node instanceof Element element && element.isBlock()) {
                current.append(' ');
            }
        }

        private void enter(Element element) {
            if (isBlock(element)) {
                flush();
                depth++;
            } else if (element.isBlock() || "br".equals(element.normalName())) {
                current.append(' ');
            }
        }

        private void flush() {
            String block = Spaces.collapse(current.toString());
            if (!block.isEmpty()) {
                blocks.add(block);
            }
            current.setLength(0);
        }

        private static boolean isBlock(Element element) {
            return BLOCKS.contains(element.normalName());
        }
    }
}

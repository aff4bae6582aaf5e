package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import dev.citebot.text.Spaces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a web page, or says why the page is not one.
 *
 * <p>The main element is the page's one {@code <article>} (the one holding most of the prose when there are
 * several and one dominates; several of similar size make a front page), else {@code <main>}, else
 * {@code [itemprop=articleBody]}, else {@code <body>}. Inside it, page furniture is dropped: scripts, navigation,
 * headers and footers, asides, forms, figure captions, every element whose class or id names comments, related
 * stories, sharing, promotions, advertising, newsletters and the like, and every paragraph or list that is mostly
 * links. The stored text is the title (the main element's {@code <h1>}, else the page's, else {@code <title>}),
 * then the byline and the date as the page shows them, when it shows them, then one line per block, all
 * separated by blank lines.
 *
 * <p>A page is refused, with an {@link IngestException} whose message says why, when it asks for a password
 * and has little prose (a login wall), or when its main element has fewer than {@value #MIN_PROSE_PARAGRAPHS}
 * prose paragraphs (ten words or more, ending a sentence) or fewer than {@value #MIN_PROSE_WORDS} words in them
 * (a front page, a section index, a video page).
 */
public final class ArticleExtractor {
    static final int MIN_PROSE_PARAGRAPHS = 3;
    static final int MIN_PROSE_WORDS = 100;
    public static final String LOGIN_WALL = "the page asks for a login before it shows the article;"
            + " send the article as a file or paste its text instead";
    public static final String NOT_AN_ARTICLE = "the page does not look like an article (a front page or a list"
            + " of links?); send the link of one article";
    private static final String TAGS = "script, style, noscript, template, nav, footer, aside, form, figcaption,"
            + " iframe, svg, button, dialog";
    private static final Set<String> NOISE_WORDS = Set.of("ad", "ads", "advert", "advertisement", "advertising",
            "banner", "breadcrumb", "breadcrumbs", "comment", "comments", "cookie", "cookies", "menu", "nav",
            "newsletter", "outbrain", "paywall", "popup", "promo", "promotion", "recommended", "related", "share",
            "sharing", "sidebar", "signup", "social", "sponsor", "sponsored", "subscribe", "subscription", "taboola",
            "tags", "teaser", "trending", "more-stories", "most-read", "read-more");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*$");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "li", "blockquote");
    private static final String BYLINE = "[rel=author], [itemprop=author], .byline, [class*=byline], .author";

    /** The article in {@code document}; {@code source} is stored as where it came from. */
    public ParsedArticle extract(Document document, String source) {
        if (!document.select("input[type=password]").isEmpty() && proseWords(document.body()) < 2 * MIN_PROSE_WORDS) {
            throw new IngestException(LOGIN_WALL);
        }
        Element main = mainElement(document).orElseThrow(() -> new IngestException(NOT_AN_ARTICLE));
        String title = title(document, main);
        main.select(TAGS).remove();
        removeNoise(main);
        Optional<String> byline = take(main, BYLINE);
        Optional<String> date = take(main, "time");
        main.select("header, h1").remove();
        removeLinkLists(main);
        List<String> blocks = HtmlArticle.blocks(main);
        List<String> prose = blocks.stream().filter(ArticleExtractor::isProse).toList();
        int words = prose.stream().mapToInt(ArticleExtractor::words).sum();
        if (prose.size() < MIN_PROSE_PARAGRAPHS || words < MIN_PROSE_WORDS || title.isEmpty()) {
            throw new IngestException(NOT_AN_ARTICLE);
        }
        List<String> lines = new ArrayList<>();
        lines.add(title);
        byline.ifPresent(lines::add);
        date.filter(d -> byline.map(b -> !b.contains(d)).orElse(true)).ifPresent(lines::add);
        lines.addAll(blocks);
        return new ParsedArticle(title, String.join("\n\n", lines), source);
    }

    private static Optional<Element> mainElement(Document document) {
        Elements articles = document.select("article");
        if (!articles.isEmpty()) {
            return dominant(articles);
        }
        for (String selector : List.of("main", "[itemprop=articleBody]", "body")) {
            Element found = document.selectFirst(selector);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The article holding at least 70 % of all articles' prose, or empty (a front page of teasers). */
    private static Optional<Element> dominant(Elements articles) {
        Element best = null;
        int bestWords = -1;
        int total = 0;
        for (Element a : articles) {
            if (a.parents().stream().anyMatch(p -> p.normalName().equals("article"))) {
                continue;
            }
            int w = proseWords(a);
            total += w;
            if (w > bestWords) {
                best = a;
                bestWords = w;
            }
        }
        return best != null && bestWords >= 0.7 * total ? Optional.of(best) : Optional.empty();
    }

    private static String title(Document document, Element main) {
        Element h1 = main.selectFirst("h1");
        if (h1 == null) {
            h1 = document.selectFirst("h1");
        }
        String title = h1 == null ? "" : Spaces.collapse(h1.text());
        return title.isEmpty() ? Spaces.collapse(document.title()) : title;
    }

    private static void removeNoise(Element main) {
        for (Element e : main.getAllElements()) {
            if (e != main && e.parent() != null && noisy(e)) {
                e.remove();
            }
        }
    }

    private static boolean noisy(Element e) {
        if ("true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).strip();
        if (names.isEmpty()) {
            return false;
        }
        for (String token : TOKEN_SPLIT.split(names)) {
            String t = token.toLowerCase(Locale.ROOT);
            if (NOISE_WORDS.contains(t) || NOISE_WORDS.stream().anyMatch(n -> n.length() > 3
                    && (t.startsWith(n + "-") || t.endsWith("-" + n) || t.contains("-" + n + "-")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the first element matching {@code selector} that is not inside a paragraph (a date in a sentence
     * stays in it) and returns its collapsed text, if short.
     */
    private static Optional<String> take(Element main, String selector) {
        Element found = main.select(selector).stream()
                .filter(e -> e.parents().stream().noneMatch(p -> BLOCK_TAGS.contains(p.normalName())))
                .findFirst().orElse(null);
        if (found == null) {
            return Optional.empty();
        }
        String text = Spaces.collapse(found.text());
        found.remove();
        return text.isEmpty() || text.length() > 200 ? Optional.empty() : Optional.of(text);
    }

    /** Paragraphs, list items and lists whose text is mostly link text: related stories, "read more", tags. */
    private static void removeLinkLists(Element main) {
        for (Element e : main.select("p, li, ul, ol, div")) {
            if (e.parent() == null) {
                continue;
            }
            int all = e.text().length();
            int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
            if (all > 0 && linked > 0.5 * all) {
                e.remove();
            }
        }
    }

    private static int proseWords(Element element) {
        if (element == null) {
            return 0;
        }
        int words = 0;
        for (Element p : element.select("p")) {
            String text = Spaces.collapse(p.text());
            if (isProse(text)) {
                words += words(text);
            }
        }
        return words;
    }

    private static boolean isProse(String block) {
        return words(block) >= 10 && SENTENCE_END.matcher(block).find();
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}

package dev.citebot.attribute;

import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ParsedArticle;

import java.util.List;

/** Runs the real splitter and extractor on a small article written in a test (a lower-case title line that names no one, a blank line, paragraphs). */
final class Extracted {

    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor(Lexicon.bundled());

    final String text;
    final List<Attribution> all;

    private Extracted(String text) {
        this.text = text;
        this.all = EXTRACTOR.extract(text, new ArticleSplitter().split(new ParsedArticle("notes", text, "t")).sentences());
    }

    static Extracted from(String... paragraphs) {
        return new Extracted("notes\n\n" + String.join("\n\n", paragraphs) + "\n");
    }

    String content(int i) {
        return all.get(i).content(text);
    }

    String name(int i) {
        return all.get(i).speaker().name();
    }

    String role(int i) {
        return all.get(i).speaker().role();
    }

    String mention(int i) {
        return text.substring(all.get(i).speaker().start(), all.get(i).speaker().end());
    }
}

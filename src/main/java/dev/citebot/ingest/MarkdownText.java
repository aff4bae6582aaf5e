package dev.citebot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown reduced to the text a reader sees, so that a quote never carries markup: emphasis, strong, strike,
 * inline code and escapes lose their marks; links keep their text, images and reference definitions go; block
 * quote and list markers, code fences and horizontal rules go. ATX headings ({@code # Title}) are kept as they are,
 * with their inline markup removed, because the splitter recognises them as headings (never quoted). Line structure is kept: one line in, one out.
 */
final class MarkdownText {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(([-*_])\\s*){3,}$|^\\s{0,3}=+\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)|\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?![\\w*])");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\w_\\\\])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");

    private MarkdownText() {
    }

    static String strip(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            out.add(line(line));
        }
        return String.join("\n", out);
    }

    private static String line(String line) {
        if (Lines.isAtxHeading(line, 0, line.length())) {
            return inline(line);
        }
        if (FENCE.matcher(line).matches() || RULE.matcher(line).matches() || REFERENCE.matcher(line).matches()) {
            return "";
        }
        String s = QUOTE_MARK.matcher(line).replaceFirst("");
        return inline(LIST_MARK.matcher(s).replaceFirst(""));
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll(m -> quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        s = CODE.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll(m -> quoteReplacement(m.group(2)));
        s = STRIKE.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
        s = STAR.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
        s = UNDERSCORE.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
        return ESCAPE.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    }

    private static String quoteReplacement(String s) {
        return java.util.regex.Matcher.quoteReplacement(s);
    }
}

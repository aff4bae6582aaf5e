package dev.citebot.telegram.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text the way Telegram's HTML parse mode reads it: only supported tags, properly nested and closed;
 * {@code &} only in the entities {@code &amp; &lt; &gt; &quot;}; no raw {@code <} or {@code >} outside tags.
 */
public final class TelegramHtml {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "code", "pre", "blockquote", "tg-spoiler");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

    private TelegramHtml() {
    }

    /** @return null if valid, else what is wrong */
    public static String problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(html).region(i, html.length());
                if (!m.lookingAt() || !TAGS.contains(m.group(2))) {
                    return "bad tag at " + i + ": " + excerpt(html, i);
                }
                if (m.group(1).isEmpty()) {
                    open.push(m.group(2));
                } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
                    return "unbalanced </" + m.group(2) + "> at " + i;
                }
                i = m.end();
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    return "bare & at " + i + ": " + excerpt(html, i);
                }
                i = m.end();
            } else if (c == '>') {
                return "bare > at " + i + ": " + excerpt(html, i);
            } else {
                i++;
            }
        }
        return open.isEmpty() ? null : "unclosed " + open;
    }

    private static String excerpt(String html, int at) {
        return html.substring(Math.max(0, at - 20), Math.min(html.length(), at + 20));
    }
}

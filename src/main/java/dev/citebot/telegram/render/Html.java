package dev.citebot.telegram.render;

import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode, reduced to what citebot writes: text escaped with {@code &amp; &lt; &gt;} and the
 * tags {@code b}, {@code i} and {@code blockquote}. Because escaped text never holds a raw {@code <}, every
 * {@code <...>} in citebot's HTML is one of its own tags.
 */
public final class Html {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Html() {
    }

    /** Escapes {@code &}, {@code <} and {@code >} so that any text can be sent in HTML parse mode. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The length {@link #escape} gives {@code text}, without building it. */
    static int escapedLength(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c == '&' ? 4 : c == '<' || c == '>' ? 3 : 0;
        }
        return length;
    }

    /**
     * The same message without markup, for a resend when Telegram refuses the HTML: quotes become “…”, other
     * tags disappear and entities are decoded. Never longer than {@code html}.
     */
    public static String toPlain(String html) {
        String marked = html.replace("<blockquote>", "“").replace("</blockquote>", "”");
        return TAG.matcher(marked).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}

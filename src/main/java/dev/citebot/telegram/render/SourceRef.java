package dev.citebot.telegram.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quoted span a source button points at, carried in the button's callback data as
 * {@code src:<articleId>:<start>:<end>} (at most 46 bytes; Telegram allows 64). Data coming back from Telegram
 * is parsed strictly: anything else is rejected, and whether the span still exists is checked by the caller.
 *
 * @param start offset of the span's first character in the article text
 * @param end   offset one past its last character
 */
public record SourceRef(long articleId, int start, int end) {
    static final int MAX_CALLBACK_BYTES = 64;
    private static final Pattern DATA = Pattern.compile("src:(\\d{1,18}):(\\d{1,9}):(\\d{1,9})");

    public SourceRef {
        if (articleId < 1 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad source span " + articleId + ":" + start + ":" + end);
        }
    }

    String callbackData() {
        String data = "src:" + articleId + ":" + start + ":" + end;
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
            throw new IllegalStateException("callback data too long: " + data);
        }
        return data;
    }

    /** The span named by {@code data}, or empty when the data is not exactly a well-formed source reference. */
    public static Optional<SourceRef> parse(String data) {
        Matcher m = DATA.matcher(data == null ? "" : data);
        if (!m.matches()) {
            return Optional.empty();
        }
        long article = Long.parseLong(m.group(1));
        int start = Integer.parseInt(m.group(2));
        int end = Integer.parseInt(m.group(3));
        return article >= 1 && end > start ? Optional.of(new SourceRef(article, start, end)) : Optional.empty();
    }
}

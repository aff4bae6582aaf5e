package dev.citebot.telegram.render;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an LLM answer taken apart for rendering. {@code LlmAnswerer} writes it as the model's verified
 * prose, in which each kept quotation reads {@code “exact source words” [n]}, then a blank line and one line per
 * cited passage, {@code [n] Speaker, role · Title, ¶3}.
 *
 * @param prose     the model's words, paragraphs separated by blank lines
 * @param citations each cited passage's citation (without its marker), by passage number
 */
record ModelReply(String prose, SortedMap<Integer, String> citations) {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})] (.+)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    ModelReply {
        citations = new TreeMap<>(citations);
    }

    /** Splits {@code text}; text without trailing citation lines is all prose. */
    static ModelReply parse(String text) {
        String body = text.strip();
        int cut = body.lastIndexOf("\n\n");
        if (cut < 0) {
            return new ModelReply(body, new TreeMap<>());
        }
        SortedMap<Integer, String> citations = new TreeMap<>();
        for (String line : body.substring(cut + 2).split("\n")) {
            Matcher m = CITATION.matcher(line.strip());
            if (!m.matches()) {
                return new ModelReply(body, new TreeMap<>());
            }
            citations.putIfAbsent(Integer.parseInt(m.group(1)), m.group(2));
        }
        return new ModelReply(body.substring(0, cut).strip(), citations);
    }

    /** The prose's paragraphs, without blank ones. */
    List<String> paragraphs() {
        return Arrays.stream(PARAGRAPH_BREAK.split(prose)).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The passage number the prose gives {@code quote} where it first quotes it ({@code “quote” [n]}), if any. */
    OptionalInt marker(String quote) {
        Matcher m = Pattern.compile("“" + Pattern.quote(quote) + "” \\[(\\d{1,3})]").matcher(prose);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}

package dev.citebot.chat.llm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbered passages back out of an answer prompt, as a fake model would. */
public final class PromptPassages {
    private static final Pattern LINE = Pattern.compile("(?m)^\\[(\\d+)] \\((.*?)\\) (.*)$");

    private final Map<Integer, String> texts = new LinkedHashMap<>();

    public PromptPassages(String prompt) {
        Matcher m = LINE.matcher(prompt == null ? "" : prompt);
        while (m.find()) {
            texts.put(Integer.parseInt(m.group(1)), m.group(3));
        }
    }

    public Map<Integer, String> texts() {
        return texts;
    }

    /** The number of the first passage containing {@code words}. */
    public int numberOf(String words) {
        return texts.entrySet().stream().filter(e -> e.getValue().contains(words)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no passage contains " + words + " in " + texts));
    }

    /** Some passage number other than {@code n}. */
    public int otherThan(int n) {
        return texts.keySet().stream().filter(k -> k != n).findFirst().orElseThrow();
    }

    public int count() {
        return texts.size();
    }
}

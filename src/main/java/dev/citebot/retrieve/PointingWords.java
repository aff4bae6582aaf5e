package dev.citebot.retrieve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence that opens with a word pointing back ("These included …", "It appoints …", "They don't forgive …")
 * continues the one before it in its paragraph: the answerer quotes the two together, and the scorer judges such a
 * sentence with the one before it.
 */
public final class PointingWords {
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^[\"“‘'(]?(?:These|This|That|Those|It|Its|They|Their|Such|There|He|His|She|Her)\\b");

    private PointingWords() {
    }

    /** Whether {@code sentence} opens with a word pointing back. */
    public static boolean pointsBack(String sentence) {
        return POINTS_BACK.matcher(sentence).find();
    }

    /**
     * The passage before the one starting at {@code start} in the same paragraph, when that one points back;
     * null otherwise. {@code passages} are in text order.
     */
    static Passage pointedAt(List<Passage> passages, int start, String text) {
        int lo = 0;
        int hi = passages.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = passages.get(mid).start();
            if (s == start) {
                Passage here = passages.get(mid);
                boolean before = mid > 0 && passages.get(mid - 1).paragraph() == here.paragraph();
                return before && pointsBack(text.substring(here.start(), here.end())) ? passages.get(mid - 1) : null;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }
}

package dev.citebot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that come in pairs of which a passage about one does not answer a question about the other: "Why was the
 * women's coach fired?" is not answered by "fired its men's hockey coach". Only forms that qualify a noun
 * ("women's", "female", "girls'") count, not "man" or "woman" on their own, which a passage uses for anyone.
 */
final class Counterparts {
    private static final List<Pair> PAIRS = List.of(
            new Pair(word("women['’]s|female|girls['’]?"), word("men['’]s|male|boys['’]?")));

    private Counterparts() {
    }

    private static Pattern word(String forms) {
        return Pattern.compile("(?<![\\p{L}'’])(?:" + forms + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    /** The question's word whose counterpart alone the passage holds ("women's"), or empty. */
    static Optional<String> swapped(String question, String passage) {
        for (Pair pair : PAIRS) {
            Optional<String> swapped = swapped(pair.one(), pair.other(), question, passage)
                    .or(() -> swapped(pair.other(), pair.one(), question, passage));
            if (swapped.isPresent()) {
                return swapped;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> swapped(Pattern asked, Pattern counterpart, String question, String passage) {
        Matcher m = asked.matcher(question);
        return m.find() && !asked.matcher(passage).find() && counterpart.matcher(passage).find()
                ? Optional.of(m.group()) : Optional.empty();
    }

    private record Pair(Pattern one, Pattern other) {
    }
}

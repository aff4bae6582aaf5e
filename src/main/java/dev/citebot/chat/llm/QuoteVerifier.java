package dev.citebot.chat.llm;

import dev.citebot.chat.CitedQuote;
import dev.citebot.chat.RejectedQuote;

import dev.citebot.answer.Quote;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Folding.LetterCase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every quotation of a model's reply against the passages the model was given, in code, so that nothing
 * in quotation marks ever reaches a user unless it is in the source.
 *
 * <p>A quotation is text in double quotes ({@code "…"}, {@code “…”}, {@code „…“}, {@code «…»}) or in single
 * quotes that are not apostrophes ({@code '…'}, {@code ‘…’}: the opening mark not after a letter, the closing
 * one not before a letter), optionally followed by markers {@code [n]}. It is kept when it occurs in a passage it
 * cites, compared as the text model compares words ({@link FoldedText}: quotation marks, apostrophes, dashes and
 * white space folded; letter case kept); when it occurs only in another retrieved passage its marker is
 * corrected to that passage; otherwise it is removed and reported. A marker outside a quotation is kept if its passage exists and dropped
 * otherwise. Kept quotations are rewritten with the source's exact words.
 */
public final class QuoteVerifier {
    public static final String REMOVED = "(quotation removed: not found in the sources)";

    private static final Pattern PIECE = Pattern.compile(
            "(?:\"(?<a>[^\"\\n]+)\"|“(?<b>[^“”\\n]+)”|„(?<c>[^„“”\\n]+)[“”]|«(?<d>[^«»\\n]+)»"
                    + "|(?<![\\p{L}\\p{Nd}'‘’])['‘](?<e>[^\\s'‘’][^\\n]*?)['’](?![\\p{L}\\p{Nd}]))"
                    + "(?<markers>(?:[ \\t]*\\[\\d{1,3}\\])*)"
                    + "|(?<lone>\\[(?<n>\\d{1,3})\\])");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final String TRAILING_PUNCTUATION = ".,;:!?";

    public Verification verify(String reply, List<NumberedPassage> passages) {
        Run run = new Run(passages);
        Matcher m = PIECE.matcher(reply);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(reply, last, m.start());
            out.append(m.group("lone") != null ? run.lone(Integer.parseInt(m.group("n"))) : run.quotation(m));
            last = m.end();
        }
        out.append(reply.substring(last));
        return run.result(tidy(out.toString()));
    }

    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+([.,;:!?])", "$1").replaceAll("[ \\t]{2,}", " ").strip();
    }

    /** The state of one verification. */
    private static final class Run {
        private final List<NumberedPassage> passages;
        private final Map<String, CitedQuote> quotes = new LinkedHashMap<>();
        private final List<RejectedQuote> rejected = new ArrayList<>();
        private final SortedSet<Integer> cited = new TreeSet<>();
        private int corrected;
        private int dropped;

        Run(List<NumberedPassage> passages) {
            this.passages = passages;
        }

        String lone(int number) {
            if (exists(number)) {
                cited.add(number);
                return "[" + number + "]";
            }
            dropped++;
            return "";
        }

        String quotation(Matcher m) {
            String words = firstNonNull(m.group("a"), m.group("b"), m.group("c"), m.group("d"), m.group("e")).strip();
            List<Integer> markers = markers(m.group("markers"));
            Optional<Located> found = locate(words, markers);
            if (found.isEmpty()) {
                rejected.add(new RejectedQuote(words, markers.isEmpty() ? 0 : markers.get(0)));
                return REMOVED;
            }
            Located at = found.get();
            if (!markers.contains(at.passage().number())) {
                corrected++;
            }
            dropped += (int) markers.stream().filter(n -> !exists(n)).count();
            Quote quote = at.passage().quote(at.start(), at.end());
            quotes.putIfAbsent(quote.articleId() + ":" + quote.start() + ":" + quote.end(),
                    new CitedQuote(at.passage().number(), quote));
            cited.add(at.passage().number());
            return "“" + quote.text() + "” [" + at.passage().number() + "]";
        }

        /** The cited passages first, then every other passage in order. */
        private Optional<Located> locate(String words, List<Integer> markers) {
            List<NumberedPassage> order = new ArrayList<>();
            markers.stream().filter(this::exists).map(n -> passages.get(n - 1)).forEach(order::add);
            passages.stream().filter(p -> !order.contains(p)).forEach(order::add);
            for (String key : keys(words)) {
                for (NumberedPassage p : order) {
                    int[] span = FoldedText.of(p.text(), LetterCase.KEPT).find(key, 0);
                    if (span != null) {
                        int base = p.evidence().start();
                        return Optional.of(new Located(p, base + span[0], base + span[1]));
                    }
                }
            }
            return Optional.empty();
        }

        /** The quotation as written, then without trailing punctuation the source may not have. */
        private static List<String> keys(String words) {
            String key = FoldedText.fold(words, LetterCase.KEPT);
            String trimmed = key;
            while (!trimmed.isEmpty() && TRAILING_PUNCTUATION.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
                trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
            }
            return trimmed.equals(key) || trimmed.isEmpty() ? List.of(key) : List.of(key, trimmed);
        }

        private boolean exists(int number) {
            return number >= 1 && number <= passages.size();
        }

        Verification result(String text) {
            return new Verification(text, List.copyOf(quotes.values()), rejected, cited, corrected, dropped);
        }

        private static List<Integer> markers(String group) {
            List<Integer> out = new ArrayList<>();
            Matcher m = MARKER.matcher(group == null ? "" : group);
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
            return out;
        }

        private static String firstNonNull(String... values) {
            for (String v : values) {
                if (v != null) {
                    return v;
                }
            }
            throw new IllegalStateException("a quotation without words");
        }
    }

    private record Located(NumberedPassage passage, int start, int end) {
    }
}

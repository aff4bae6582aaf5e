package dev.citebot.eval;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Folding.LetterCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades an answer against a {@link QaItem}. The answered flag must match. For an answerable question the first
 * quote must hold a gold passage: for the seed and SQuAD formats, contain one of the expected strings (compared
 * after folding quote style, case and white space); for saywhat, share a run of {@value #RUN} consecutive words
 * with one of the gold contents (all of a shorter one), compared lower-case on word characters. For the seed
 * format the first quote's speaker or role, or the answer text, must also name a listed speaker. A failure's
 * {@code problem} names its kind with one of the fixed phrases below, so that failures can be counted by kind.
 */
public final class QaJudge {
    static final int RUN = 5;
    public static final String NOT_MENTIONED = "refused: 'doesn't mention'";
    public static final String REFUSED_CLOSEST_RIGHT = "refused: closest passage holds the answer";
    public static final String REFUSED = "refused: no passage scored high enough";
    public static final String ANSWERED_UNANSWERABLE = "answered an unanswerable question";
    public static final String LATER_QUOTE = "first quote lacks the expected passage, a later quote holds it";
    public static final String WRONG_QUOTE = "first quote lacks the expected passage";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    public QaResult judge(QaItem item, Answer answer) {
        if (answer.answered() != item.answerable()) {
            return new QaResult(item, answer, false, false, false,
                    item.answerable() ? refusalKind(item, answer) : ANSWERED_UNANSWERABLE);
        }
        if (!item.answerable()) {
            return new QaResult(item, answer, true, false, true, null);
        }
        List<Quote> quotes = answer.quotes();
        boolean strict = names(fields(quotes.get(0)), item.speakerAny());
        boolean atThree = quotes.stream().limit(3).anyMatch(q -> holds(item, q.text()));
        if (!holds(item, quotes.get(0).text())) {
            return new QaResult(item, answer, false, strict, atThree, atThree ? LATER_QUOTE : WRONG_QUOTE);
        }
        if (item.format() == QaFormat.SEED && !item.speakerAny().isEmpty() && !strict
                && !names(answer.text(), item.speakerAny())) {
            return new QaResult(item, answer, false, false, false,
                    "speaker not named (got " + quotes.get(0).speaker() + ")");
        }
        return new QaResult(item, answer, true, strict, true, null);
    }

    private String refusalKind(QaItem item, Answer answer) {
        if (answer.lead().contains("mention")) {
            return NOT_MENTIONED;
        }
        boolean closestRight = !answer.quotes().isEmpty() && holds(item, answer.quotes().get(0).text());
        return closestRight ? REFUSED_CLOSEST_RIGHT : REFUSED;
    }

    /** Whether a quote holds one of the item's gold passages, by the item's format. */
    boolean holds(QaItem item, String quote) {
        return item.format() == QaFormat.SAYWHAT ? sharesRun(quote, item.quoteContains())
                : containsAny(quote, item.quoteContains());
    }

    private static String fields(Quote q) {
        return (q.speaker() == null ? "" : q.speaker()) + " | " + (q.role() == null ? "" : q.role());
    }

    private static boolean containsAny(String text, List<String> expected) {
        String folded = FoldedText.fold(text, LetterCase.IGNORED);
        return expected.isEmpty()
                || expected.stream().anyMatch(e -> folded.contains(FoldedText.fold(e, LetterCase.IGNORED)));
    }

    private static boolean sharesRun(String quote, List<String> contents) {
        String words = " " + String.join(" ", words(quote)) + " ";
        for (String content : contents) {
            List<String> gold = words(content);
            int run = Math.min(RUN, gold.size());
            for (int i = 0; run > 0 && i + run <= gold.size(); i++) {
                if (words.contains(" " + String.join(" ", gold.subList(i, i + run)) + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean names(String text, List<String> names) {
        String lower = text.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
    }
}

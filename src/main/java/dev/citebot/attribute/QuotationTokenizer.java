package dev.citebot.attribute;

import dev.citebot.text.Abbreviations;
import dev.citebot.text.Folding;
import dev.citebot.text.Marks;
import dev.citebot.text.Spaces;
import dev.citebot.text.WordLists;
import dev.citebot.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits an article into {@link Token}s and marks the ones inside quotations, in one linear scan (no regular
 * expressions: this runs on every article for every candidate sentence).
 * <p>
 * A word is a run of letters and digits, joined across hyphens ("Parsons-Soren") and contractions ("don't");
 * initials ("U.S.", "D-N.J."), listed abbreviations ("Mr.", "Sen."), a middle initial ("Donald J. Trump") and a
 * short abbreviation before a comma or parenthesis ("Md.,") keep their period; a possessive "'s" is a token of
 * its own, and a capitalised plural keeps its possessive apostrophe before a body's word ("Seafarers'
 * Union"); any other character is a token. Quotations are delimited by double marks: curly ones by shape;
 * straight ones and {@code ''} by the space around them, else by whether a quotation is open; {@code ``}
 * opens. A quotation left open ends at the paragraph, and a closing mark with no opening one in its paragraph
 * quotes everything before it. White space, apostrophes and abbreviations are the text model's ({@link Spaces},
 * {@link Marks}, {@link Abbreviations}).
 */
final class QuotationTokenizer {
    /** The titles the attribution lexicon spells with their full stop ("sen."), so that the title token matches. */
    private static final Set<String> DOTTED_TITLES = WordLists.bundled(WordLists.TITLES).stream()
            .filter(title -> title.endsWith(".")).collect(Collectors.toUnmodifiableSet());

    /** Words that end a body's name after a plural possessive. */
    private static final Set<String> BODY_WORDS = Set.of("union", "unions", "association", "guild", "federation",
            "council", "party", "league", "alliance", "coalition", "society", "club", "fund", "cooperative",
            "committee", "network", "organization", "organisation", "board", "institute", "college", "home", "center",
            "centre", "foundation", "trust", "congress", "group");

    private QuotationTokenizer() {
    }

    static List<Token> tokens(String text) {
        List<int[]> spans = spans(text);
        Token.Kind[] kinds = new Token.Kind[spans.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(text, spans.get(i)[0], spans.get(i)[1]);
        }
        boolean[] quoted = quoted(text, spans, kinds);
        List<Token> tokens = new ArrayList<>(kinds.length);
        for (int i = 0; i < kinds.length; i++) {
            String s = text.substring(spans.get(i)[0], spans.get(i)[1]);
            String lower = Folding.lowerCase(s);
            tokens.add(new Token(s, lower, spans.get(i)[0], spans.get(i)[1], kinds[i], quoted[i]));
        }
        return List.copyOf(tokens);
    }

    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Spaces.isSpace(c)) {
                i++;
                continue;
            }
            int end;
            if (text.startsWith("''", i) || text.startsWith("``", i)) {
                end = i + 2;
            } else if (Words.isWordChar(c)) {
                end = wordEnd(text, i);
            } else if (Marks.isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && !letterAt(text, i + 2)) {
                end = i + 2;
            } else {
                end = i + 1;
            }
            spans.add(new int[] {i, end});
            i = end;
        }
        return spans;
    }

    private static int wordEnd(String text, int start) {
        int segment = start;
        int j = run(text, start);
        while (j + 1 < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '&')
                && Words.isWordChar(text.charAt(j + 1))) {
            segment = j + 1;
            j = run(text, segment);
        }
        if (j - segment == 1 && Character.isUpperCase(text.charAt(segment)) && initialAt(text, j + 1)) {
            while (initialAt(text, j + 1)) {
                j += 2;
            }
            return j + 1;
        }
        if (j + 1 < text.length() && Marks.isApostrophe(text.charAt(j)) && letterAt(text, j + 1)
                && !((text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S') && !letterAt(text, j + 2))) {
            return run(text, j + 1);
        }
        if (pluralPossessiveInName(text, start, j)) {
            return j + 1;
        }
        return j < text.length() && text.charAt(j) == '.' && keepsPeriod(text, start, segment, j) ? j + 1 : j;
    }

    /**
     * A capitalised plural with its possessive apostrophe before a body's word, as in the body's name ("The
     * Seafarers' Union", "Teachers' Federation"): the apostrophe is the word's, not a closing quotation mark. Before
     * a person's name it stays a token of its own ("Fox News' Megyn Kelly": the outlet is no part of her name).
     */
    private static boolean pluralPossessiveInName(String text, int start, int end) {
        if (end + 2 >= text.length() || !Character.isUpperCase(text.charAt(start)) || text.charAt(end - 1) != 's'
                || !Marks.isApostrophe(text.charAt(end)) || text.charAt(end + 1) != ' ') {
            return false;
        }
        int next = run(text, end + 2);
        return Character.isUpperCase(text.charAt(end + 2))
                && BODY_WORDS.contains(Folding.lowerCase(text.substring(end + 2, next)));
    }

    /** "U.S.": position {@code k} holds a capital letter followed by a period, after a period. */
    private static boolean initialAt(String text, int k) {
        return text.charAt(k - 1) == '.' && k + 1 < text.length() && Character.isUpperCase(text.charAt(k))
                && text.charAt(k + 1) == '.';
    }

    private static boolean keepsPeriod(String text, int start, int segment, int period) {
        String word = text.substring(start, period);
        if (keepsItsStop(word) || titleBeforeName(text, word, period)) {
            return true;
        }
        boolean capital = Character.isUpperCase(text.charAt(segment));
        if (period - segment == 1 && capital) {
            return period + 2 < text.length() && text.charAt(period + 1) == ' '
                    && Character.isUpperCase(text.charAt(period + 2));
        }
        boolean shortWord = capital && period - segment <= 4;
        char after = period + 1 < text.length() ? text.charAt(period + 1) : ' ';
        return shortWord && (after == ',' || after == ')');
    }

    /** A title the lexicon knows with its stop ("Sen."), a name suffix ("Jr.") or a month ("Sept."). */
    private static boolean keepsItsStop(String word) {
        return Abbreviations.isTitle(word) && DOTTED_TITLES.contains(Folding.lowerCase(word) + ".")
                || Abbreviations.isNameSuffix(word) || Abbreviations.isMonth(word);
    }

    /**
     * A title the lexicon spells with its stop that also abbreviates something else ("Del." for Delaware and for
     * a delegate) keeps its stop when a capitalised word follows, as a name does after a title.
     */
    private static boolean titleBeforeName(String text, String word, int period) {
        return DOTTED_TITLES.contains(Folding.lowerCase(word) + ".") && period + 2 < text.length()
                && text.charAt(period + 1) == ' ' && Character.isUpperCase(text.charAt(period + 2));
    }

    static boolean lineBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int run(String text, int k) {
        int j = k;
        while (j < text.length() && Words.isWordChar(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean letterAt(String text, int k) {
        return k < text.length() && Words.isLetter(text.charAt(k));
    }

    /** The kind of a token; null for a straight quotation mark with space on both sides or on neither, whose
     * direction only the quotation state can tell. */
    private static Token.Kind kind(String text, int start, int end) {
        char c = text.charAt(start);
        boolean possessive = end - start == 2 && Marks.isApostrophe(c) && !Marks.isApostrophe(text.charAt(start + 1));
        if (Words.isWordChar(c) || possessive) {
            return Token.Kind.WORD;
        }
        if (c == '“' || c == '«' || c == '„' || c == '`') {
            return Token.Kind.OPEN_QUOTE;
        }
        if (c == '”' || c == '»') {
            return Token.Kind.CLOSE_QUOTE;
        }
        if (c == '"' || text.startsWith("''", start)) {
            boolean openBefore = start == 0 || Spaces.isSpace(text.charAt(start - 1))
                    || "([{—–".indexOf(text.charAt(start - 1)) >= 0;
            boolean openAfter = end == text.length() || Spaces.isSpace(text.charAt(end));
            if (openBefore == openAfter) {
                return null;
            }
            return openBefore ? Token.Kind.OPEN_QUOTE : Token.Kind.CLOSE_QUOTE;
        }
        return Token.Kind.PUNCT;
    }

    private static boolean[] quoted(String text, List<int[]> spans, Token.Kind[] kinds) {
        boolean[] quoted = new boolean[kinds.length];
        boolean inside = false;
        boolean markSeen = false;
        int paragraphStart = 0;
        for (int i = 0; i < kinds.length; i++) {
            if (i > 0 && lineBreakBetween(text, spans.get(i - 1)[1], spans.get(i)[0])) {
                inside = false;
                markSeen = false;
                paragraphStart = i;
            }
            if (kinds[i] == null) {
                kinds[i] = inside ? Token.Kind.CLOSE_QUOTE : Token.Kind.OPEN_QUOTE;
            }
            if (kinds[i] == Token.Kind.OPEN_QUOTE) {
                inside = true;
                markSeen = true;
            } else if (kinds[i] == Token.Kind.CLOSE_QUOTE) {
                if (!inside && !markSeen) {
                    Arrays.fill(quoted, paragraphStart, i, true);
                }
                inside = false;
                markSeen = true;
            } else {
                quoted[i] = inside;
            }
        }
        return quoted;
    }
}

package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tokens of one article, with where its sentences start and which words it writes in lower case. */
final class ArticleTokens {

    private final String text;
    private final List<Token> tokens;
    private final boolean[] sentenceStarts;
    /** Whether a line break separates token i from the one before it (true for the first token). */
    private final boolean[] lineStarts;
    /** The first token after the article's first line (its headline); 0 for a text of one line, which has none. */
    private final int headlineEnd;
    private final Set<String> lowercaseWords = new HashSet<>();
    private final Set<String> midSentenceCapitals = new HashSet<>();
    private Map<String, List<Integer>> positions;
    private Map<String, List<Integer>> lowerPositions;
    private final Map<Object, Object> memo = new HashMap<>();

    ArticleTokens(String text) {
        this.text = text;
        this.tokens = QuotationTokenizer.tokens(text);
        this.lineStarts = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            lineStarts[i] = i == 0 || QuotationTokenizer.lineBreakBetween(text, tokens.get(i - 1).end(), tokens.get(i).start());
        }
        this.sentenceStarts = new boolean[tokens.size()];
        boolean firstLine = true;
        int end = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            firstLine &= i == 0 || sameLine(i);
            end = !firstLine && end == tokens.size() ? i : end;
            sentenceStarts[i] = computeSentenceStart(i);
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
                lowercaseWords.add(t.lower());
            } else if (!firstLine && t.capitalised() && !sentenceInitial(i) && !sentenceInitial(i - 1)) {
                midSentenceCapitals.add(t.lower());
            }
        }
        this.headlineEnd = end == tokens.size() ? 0 : end;
    }

    private ArticleTokens(ArticleTokens original, String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.sentenceStarts = original.sentenceStarts;
        this.lineStarts = original.lineStarts;
        this.headlineEnd = original.headlineEnd;
        this.lowercaseWords.addAll(original.lowercaseWords);
        this.midSentenceCapitals.addAll(original.midSentenceCapitals);
        tokens.stream().filter(t -> t.isWord() && Character.isLowerCase(t.text().codePointAt(0)))
                .forEach(t -> lowercaseWords.add(t.lower()));
    }

    /**
     * The same article with the words at {@code indices} written in lower case (offsets and sentence starts kept),
     * without tokenizing it again.
     */
    ArticleTokens withLowered(List<Integer> indices) {
        StringBuilder lowered = new StringBuilder(text);
        List<Token> copy = new ArrayList<>(tokens);
        for (int i : indices) {
            Token t = tokens.get(i);
            String low = t.text().toLowerCase(Locale.ROOT);
            lowered.replace(t.start(), t.end(), low);
            copy.set(i, new Token(low, t.lower(), t.start(), t.end(), t.kind(), t.quoted()));
        }
        return new ArticleTokens(this, lowered.toString(), List.copyOf(copy));
    }

    /** The positions of the tokens whose lower-case form is {@code lower}, in text order. */
    List<Integer> positionsOfLower(String lower) {
        if (lowerPositions == null) {
            lowerPositions = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                lowerPositions.computeIfAbsent(tokens.get(i).lower(), w -> new ArrayList<>()).add(i);
            }
        }
        return lowerPositions.getOrDefault(lower, List.of());
    }

    /**
     * The indices of the tokens written exactly as {@code word}, in text order. The index is built on first use;
     * an {@code ArticleTokens} belongs to one extraction, so it is never shared between threads.
     */
    List<Integer> positionsOf(String word) {
        if (positions == null) {
            positions = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                positions.computeIfAbsent(tokens.get(i).text(), w -> new ArrayList<>()).add(i);
            }
        }
        return positions.getOrDefault(word, List.of());
    }

    /**
     * A value derived from these tokens alone, computed once per key: what many mentions of one name share, so
     * that it is not recomputed for each (quadratic in the mentions of a name in a long article).
     */
    @SuppressWarnings("unchecked")
    <T> T remembered(Object key, java.util.function.Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /** The article text these tokens index. */
    String text() {
        return text;
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** Index of the first token starting at or after {@code offset}; {@link #size()} if none. */
    int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The article text from the start of token {@code first} to the end of token {@code last}. */
    String slice(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    boolean startsSentence(int i) {
        return sentenceStarts[i];
    }

    /** The first word of a sentence, possibly after an opening quotation mark. */
    boolean sentenceInitial(int i) {
        return sentenceStarts[i]
                || (i > 0 && tokens.get(i - 1).kind() == Token.Kind.OPEN_QUOTE && sentenceStarts[i - 1]);
    }

    /** Whether the word occurs somewhere in the article starting with a lower-case letter. */
    boolean writesInLowercase(String lower) {
        return lowercaseWords.contains(lower);
    }

    /**
     * Whether the word occurs capitalised inside a sentence of the article after its first line (the headline),
     * from the third word of the sentence on, as a name is written.
     */
    boolean writesCapitalisedInside(String lower) {
        return midSentenceCapitals.contains(lower);
    }

    /** Whether token {@code i} stands on the article's first line, its headline. */
    boolean inHeadline(int i) {
        return i < headlineEnd;
    }

    /** The first token after the headline; 0 when the text has one line only. */
    int headlineEnd() {
        return headlineEnd;
    }

    /** Whether only spaces (no line break) separate token {@code i} from the one before it. */
    boolean sameLine(int i) {
        return i > 0 && !lineStarts[i];
    }

    private boolean computeSentenceStart(int i) {
        if (i == 0 || !sameLine(i)) {
            return true;
        }
        Token t = tokens.get(i);
        boolean opens = t.capitalised() || t.kind() == Token.Kind.OPEN_QUOTE || Character.isDigit(t.text().charAt(0));
        return opens && (endsSentence(i - 1) || (tokens.get(i - 1).kind() == Token.Kind.CLOSE_QUOTE && i > 1
                && endsSentence(i - 2)));
    }

    private boolean endsSentence(int i) {
        String s = tokens.get(i).text();
        return s.equals(".") || s.equals("!") || s.equals("?");
    }
}

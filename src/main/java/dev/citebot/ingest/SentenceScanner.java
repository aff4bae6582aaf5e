package dev.citebot.ingest;

import dev.citebot.article.TextRange;
import dev.citebot.text.Abbreviations;
import dev.citebot.text.Spaces;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ordinary sentences of a paragraph in one left-to-right pass, without regard to quotations.
 *
 * <p>A sentence ends after a run of {@code . ! ?} or {@code …}, plus any closing quotation marks and brackets,
 * when blank space follows and then a capital letter, a digit, or an opening quotation mark or bracket. A
 * single full stop that closes an abbreviation does not end a sentence (see {@link Abbreviations}). Lower-case
 * continuations (mid-sentence ellipses, {@code etc.}, {@code p.m.}) and decimals never qualify, and neither
 * does a quoted question or exclamation followed by its named speaker (see {@link SpeakerAfterQuote}).
 *
 * <p>A line break inside a paragraph also ends a sentence when the line has no closing punctuation of its own
 * (a list item, a byline under a quote, a headline) and the next line starts like a sentence or a list item,
 * unless the line ends with a comma or colon or the paragraph looks hard-wrapped (every line but the last
 * {@value #WRAPPED_MIN}-{@value #WRAPPED_MAX} characters long), where line breaks are only spaces.
 */
final class SentenceScanner {
    static final int WRAPPED_MIN = 40;
    static final int WRAPPED_MAX = 120;

    private SentenceScanner() {
    }

    /** The sentences of {@code text[start,end)}, trimmed, in order, covering all its non-blank text. */
    static List<TextRange> sentences(CharSequence text, int start, int end) {
        List<TextRange> sentences = new ArrayList<>();
        boolean lineBreaksEnd = !isHardWrapped(text, start, end);
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (lineBreaksEnd && (c == '\n' || c == '\r') && sentenceStart < i) {
                int next = skipSpace(text, i, end);
                if (endsLineSentence(text, sentenceStart, i, next, end)) {
                    sentences.add(new TextRange(sentenceStart, trimEnd(text, sentenceStart, i)));
                    sentenceStart = next;
                }
                i = next;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < end && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int close = runEnd;
            while (close < end && isCloser(text.charAt(close))) {
                close++;
            }
            int next = skipSpace(text, close, end);
            if (next > close && next < end && startsSentence(text.charAt(next))
                    && !isAbbreviation(text, start, i, runEnd, next)
                    && !isAttributedQuote(text, i, runEnd, close, next, end)) {
                sentences.add(new TextRange(sentenceStart, close));
                sentenceStart = next;
            }
            i = close;
        }
        sentences.add(new TextRange(sentenceStart, end));
        return sentences;
    }

    /** Whether the line break at {@code lineBreak} ends the sentence begun at {@code sentenceStart}. */
    private static boolean endsLineSentence(CharSequence text, int sentenceStart, int lineBreak, int next, int end) {
        int last = trimEnd(text, sentenceStart, lineBreak) - 1;
        while (last > sentenceStart && isCloser(text.charAt(last))) {
            last--;
        }
        char lastChar = text.charAt(last);
        return next < end && !isTerminator(lastChar) && lastChar != ',' && lastChar != ':'
                && (startsSentence(text.charAt(next)) || isBullet(text, next, end));
    }

    /** Whether every line of {@code text[start,end)} but the last is as long as lines wrapped at a fixed width. */
    private static boolean isHardWrapped(CharSequence text, int start, int end) {
        int lineStart = start;
        boolean multiline = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int length = trimEnd(text, lineStart, i) - lineStart;
                if (length > 0 && (length < WRAPPED_MIN || length > WRAPPED_MAX)) {
                    return false;
                }
                multiline |= length > 0;
                lineStart = skipSpace(text, i, end);
                i = lineStart - 1;
            }
        }
        return multiline;
    }

    private static boolean isBullet(CharSequence text, int at, int end) {
        char c = text.charAt(at);
        return (c == '-' || c == '*' || c == '+' || c == '•') && at + 1 < end && Spaces.isSpace(text.charAt(at + 1));
    }

    private static int skipSpace(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && Spaces.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(CharSequence text, int start, int end) {
        int i = end;
        while (i > start && Spaces.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isAbbreviation(CharSequence text, int from, int dot, int runEnd, int next) {
        return runEnd == dot + 1 && text.charAt(dot) == '.' && Abbreviations.continuesAfter(text, from, dot, next);
    }

    /** A quoted question or exclamation followed by its speaker ({@code “Why?” Graham asked.}). */
    private static boolean isAttributedQuote(CharSequence text, int run, int runEnd, int close, int next, int end) {
        return contains(text, run, runEnd, '?', '!') && contains(text, runEnd, close, '”', '"')
                && SpeakerAfterQuote.follows(text, next, end);
    }

    private static boolean contains(CharSequence text, int from, int to, char one, char other) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == one || text.charAt(i) == other) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
    }

    private static boolean isOpener(char c) {
        return c == '“' || c == '‘' || c == '"' || c == '\'' || c == '(' || c == '[';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || isOpener(c);
    }
}

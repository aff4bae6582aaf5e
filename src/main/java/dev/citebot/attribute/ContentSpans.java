package dev.citebot.attribute;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the content of a reporting construction lies within its stretch of a sentence, as token spans
 * {@code {first, last}} (inclusive): after the construction when it introduces the content ("X said that ...",
 * "according to X, ...", "During the rally, X said ...") and before it when it trails and only a time or place
 * follows ("..., X said on Monday."); across it for a quotation it interrupts
 * ("“A,” X said, “B.”"). Sentence-final punctuation outside quotation marks is left out, the mark closing a
 * quotation kept.
 */
final class ContentSpans {

    private static final int MAX_ADDRESSEE = 8;
    private static final int SHORT_OPENING = 3;

    private ContentSpans() {
    }

    /** The content of {@code r} within tokens {@code [from, to)} of its sentence, if there is one. */
    static Optional<int[]> content(ArticleTokens a, Resolved r, int from, int to) {
        int left = r.left(a);
        int right = r.right(a);
        Frame frame = r.candidate().frame();
        if (frame == Frame.INFINITIVE || frame == Frame.OBJECT) {
            int start = Complements.start(a, right + 1, to);
            int first = frame == Frame.OBJECT ? Complements.objectStart(a, start, to) : start;
            return first >= to ? Optional.empty() : trim(a, first, Complements.end(a, frame, first, to) + 1);
        }
        Optional<int[]> before = r.candidate().shared() ? Optional.empty() : trim(a, from, Math.max(from, left));
        Optional<int[]> after = trim(a, afterAddressee(a, r, right + 1, to), to);
        if (before.isEmpty() || after.isEmpty()) {
            return after.isPresent() ? after : before;
        }
        if (byAgent(a, r)) {
            return before;
        }
        if (endsQuote(a, before.get()) && opensQuote(a, after.get())) {
            return Optional.of(new int[] {before.get()[0], after.get()[1]});
        }
        if (WordClasses.isPreposition(a.get(before.get()[0])) && !opensQuote(a, before.get())) {
            return after;
        }
        if (introduces(a, after.get()[0])) {
            return after;
        }
        boolean adjunctAfter = words(a, after.get()) < SHORT_OPENING || WordClasses.isPreposition(a.get(after.get()[0]))
                || WordClasses.WEEKDAYS.contains(a.get(after.get()[0]).lower());
        boolean trails = endsQuote(a, before.get())
                || (words(a, before.get()) > SHORT_OPENING && a.get(left - 1).is(",") && adjunctAfter);
        return trails ? before : after;
    }

    /** Tokens {@code [lo, hi)} without leading or trailing punctuation (a closing quotation mark stays). */
    static Optional<int[]> trim(ArticleTokens a, int lo, int hi) {
        int first = lo;
        while (first < hi && leadingJunk(a.get(first))) {
            first++;
        }
        int last = hi - 1;
        while (last >= first && trailingJunk(a, last)) {
            last--;
        }
        boolean hasWord = false;
        for (int i = first; i <= last && !hasWord; i++) {
            hasWord = a.get(i).isWord();
        }
        return hasWord ? Optional.of(new int[] {first, last}) : Optional.empty();
    }

    /**
     * A fragment in single quotation marks of two or more words, not all capitalised: British style quotes a
     * speaker's words in single marks ("accused them of a ‘militaristic [and] confrontational’ course"), while
     * names and one-word scare quotes ("the ‘Coalition of the Willing’", "‘peacekeeping’") are not quotations.
     */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{Nd}])‘([^‘’]*?\\s[^‘’]*?)’(?![\\p{L}])");

    /**
     * Direct when the span is one quotation, mixed when it holds a quoted part (in double marks, or a quoted
     * fragment in single marks), else indirect.
     */
    static Attribution.Kind kind(ArticleTokens a, int[] span) {
        boolean quotedWord = false;
        boolean plainWord = false;
        for (int i = span[0]; i <= span[1]; i++) {
            Token t = a.get(i);
            if (t.isWord()) {
                quotedWord |= t.quoted();
                plainWord |= !t.quoted();
            }
        }
        if (!quotedWord) {
            return singleQuotedFragment(a.slice(span[0], span[1])) ? Attribution.Kind.MIXED
                    : Attribution.Kind.INDIRECT;
        }
        return plainWord ? Attribution.Kind.MIXED : Attribution.Kind.DIRECT;
    }

    /** Lower-case words that join the capitalised words of a name or title ("Coalition of the Willing"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "a",
            "an", "de", "la", "von", "van");

    /** Whether {@code content} holds a fragment in single marks that reads as quoted words (see {@link #SINGLE_QUOTED}). */
    static boolean singleQuotedFragment(String content) {
        Matcher m = SINGLE_QUOTED.matcher(content);
        while (m.find()) {
            if (!allCapitalised(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitalised(String fragment) {
        for (String w : fragment.strip().split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_JOINERS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "told the newspaper that ...", "said on Monday that ...": the content starts after the one addressed or
     * the time or place given.
     */
    private static int afterAddressee(ArticleTokens a, Resolved r, int from, int to) {
        boolean addressee = WordClasses.ADDRESSEE_VERBS.contains(a.get(r.candidate().cue()).lower());
        if (from >= to || !(addressee || WordClasses.isPreposition(a.get(from))
                || WordClasses.WEEKDAYS.contains(a.get(from).lower()))) {
            return from;
        }
        for (int i = from; i < Math.min(to, from + MAX_ADDRESSEE); i++) {
            Token t = a.get(i);
            if (t.is("that") || t.is(":") || t.kind() == Token.Kind.OPEN_QUOTE) {
                return i;
            }
            if (!t.isWord() && !t.is("'s")) {
                return from;
            }
        }
        return from;
    }

    /** "The plan was echoed by several experts": the passive's subject is what the agent says. */
    private static boolean byAgent(ArticleTokens a, Resolved r) {
        int cue = r.candidate().cue();
        return r.candidate().phrase().first() == cue + 2 && a.get(cue + 1).is("by") && cue > 0
                && WordClasses.isAuxiliary(a.get(cue - 1));
    }

    private static boolean introduces(ArticleTokens a, int first) {
        Token t = a.get(first);
        return t.is("that") || t.kind() == Token.Kind.OPEN_QUOTE || (first > 0 && a.get(first - 1).is(":"));
    }

    private static boolean endsQuote(ArticleTokens a, int[] span) {
        return a.get(span[1]).closesQuote() && a.get(span[1]).kind() != Token.Kind.WORD;
    }

    private static boolean opensQuote(ArticleTokens a, int[] span) {
        return a.get(span[0]).kind() == Token.Kind.OPEN_QUOTE;
    }

    private static int words(ArticleTokens a, int[] span) {
        int n = 0;
        for (int i = span[0]; i <= span[1]; i++) {
            n += a.get(i).isWord() ? 1 : 0;
        }
        return n;
    }

    private static boolean leadingJunk(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.is("(") && !t.is("‘") && !t.is("'");
    }

    private static boolean trailingJunk(ArticleTokens a, int i) {
        Token t = a.get(i);
        if (t.kind() != Token.Kind.PUNCT || t.is(")")) {
            return false;
        }
        return !(t.is("’") || t.is("'")) || a.get(i - 1).kind() == Token.Kind.PUNCT;
    }
}

package dev.citebot.ingest;

import dev.citebot.text.Abbreviations;
import dev.citebot.text.Marks;
import dev.citebot.text.WordLists;

import java.util.Set;

/**
 * Recognises a named attribution right after a quoted question or exclamation, as in
 * {@code “Why now?” Graham asked.} or {@code “Enough!” Sen. Ruiz shouted}: the quotation and its speaker are
 * one sentence even though a capital follows the {@code ?”}. A verb of saying is one of the bundled lists
 * {@value WordLists#REPORTING_VERBS} (the attribution rules' reporting verbs) and {@value WordLists#SPEECH_VERBS},
 * as written (lower case). Pronoun and other sentence openers
 * ({@code “Why?” She paused.}) do not count, so those still start a new sentence.
 */
final class SpeakerAfterQuote {
    private static final int MAX_NAME_WORDS = 4;
    private static final int LONGEST_WORD = 20;

    /** Read from the lexicon the attribution rules read, so that sentence splitting and attribution agree. */
    private static final Set<String> VERBS_OF_SAYING = WordLists.verbsOfSaying();

    private SpeakerAfterQuote() {
    }

    /** Whether {@code text} at {@code at} reads as one to four capitalised name words and a reporting verb. */
    static boolean follows(CharSequence text, int at, int end) {
        int i = at;
        for (int words = 0; words <= MAX_NAME_WORDS && i < end; words++) {
            int wordEnd = wordEnd(text, i, end);
            if (wordEnd == i || wordEnd - i > LONGEST_WORD) {
                return false;
            }
            String word = text.subSequence(i, wordEnd).toString();
            if (words > 0 && VERBS_OF_SAYING.contains(withoutFinalStop(word))) {
                return true;
            }
            if (!Character.isUpperCase(word.charAt(0)) || words == 0 && Abbreviations.isSentenceOpener(word)) {
                return false;
            }
            i = wordEnd;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
        }
        return false;
    }

    private static String withoutFinalStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static int wordEnd(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && i - from <= LONGEST_WORD && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '-' || Marks.isApostrophe(c);
    }
}

package dev.citebot.answer;

/**
 * Tells questions citebot cannot read: its rules, lexicons and embedding model are English only, so a question
 * in another script gets a reply saying so instead of a refusal that names its words.
 */
final class Language {
    static final String REPLY = "I answer questions in English. Please ask in English.";

    private Language() {
    }

    /**
     * True when the question's first letter and at least half of its letters are Latin (accents allowed), or it
     * has no letters: a question opens with its question word, so "Что сказал Mayor Brandt?" is not English.
     */
    static boolean readable(String question) {
        int first = question.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        if (Character.UnicodeScript.of(first) != Character.UnicodeScript.LATIN) {
            return false;
        }
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < question.length(); ) {
            int c = question.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        return letters == 0 || 2 * latin >= letters;
    }
}

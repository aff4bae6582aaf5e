package dev.citebot.answer;

/**
 * Tells questions citebot cannot read: its rules, lexicons and embedding model are English only, so a question
 * written mostly in another script gets a reply saying so instead of a refusal that names its words.
 */
final class Language {
    static final String REPLY = "I answer questions in English. Please ask in English.";

    private Language() {
    }

    /** True when at least half of the question's letters are Latin (accents allowed), or it has no letters. */
    static boolean readable(String question) {
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

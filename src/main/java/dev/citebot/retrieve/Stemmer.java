package dev.citebot.retrieve;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.HashMap;
import java.util.Map;

/**
 * Reduces a lower-case word to its search stem: the Snowball English (Porter2) stem, so that "declare", "declared"
 * and "declaration" meet, then a small table of general word forms that Porter2 leaves apart — irregular verbs
 * ("took", "taken" → "take"), irregular plurals ("women" → "woman") and nominalisations with a changed root
 * ("decision" → "decide", "death" and "dead" → "die"). Porter2 also drops a possessive ending ("Russia's",
 * "allies'"). One instance serves one thread (the Snowball program is stateful); make one per use.
 */
final class Stemmer {
    /** Pairs of (form, the word it stands for), read as forms of one word whatever the question asks. */
    private static final String[] FORMS = {
            "took take", "taken take", "gave give", "given give", "made make", "went go", "gone go", "came come",
            "became become", "knew know", "known know", "thought think", "brought bring", "bought buy",
            "caught catch", "taught teach", "sought seek", "fought fight", "built build", "sent send", "spent spend",
            "felt feel", "kept keep", "held hold", "met meet", "led lead", "paid pay", "won win", "lost lose",
            "loss lose", "spoke speak", "spoken speak", "wrote write", "written write", "chose choose",
            "chosen choose", "began begin", "begun begin", "grew grow", "grown grow", "drew draw", "drawn draw",
            "threw throw", "thrown throw", "flew fly", "flown fly", "fell fall", "fallen fall", "struck strike",
            "stood stand", "understood understand", "ran run", "seen see", "ate eat", "eaten eat", "sold sell",
            "heard hear", "meant mean", "hid hide", "hidden hide", "shot shoot", "fled flee", "stole steal",
            "stolen steal", "broke break", "broken break", "froze freeze", "frozen freeze", "sang sing", "sung sing",
            "sat sit", "told tell", "got get", "gotten get", "swore swear", "sworn swear", "shook shake",
            "shaken shake", "drove drive", "driven drive", "rode ride", "ridden ride", "wore wear", "worn wear",
            "hung hang", "sank sink", "sunk sink", "withdrew withdraw", "withdrawn withdraw", "forgave forgive",
            "forgiven forgive", "overcame overcome", "undertook undertake", "upheld uphold", "mistook mistake",
            "men man", "women woman", "children child", "feet foot", "teeth tooth", "mice mouse", "death die",
            "dead die", "decision decide", "conclusion conclude", "invasion invade", "explosion explode",
            "destruction destroy", "success succeed", "failure fail", "agreement agree", "permission permit",
            "admission admit", "submission submit", "descent descend", "defence defend", "defense defend",
            "offence offend", "offense offend", "response respond", "pursuit pursue", "proof prove", "belief believe",
            "speech speak", "growth grow", "sale sell", "choice choose", "flight fly", "threat threaten"};
    private static final Map<String, String> WORD_FORMS = wordForms();
    private final EnglishStemmer snowball = new EnglishStemmer();

    /** The search stem of {@code word} (lower case, as the text model splits words). */
    String stem(String word) {
        String stem = porter2(snowball, word);
        return WORD_FORMS.getOrDefault(stem, stem);
    }

    private static String porter2(EnglishStemmer snowball, String word) {
        snowball.setCurrent(word);
        snowball.stem();
        return snowball.getCurrent();
    }

    private static Map<String, String> wordForms() {
        EnglishStemmer snowball = new EnglishStemmer();
        Map<String, String> forms = new HashMap<>();
        for (String pair : FORMS) {
            String[] p = pair.split(" ");
            forms.put(porter2(snowball, p[0]), porter2(snowball, p[1]));
        }
        return Map.copyOf(forms);
    }
}

package dev.citebot.attribute;

import java.util.Map;
import java.util.Set;

/** Closed classes of English words that the speaker rules treat specially. Grammar, not lexicon. */
final class WordClasses {

    /** Verbs of a post a relative clause gives someone: "who owns the inn", "who runs the shelter". */
    static final Set<String> POST_VERBS = Set.of("owns", "co-owns", "runs", "leads", "heads", "manages", "chairs",
            "directs", "founded", "co-founded", "represents", "coaches", "teaches", "oversees", "operates");

    /** Lower-case words that begin a surname: "de Blasio", "van Gogh", "bin Laden". */
    static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "der", "den", "du", "la",
            "le", "van", "von", "bin", "ibn", "al", "el", "dos", "das");

    /** Words that open a noun phrase and belong to it. */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "these", "those", "another", "some",
            "several", "many", "one", "two", "three", "four", "five", "six", "his", "her", "its", "their", "our",
            "both");

    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Subject pronouns that may stand for a speaker named earlier. */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");

    /** Object pronouns ("according to him") and the subject pronoun each stands for. */
    static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she", "them", "they");

    /** Words that open a reported clause without "that": other subject pronouns and wh-words. */
    static final Set<String> CLAUSE_OPENERS = Set.of("it", "we", "i", "you", "there", "what", "whether", "how", "why",
            "when", "where", "who", "if");

    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose");

    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Words that may come between a subject and its verb: auxiliaries, negation, frequent adverbs. */
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were", "be",
            "been", "being", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
            "did", "not", "never", "also", "already", "again", "still", "just", "once", "then", "later", "earlier",
            "too", "even", "further", "often", "always", "now", "today", "yesterday", "first", "since", "however",
            "separately", "subsequently", "ultimately", "reportedly", "long");

    /** Words ending in "-ly" that are not adverbs. */
    static final Set<String> LY_NOUNS = Set.of("family", "ally", "rally", "supply", "assembly", "reply", "daily",
            "weekly", "monthly", "quarterly", "italy", "july", "bully", "anomaly", "monopoly", "homily");

    /** Prepositions that attach a phrase to a noun ("officials in Moscow", "a spokesman for the ministry"). */
    static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "from", "for", "at", "in", "with", "outside",
            "inside", "near", "on", "within", "to", "by");

    /** Prepositions after which a capitalised word names a place or a thing rather than a speaker. */
    static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along", "amid",
            "among", "around", "as", "at", "before", "behind", "below", "beside", "besides", "between", "beyond",
            "by", "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of",
            "off", "on", "onto", "out", "outside", "over", "per", "since", "through", "throughout", "to", "toward",
            "towards", "under", "unlike", "until", "up", "upon", "via", "with", "within", "without");

    /** Words that never belong to a speaker's noun phrase. */
    static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "nor", "so", "yet", "because", "although",
            "though", "while", "whereas", "if", "unless", "whether", "when", "whenever", "where", "why", "how",
            "what", "that", "than", "then", "as", "i", "we", "you", "it", "he", "she", "they", "me", "us", "him",
            "them", "who", "whom", "which", "whose", "there", "here", "not", "never", "also", "however",
            "meanwhile", "moreover", "furthermore", "nevertheless", "instead", "indeed", "still", "already",
            "again", "just", "only", "even", "too", "very", "back", "now", "today", "yesterday", "tomorrow",
            "tonight", "earlier", "later", "soon", "ago", "perhaps", "maybe", "thus", "therefore", "hence",
            "otherwise", "rather", "almost", "all", "such", "according", "has", "have", "had", "is",
            "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could",
            "might", "must", "do", "does", "did", "it's", "there's", "no", "yes", "every", "each", "any", "one");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Reporting verbs whose first complement is the person addressed, so no inverted subject follows them. */
    static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "tells", "told", "telling", "advise", "advised",
            "advises", "inform", "informed", "informs", "remind", "reminded", "reminds", "accuse", "accused",
            "accuses", "urge", "urged", "urges", "assure", "assured", "assures");

    private WordClasses() {
    }

    static boolean isPreposition(Token t) {
        return PREPOSITIONS.contains(t.lower());
    }

    /** An auxiliary, a negation or an adverb: skipped between a subject and its verb. */
    static boolean isAuxiliary(Token t) {
        String w = t.lower();
        return t.isWord() && !t.capitalised() && (AUXILIARIES.contains(w) || w.endsWith("n't")
                || (w.endsWith("ly") && w.length() > 4 && !LY_NOUNS.contains(w)));
    }

    /** A function word, or a contraction of one ("you'd", "I've", "they're"). */
    static boolean isFunctionWord(Token t) {
        String w = t.lower();
        int apostrophe = w.indexOf('\'');
        String base = apostrophe > 0 ? w.substring(0, apostrophe) : w;
        return FUNCTION_WORDS.contains(base) || PREPOSITIONS.contains(w);
    }

    /** A mark that sets off an aside: a comma, a dash, a parenthesis. */
    static boolean isAsideMark(Token t) {
        return t.is(",") || t.is("-") || t.is("--") || t.is("—") || t.is("–") || t.is("―");
    }

    static boolean isPossessive(Token t) {
        return t.lower().equals("'s");
    }
}

package dev.citebot.attribute;

import dev.citebot.text.WordLists;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists that drive {@link RuleSpeakerFinder}. Entries are held trimmed and in lower case, and are
 * compared case-insensitively.
 *
 * @param reportingVerbs   every inflected form of verbs that report speech or belief ("said", "has warned")
 * @param titles           words, single or several, naming a speaker by office, rank, occupation or role, and
 *                         bodies that speak as one ("spokesman", "prime minister", "source", "ministry")
 * @param attributionNouns nouns for a piece of speech or writing ("statement", "warning", "article")
 * @param beliefVerbs      every inflected form of verbs of knowing, believing and finding ("knew", "fears"), cues
 *                         only before the clause they report
 * @param intentionVerbs   every inflected form of verbs of wanting, planning and refusing ("plans", "refused"), cues
 *                         only before the "to" infinitive they report
 * @param stanceVerbs      every inflected form of verbs of supporting, opposing and discussing ("endorsed",
 *                         "rejects"), cues only before the noun phrase they take a stance on
 * @param intentionNouns   nouns for an intention that take a "to" infinitive ("decision", "refusal", "effort");
 *                         the base and plural forms of intention verbs count as well ("plan", "promise")
 */
public record Lexicon(Set<String> reportingVerbs, Set<String> titles, Set<String> attributionNouns,
                      Set<String> beliefVerbs, Set<String> intentionVerbs, Set<String> stanceVerbs,
                      Set<String> intentionNouns) {

    public Lexicon {
        reportingVerbs = normalised(reportingVerbs);
        titles = normalised(titles);
        attributionNouns = normalised(attributionNouns);
        beliefVerbs = normalised(beliefVerbs);
        intentionVerbs = normalised(intentionVerbs);
        stanceVerbs = normalised(stanceVerbs);
        intentionNouns = normalised(intentionNouns);
    }

    /** Reporting verbs, titles and attribution nouns only: no verb needs a particular complement. */
    public Lexicon(Set<String> reportingVerbs, Set<String> titles, Set<String> attributionNouns) {
        this(reportingVerbs, titles, attributionNouns, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The lists shipped in the jar (read by {@link WordLists}): {@code lexicon/reporting-verbs.txt}, {@code titles.txt},
     * {@code attribution-nouns.txt}, {@code belief-verbs.txt}, {@code intention-verbs.txt},
     * {@code stance-verbs.txt} and {@code intention-nouns.txt}, one entry per line, {@code #} starting a comment
     * line. */
    public static Lexicon bundled() {
        return new Lexicon(load(WordLists.REPORTING_VERBS), load("titles.txt"), load("attribution-nouns.txt"),
                load("belief-verbs.txt"), load("intention-verbs.txt"), load("stance-verbs.txt"),
                load("intention-nouns.txt"));
    }

    private static Set<String> normalised(Set<String> words) {
        return words.stream().map(w -> w.trim().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> load(String file) {
        return WordLists.bundled(file);
    }
}

package dev.citebot.answer;

import dev.citebot.article.Scope;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.SpeakerQuery;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.SearchTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "What did X say?" asks for X's words, not for a sentence that resembles the question: when the question names
 * a speaker and asks nothing more (only a reporting verb, and perhaps "else"), the answer is X's attributions
 * from the index, best match first (quotations before reported contents), whatever their wording.
 */
final class SpeakerRoute {
    /** Words a bare "What did X say / warn / think?" may hold besides the speaker, stemmed as questions are. */
    static final Set<String> BARE = Set.copyOf(SearchTerms.terms("say says said tell told warn warned argue argued "
            + "claim claimed think thought believe believed report reported suggest suggested predict predicted mean "
            + "meant want wanted add added state stated note noted announce announced insist insisted deny denied "
            + "admit admitted indicate indicated describe described write wrote feel felt reveal revealed promise "
            + "promised declare declared stress stressed explain explained comment commented respond responded reply "
            + "replied acknowledge acknowledged conclude concluded emphasise emphasised emphasize emphasized "
            + "else exactly actually really anything something"));

    /** The verbs that ask for anything a speaker said, stemmed as {@link #BARE}. */
    private static final Set<String> PLAIN = Set.copyOf(SearchTerms.terms("say says said tell told else exactly "
            + "actually really anything something"));
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{Nd}'’-]{2,}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** Contents of fewer words ("a similar declaration") only point elsewhere: they come after the others. */
    static final int SHORT = 4;
    private final QuotesBySpeaker index;

    SpeakerRoute(QuotesBySpeaker index) {
        this.index = index;
    }

    static boolean isShort(IndexedAttribution a) {
        return a.contentWords() < SHORT;
    }

    /** Whether the question asks only what a named speaker said. */
    static boolean applies(QuestionAnalysis q) {
        return q.type() == QuestionType.WHAT_SAID && q.subject().isPresent() && q.quotedPhrase().isEmpty()
                && BARE.containsAll(q.terms());
    }

    /**
     * Up to {@code max} attributions of the question's speaker in scope, in the index's order (best match, then
     * quotations first) except that those whose cue is the question's own reporting verb ({@link #askedVerbs}) come
     * first and contents under {@value #SHORT} words last; none overlapping another, and
     * none that {@code shown} says was shown already (it is asked last, for the attributions that would be picked
     * otherwise: it may read their content). When the name as asked finds none, its last name is asked, but not for
     * a speaker with another first name ("Tom Hart" for "Ann Hart").
     */
    List<IndexedAttribution> quotes(QuestionAnalysis q, Scope scope, int max, Predicate<IndexedAttribution> shown) {
        return quotesBy(q.subject().orElseThrow(), askedVerbs(q), scope, max, shown);
    }

    /** Like {@link #quotes}, for a speaker named outright. */
    List<IndexedAttribution> quotesBy(String subject, Scope scope, int max, Predicate<IndexedAttribution> shown) {
        return quotesBy(subject, Set.of(), scope, max, shown);
    }

    /**
     * The reporting verbs a question asks by, other than the plain "say" and "tell" (stemmed): "What did the governor
     * promise?" asks for her promises before her other words.
     */
    private static Set<String> askedVerbs(QuestionAnalysis q) {
        Set<String> verbs = new HashSet<>(q.terms());
        verbs.retainAll(BARE);
        verbs.removeAll(PLAIN);
        return verbs;
    }

    /** Whether the attribution's cue is one of {@code verbs} ("promised" for "promise"). */
    private static boolean cuedBy(IndexedAttribution a, Set<String> verbs) {
        return !verbs.isEmpty() && SearchTerms.terms(a.attribution().cue()).stream().anyMatch(verbs::contains);
    }

    private List<IndexedAttribution> quotesBy(String subject, Set<String> verbs, Scope scope, int max,
                                              Predicate<IndexedAttribution> shown) {
        List<IndexedAttribution> found = index.quotesBy(subject, scope.articleId());
        String last = lastName(subject);
        if (found.isEmpty() && !last.equalsIgnoreCase(subject)) {
            found = index.quotesBy(last, scope.articleId()).stream()
                    .filter(a -> !SpeakerQuery.anotherPerson(subject, a.speaker().name()))
                    .toList();
        }
        List<IndexedAttribution> ordered = new ArrayList<>(found);
        ordered.removeIf(a -> !scope.admits(a.articleId()));
        ordered.sort(Comparator.comparingInt((IndexedAttribution a) -> cuedBy(a, verbs) ? 0 : 1)
                .thenComparingInt(a -> isShort(a) ? 1 : 0));
        List<IndexedAttribution> out = new ArrayList<>();
        pick(ordered, max, shown, out);
        return out;
    }

    private static void pick(List<IndexedAttribution> ordered, int max, Predicate<IndexedAttribution> shown,
                             List<IndexedAttribution> out) {
        for (IndexedAttribution a : ordered) {
            if (out.size() == max) {
                break;
            }
            if (out.stream().noneMatch(o -> overlaps(o, a)) && !shown.test(a)) {
                out.add(a);
            }
        }
    }

    /**
     * The name's last capitalised word of three letters or more ("Newkirk" for "Vann R. Newkirk", "Ban" for
     * "Mr. Ban"), or the name itself when it has none: the index knows speakers by fuller or other forms of a name.
     * A possessive is not the speaker's name ("Russia's" in "Russia's former defence minister" names whose
     * minister is meant, not who spoke), so it is never taken.
     */
    static String lastName(String name) {
        Matcher m = CAPITALISED.matcher(name);
        String last = name;
        while (m.find()) {
            if (!POSSESSIVE.matcher(m.group()).find()) {
                last = m.group();
            }
        }
        return last;
    }

    /**
     * Whether {@code text} names the subject by its last name, as a whole word, or, for a subject described in lower
     * case ("the patients' group"), holds the description after its article ("A patients' group …").
     */
    static boolean mentions(String subject, String text) {
        if (Descriptions.head(subject).isPresent()) {
            return Descriptions.writtenIn(subject, text);
        }
        String last = lastName(subject);
        return Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(last) + "(?![\\p{L}\\p{Nd}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static boolean overlaps(IndexedAttribution a, IndexedAttribution b) {
        return a.articleId() == b.articleId() && a.attribution().contentStart() < b.attribution().contentEnd()
                && b.attribution().contentStart() < a.attribution().contentEnd();
    }

    /**
     * The attributions in articles that hold every word of the asked speaker's name first, the index's order kept
     * otherwise: "the seafarers union" matches any speaker named "the union" equally, and the one meant is in the
     * article that names the seafarers.
     */
    static List<IndexedAttribution> describedFirst(String asked, List<IndexedAttribution> found,
                                                   CorpusSnapshot corpus) {
        List<String> words = Stream.of(asked.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(w -> w.length() > 3).toList();
        Map<Long, Boolean> holdsAll = new HashMap<>();
        Predicate<IndexedAttribution> meant = a -> holdsAll.computeIfAbsent(a.articleId(),
                id -> corpus.article(id).map(v -> words.stream().allMatch(v::mentions)).orElse(false));
        List<IndexedAttribution> out = new ArrayList<>(found.stream().filter(meant).toList());
        found.stream().filter(meant.negate()).forEach(out::add);
        return out;
    }
}

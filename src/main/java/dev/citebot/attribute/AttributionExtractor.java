package dev.citebot.attribute;

import dev.citebot.article.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds every attribution of an article: each reporting construction of each sentence that names a speaker
 * ({@link RuleSpeakerFinder} reads the constructions and names the speakers), the content it governs
 * ({@link ContentSpans}), and quotations that continue an attributed one without a cue of their own (the next
 * quoted sentence of a paragraph, or a paragraph that carries on a quotation left open). Sentences without a
 * speaking construction are the reporter's narration and yield nothing.
 * <p>
 * Linear in the article's length: the article is tokenized once. Thread-safe: it holds no mutable state.
 */
public final class AttributionExtractor {

    /**
     * The version of what this extractor finds, stored with each article's index; raise it whenever the
     * attributions of a text change meaning (new constructions, other span conventions), so that indexes built
     * by an older version are rebuilt on start. 2: belief, intention and stance frames, relayed reports dropped.
     * 3: a cue ending its sentence with a colon attributes the next sentence ({@link ColonCues}). 4: a surname is
     * not named in full after a namesake introduced as someone's relative ({@link CanonicalNames}). 5: nor with a
     * party ("Republican"), a nickname quoted, or an opening verb in "-ing". 6: "he" and "she" agree in gender
     * with the name they stand for, where the article tells ({@link Genders}). 7: a word the article writes only to
     * open sentences ("Finally,") is no antecedent of "he" or "she"; a title-case headline's words that the text
     * does not write capitalised are no part of a name. 8: "unlike" is a preposition ("Unlike Patriot, …").
     * 9: "he" and "she" stand for no body behind "the" and no document. 10: "Mr." or "Mrs." before a name keeps its
     * full form to one of that gender ({@link CanonicalNames}). 11: a pronoun for people stands for no name before a
     * title it qualifies ("U.S. senator") and none written all in capitals. 12: a verb in "-ed" after a name ends
     * the phrase ("Ms. Lee called that promise …" is Ms. Lee's, not "Ms. Lee called"'s). 13: a relative clause of
     * the speaker ends before the sentence's own verb; "operator", "engineer", "technician", "mechanic" are roles.
     * 14: a name set off after a described subject speaks for a later coordinated verb too ("The governor, Ann
     * Roe, visited … and promised …"). 15: a role given at one attribution is carried to the speaker's others
     * ({@link CarriedRoles}). 16: a pronoun for people passes over a name whose title follows in the possessive
     * ("Halvex's chief executive"); "the boss of Halvex" asks for its chief executive ({@link SpeakerQuery}).
     * 17: a description set off after the name is the role rather than a courtesy title before it ("Dr. Ann Roe,
     * the county's health director"). 18: services, utilities, airlines, carriers, hospitals, clinics and districts
     * speak as one ("The regional ambulance service said …"). 19: a speaker described by office or body ("the
     * mayor", "The company") is named after the one it stands for ({@link DescribedSpeakers}). 20: a name after
     * "according to" is a source a pronoun may stand for, not a place.
     */
    public static final int VERSION = 25;

    private static final int MAX_LABEL = 3;

    private final Words words;
    private final Headlines headlines;
    private final SentenceAttributions perSentence;
    private final ColonCues colonCues;

    public AttributionExtractor(Lexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        RuleSpeakerFinder finder = new RuleSpeakerFinder(lexicon);
        this.perSentence = new SentenceAttributions(finder);
        this.colonCues = new ColonCues(finder);
        this.words = new Words(lexicon);
        this.headlines = new Headlines(words);
    }

    /**
     * The attributions of {@code text}, in text order, read sentence by sentence.
     *
     * @param sentences the article's sentences in order, as the splitter gives them
     */
    public List<Attribution> extract(String text, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        ArticleTokens a = new ArticleTokens(text);
        List<Attribution> out = new ArrayList<>(headline(a, text, sentences));
        Attribution previous = null;
        int previousIndex = -1;
        int previousParagraph = -1;
        boolean quoteOpen = false;
        int paragraphFirst = 0;
        ColonCues.Pending colon = null;
        for (Sentence s : sentences) {
            int lo = a.indexAtOrAfter(s.start());
            int hi = a.indexAtOrAfter(s.end());
            paragraphFirst = s.paragraph() == previousParagraph ? paragraphFirst : lo;
            List<Attribution> found = perSentence.in(a, lo, hi);
            if (found.isEmpty() && lo < hi && !a.sameLine(lo)) {
                labelled(a, lo, hi).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                found.addAll(SignedQuotes.in(a, paragraphFirst, lo, hi));
            }
            if (found.isEmpty() && colon != null) {
                ColonCues.introduced(a, colon, s.paragraph(), lo, hi).ifPresent(found::add);
            }
            colon = found.isEmpty() ? colonCues.endingAt(a, lo, hi)
                    .map(r -> new ColonCues.Pending(r, s.paragraph())).orElse(null) : null;
            boolean carries = previous != null && (s.paragraph() == previousParagraph
                    || (s.paragraph() == previousParagraph + 1 && quoteOpen));
            boolean label = previous != null && ":".equals(previous.cue()) && s.paragraph() == previousParagraph;
            if (label && found.stream().allMatch(AttributionExtractor::firstOrSecondPerson)) {
                found.clear();
            }
            Optional<Attribution> continued = found.isEmpty() && carries
                    ? continuation(a, lo, hi, previous, quoteOpen || label) : Optional.empty();
            quoteOpen = s.paragraph() == previousParagraph ? quoteOpen ^ oddQuotes(a, lo, hi) : oddQuotes(a, lo, hi);
            previousParagraph = s.paragraph();
            if (continued.isPresent()) {
                previous = continued.get();
                out.set(previousIndex, previous);
                continue;
            }
            int carried = carrier(found);
            previous = carried < 0 ? null : found.get(carried);
            previousIndex = out.size() + carried;
            out.addAll(found);
        }
        return Addressees.named(text, CarriedRoles.filled(DescribedSpeakers.named(text, out)));
    }

    /** The attributions of a title line that the splitter leaves out of the sentences ("X says ..."). */
    private List<Attribution> headline(ArticleTokens a, String text, List<Sentence> sentences) {
        int firstSentence = sentences.isEmpty() ? text.length() : sentences.get(0).start();
        int lo = a.indexAtOrAfter(0);
        if (lo >= a.size() || a.get(lo).start() >= firstSentence) {
            return List.of();
        }
        int lineEnd = text.indexOf('\n', a.get(lo).start());
        int hi = a.indexAtOrAfter(Math.min(firstSentence, lineEnd < 0 ? text.length() : lineEnd));
        ArticleTokens read = headlines.lowered(a, lo, hi);
        List<Attribution> found = perSentence.in(read, lo, hi);
        if (found.isEmpty()) {
            found = labelled(a, lo, hi).map(List::of).orElse(List.of());
        }
        return read == a ? found : found.stream().map(f -> asWritten(text, read.text(), f)).toList();
    }

    /** An attribution found in the lowered headline, its speaker and cue as the article writes them. */
    private static Attribution asWritten(String text, String lowered, Attribution f) {
        Speaker s = f.speaker();
        String mention = text.substring(s.start(), s.end());
        String name = s.name().equals(lowered.substring(s.start(), s.end())) ? mention : s.name();
        return new Attribution(new Speaker(name, mention, s.role(), s.start(), s.end()),
                f.cue() == null ? null : text.substring(f.cueStart(), f.cueEnd()), f.cueStart(), f.cueEnd(),
                f.contentStart(), f.contentEnd(), f.kind());
    }

    /**
     * The attribution just before, its content extended over a sentence without a cue that carries on its
     * quotation (it opens with a quotation mark, or the quotation is still open), or over the rest of a paragraph
     * opened by a speaker's label.
     */
    private static Optional<Attribution> continuation(ArticleTokens a, int lo, int hi, Attribution previous,
                                                      boolean inside) {
        boolean quoted = previous.kind() != Attribution.Kind.INDIRECT
                && (inside || (lo < hi && a.get(lo).kind() == Token.Kind.OPEN_QUOTE));
        boolean labelled = inside && ":".equals(previous.cue());
        if (!quoted && !labelled) {
            return Optional.empty();
        }
        return ContentSpans.trim(a, lo, hi).map(span -> {
            boolean direct = previous.kind() == Attribution.Kind.DIRECT
                    && ContentSpans.kind(a, span) == Attribution.Kind.DIRECT;
            return new Attribution(previous.speaker(), previous.cue(), previous.cueStart(), previous.cueEnd(),
                    previous.contentStart(), a.get(span[1]).end(),
                    direct ? Attribution.Kind.DIRECT : Attribution.Kind.MIXED);
        });
    }

    /**
     * A paragraph opening with a speaker's name and a colon, as in a transcript or a headline
     * ("PENCE: Well, ...", "Warren: ‘You should ...’").
     */
    private Optional<Attribution> labelled(ArticleTokens a, int lo, int hi) {
        int k = lo + (a.get(lo).kind() == Token.Kind.OPEN_QUOTE ? 1 : 0);
        k += k + 1 < hi && words.isReportingVerb(a.get(k)) ? 1 : 0;
        int first = k;
        while (k < hi && k - first < MAX_LABEL && a.get(k).capitalised()) {
            k++;
        }
        if (k == first || k + 1 >= hi || !a.get(k).is(":")) {
            return Optional.empty();
        }
        Token colon = a.get(k);
        String name = a.slice(first, k - 1);
        Speaker speaker = new Speaker(name, name, null, a.get(first).start(), a.get(k - 1).end());
        return ContentSpans.trim(a, k + 1, hi).map(span -> new Attribution(speaker, ":", colon.start(),
                colon.end(), a.get(span[0]).start(), a.get(span[1]).end(), ContentSpans.kind(a, span)));
    }

    /**
     * Which of a sentence's attributions a following sentence may continue: the last one that quotes ("“...,” said
     * Okafor, who has long opposed the plan. “I am not convinced.”" goes on with Okafor's quotation, not with
     * the relative clause's stance), else the last one; -1 for none.
     */
    private static int carrier(List<Attribution> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).kind() != Attribution.Kind.INDIRECT) {
                return i;
            }
        }
        return found.size() - 1;
    }

    /** "we talk about ...": in a labelled paragraph, the labelled speaker's own words. */
    private static boolean firstOrSecondPerson(Attribution a) {
        String m = a.speaker().mention().toLowerCase(Locale.ROOT);
        return m.equals("i") || m.equals("we") || m.equals("you");
    }

    /** Whether tokens {@code [lo, hi)} hold an odd number of double quotation marks. */
    private static boolean oddQuotes(ArticleTokens a, int lo, int hi) {
        int marks = 0;
        for (int i = lo; i < hi; i++) {
            Token.Kind k = a.get(i).kind();
            marks += k == Token.Kind.OPEN_QUOTE || k == Token.Kind.CLOSE_QUOTE ? 1 : 0;
        }
        return marks % 2 == 1;
    }
}

package dev.citebot.attribute;

import dev.citebot.ingest.Sentence;

import java.util.ArrayList;
import java.util.List;
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
     */
    public static final int VERSION = 2;

    private static final int MAX_LABEL = 3;
    private static final int MAX_LEAD = 3;

    private final RuleSpeakerFinder finder;
    private final Words words;
    private final Headlines headlines;

    public AttributionExtractor(Lexicon lexicon) {
        this.finder = new RuleSpeakerFinder(Objects.requireNonNull(lexicon, "lexicon"));
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
        int previousParagraph = -1;
        boolean quoteOpen = false;
        int paragraphFirst = 0;
        for (Sentence s : sentences) {
            int lo = a.indexAtOrAfter(s.start());
            int hi = a.indexAtOrAfter(s.end());
            paragraphFirst = s.paragraph() == previousParagraph ? paragraphFirst : lo;
            List<Attribution> found = inSentence(a, lo, hi);
            if (found.isEmpty() && lo < hi && !a.sameLine(lo)) {
                labelled(a, lo, hi).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                found.addAll(SignedQuotes.in(a, paragraphFirst, lo, hi));
            }
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
                out.set(out.size() - 1, previous);
                continue;
            }
            previous = found.isEmpty() ? null : found.get(found.size() - 1);
            out.addAll(found);
        }
        return Addressees.named(text, out);
    }

    /**
     * Each construction's content is read from the whole sentence, so an attribution nested in another's content
     * stays inside it; only a clause coordinated after it with another speaker ("A said X, and B said Y") ends it.
     * A construction whose content opens with a later cue of the same speaker ("In a statement, the ministry
     * said ...", "has released an article indicating that ...") or is a relative clause holding one ("reiterated by Peskov, who has accused ...") gives way to
     * that later one.
     */
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
        List<Attribution> found = inSentence(read, lo, hi);
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

    private List<Attribution> inSentence(ArticleTokens a, int lo, int hi) {
        List<Resolved> kept = Resolved.keep(resolve(a, lo, hi));
        List<Attribution> out = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            Resolved r = kept.get(k);
            int to = hi;
            for (int j = k + 1; j < kept.size() && to == hi; j++) {
                to = endBefore(a, r, kept.get(j), hi);
            }
            Optional<int[]> span = ContentSpans.content(a, r, lo, to);
            if (span.isPresent() && !sameSpeakerLater(a, kept, k, span.get()) && !relayed(a, r, span.get(), out)) {
                out.add(attribution(a, r, span.get()));
            }
        }
        return out;
    }

    /**
     * "X said A, and when pressed, Y replied ...", "X said A -- and he noted B": the last clause boundary (a
     * semicolon, a dash, or "and", "but" or "while" after a comma) between {@code from} and a later
     * construction starting at {@code left}, which ends the earlier content; {@code none} when there is none.
     */
    private static int boundaryBefore(ArticleTokens a, int from, int left, int none) {
        for (int k = left - 1; k > from; k--) {
            Token t = a.get(k);
            boolean conjunction = (t.is("and") || t.is("but") || t.is("while")) && a.get(k - 1).is(",");
            if (!t.quoted() && (t.is(";") || (WordClasses.isAsideMark(t) && !t.is(",")) || conjunction)) {
                return conjunction ? k - 1 : k;
            }
        }
        return none;
    }

    /** First token of {@code next}'s construction after {@code r}: its cue when it shares {@code r}'s subject. */
    private static int clauseStart(ArticleTokens a, Resolved r, Resolved next) {
        return next.candidate().phrase().first() <= r.right(a) ? next.cueFirst(a) : next.left(a);
    }

    /**
     * "Shelby said he refused to obey", "The paper reported that officials said the port would close": a report
     * without a quotation inside the content of an earlier one in the sentence is part of what the earlier speaker
     * says, not an attribution of its own (PolNeAR annotates no content inside another). A quotation keeps its own
     * speaker ("reported that Peskov said “...”"), so that who said the quoted words stays known.
     */
    private static boolean relayed(ArticleTokens a, Resolved r, int[] span, List<Attribution> before) {
        if (ContentSpans.kind(a, span) != Attribution.Kind.INDIRECT) {
            return false;
        }
        int cue = a.get(r.candidate().cue()).start();
        return before.stream().anyMatch(b -> b.contentStart() <= cue && cue < b.contentEnd());
    }

    /**
     * Where {@code r}'s content ends because of a later construction {@code next} of the sentence: before a clause
     * coordinated with it, before a trailing participle ("said A, arguing that B"), or at a clause boundary before
     * it; {@code hi} when {@code next} does not end it (it is nested in the content, or no boundary separates them).
     */
    private static int endBefore(ArticleTokens a, Resolved r, Resolved next, int hi) {
        if (coordinated(a, r, next)) {
            return clauseStart(a, r, next) - 1;
        }
        if (trailingParticiple(a, r, next)) {
            return next.candidate().cue() - 1;
        }
        return Math.min(hi, boundaryBefore(a, r.right(a) + 1, clauseStart(a, r, next), hi));
    }

    /** "X said A, arguing that B": the participle's report ends the content before it. */
    private static boolean trailingParticiple(ArticleTokens a, Resolved r, Resolved next) {
        int cue = next.candidate().cue();
        return cue > r.right(a) + 1 && a.get(cue - 1).is(",") && a.get(cue).lower().endsWith("ing");
    }

    /**
     * Whether {@code next} opens a clause joined to {@code r}'s by a conjunction, with another speaker, or is a
     * verb coordinated with {@code r}'s ("said ... and warned ...").
     */
    private static boolean coordinated(ArticleTokens a, Resolved r, Resolved next) {
        int left = clauseStart(a, r, next);
        if (left <= r.right(a)) {
            return false;
        }
        int cue = next.candidate().cue();
        if (cue > r.right(a) + 1 && ClauseRules.coordinatedVerb(a, r.right(a) + 1, cue)) {
            return true;
        }
        if (next.speaker().name().equals(r.speaker().name())) {
            return false;
        }
        Token before = a.get(left - 1);
        return before.is("and") || before.is("but") || before.is(";") || before.is("while");
    }

    private static boolean sameSpeakerLater(ArticleTokens a, List<Resolved> kept, int k, int[] span) {
        boolean relative = WordClasses.RELATIVE_PRONOUNS.contains(a.get(span[0]).lower());
        for (int j = k + 1; j < kept.size(); j++) {
            Resolved later = kept.get(j);
            int cue = later.candidate().cue();
            boolean same = later.speaker().start() == kept.get(k).speaker().start();
            boolean opens = cue >= span[0] && cue <= span[1] && cue - span[0] <= MAX_LEAD;
            if (same && (opens || (relative && cue >= span[0] && cue <= span[1]))) {
                return true;
            }
        }
        return false;
    }

    private List<Resolved> resolve(ArticleTokens a, int lo, int hi) {
        List<Resolved> out = new ArrayList<>();
        for (Candidate c : finder.candidates(a, lo, hi)) {
            finder.speaker(a, c).ifPresent(sp -> out.add(new Resolved(c, sp)));
        }
        return out;
    }

    private static Attribution attribution(ArticleTokens a, Resolved r, int[] span) {
        int cueFirst = r.cueFirst(a);
        int cueLast = r.cueLast(a);
        return new Attribution(r.speaker(), a.slice(cueFirst, cueLast), a.get(cueFirst).start(),
                a.get(cueLast).end(), a.get(span[0]).start(), a.get(span[1]).end(), ContentSpans.kind(a, span));
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

    /** "we talk about ...": in a labelled paragraph, the labelled speaker's own words. */
    private static boolean firstOrSecondPerson(Attribution a) {
        String m = a.speaker().mention().toLowerCase(java.util.Locale.ROOT);
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

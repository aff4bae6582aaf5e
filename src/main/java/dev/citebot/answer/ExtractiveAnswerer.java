package dev.citebot.answer;

import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.Lexicon;
import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerCount;
import dev.citebot.attribute.SpeakerQuery;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.Retriever;
import dev.citebot.article.Scope;
import dev.citebot.retrieve.ScoringWeights;
import dev.citebot.retrieve.SearchTerms;
import dev.citebot.text.NameVariants;
import dev.citebot.text.Shorthand;
import dev.citebot.text.Typos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Answers with 1–3 verbatim sentences from the articles, best first, and no model but the embedding model.
 * Says the articles don't say when the best candidate scores below the calibrated threshold
 * ({@link RefusalThreshold}), or when the question names someone or something no article in scope mentions.
 * "What did X say?" is answered from the attribution index (X's own words, however they are worded; when all of them were already shown, a reply that
 * says so); a question not in English gets a reply saying which language citebot answers in. A name the articles
 * in scope do not hold is first read as another name of it that they hold ({@link NameVariants}: "Moscow" as
 * "Russia", "the British PM" as "the UK prime minister", "FT" as "Financial Times", "defence" as "defense").
 */
public final class ExtractiveAnswerer {
    public static final String MODE = "extractive";
    static final int MAX_QUOTES = 3;
    static final double MARGIN = 0.15;
    /** Attributions fetched per quote given, so that those of the speaker meant can be put first. */
    private static final int CANDIDATES_PER_QUOTE = 4;
    /** Speakers named in the answer to "Who is quoted?". */
    static final int LISTED = 8;

    private final Retriever retriever;
    private final QuestionAnalyzer analyzer;
    private final ScoringWeights weights;
    private final SpeakerRoute speakers;
    private final NameVariants names;
    private final Set<String> stanceVerbs;
    private final QuotedSpeakers quoted;

    /**
     * @param quotes  the attributions of a speaker asked about
     * @param quoted  who is quoted, for "Who is quoted in the article?"
     * @param lexicon whose stance verbs mark a content quoted with its whole sentence
     */
    public ExtractiveAnswerer(Retriever retriever, QuestionAnalyzer analyzer, ScoringWeights weights,
                              QuotesBySpeaker quotes, QuotedSpeakers quoted, Lexicon lexicon) {
        this.retriever = retriever;
        this.analyzer = analyzer;
        this.weights = weights;
        this.speakers = new SpeakerRoute(quotes);
        this.names = NameVariants.bundled();
        this.stanceVerbs = Set.copyOf(lexicon.stanceVerbs());
        this.quoted = quoted;
    }

    /** @throws IllegalArgumentException for an empty question */
    public Answer answer(String question, Scope scope) {
        return answer(question, scope, text -> false);
    }

    /**
     * Answers, leaving out the quotes {@code shown} says the asker has already seen ("What else did he say?").
     *
     * @throws IllegalArgumentException for an empty question
     */
    public Answer answer(String typedQuestion, Scope scope, Predicate<String> shown) {
        long began = System.nanoTime();
        if (typedQuestion == null || typedQuestion.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        String question = Shorthand.expanded(typedQuestion);
        if (!Language.readable(question)) {
            return refusal(analyzer.analyze(question), Language.REPLY, null, began);
        }
        CorpusSnapshot corpus = retriever.corpus();
        if (Lead.asks(question) && corpus.articlesIn(scope).size() == 1) {
            Optional<Evidence> lead = Lead.of(corpus.articlesIn(scope).iterator().next());
            if (lead.isPresent()) {
                List<Quote> quotes = List.of(quote(lead.get(), corpus));
                return new Answer(question.strip(), true, "", AnswerText.answered("", quotes), quotes, MODE,
                        millisSince(began));
            }
        }
        if (QuotedSpeakers.asks(question)) {
            return quotedSpeakers(question.strip(), scope, corpus, began);
        }
        String typed = LowerCaseNames.capitalised(question, word -> corpus.writtenAsName(scope, word));
        QuestionAnalysis asked = analyzer.analyze(typed);
        String reread = Typos.rewrite(names.rewrite(typed, word -> corpus.mentions(scope, word),
                acronym -> Initials.of(acronym, corpus, scope)),
                namedIn(asked).and(word -> !corpus.mentions(scope, word)), word -> corpus.holdsWord(scope, word));
        QuestionAnalysis analysis = reread.equals(typed) ? asked : analyzer.analyze(reread);
        Optional<QuestionAnalysis> place = asPlace(analysis, corpus, scope);
        for (QuestionAnalysis speakerAsked : speakersAsked(asked, analysis, place)) {
            Optional<Answer> bySpeaker = bySpeaker(speakerAsked, scope, shown, corpus, began);
            if (bySpeaker.isPresent()) {
                return bySpeaker.get();
            }
        }
        Optional<String> unknown = unknownEntity(analysis, corpus, scope)
                .or(() -> Descriptions.unmentioned(analysis, word -> corpus.mentions(scope, word)));
        if (unknown.isPresent()) {
            return refusal(analysis, notMentioned(corpus, scope, unknown.get()), null, began);
        }
        List<Evidence> found = speakerFirst(analysis, retriever.retrieve(corpus, analysis, scope), corpus);
        List<Evidence> evidence = Polar.aboutNamed(analysis.text(), found, corpus);
        if (evidence.isEmpty() || evidence.get(0).score()
                < RefusalThreshold.of(analysis, evidence.get(0), corpus, weights.refusalThreshold())) {
            Quote closest = evidence.isEmpty() ? null : quote(evidence.get(0), corpus);
            return refusal(analysis, doesNotSay(corpus, scope), closest, began);
        }
        Optional<Evidence> another = SaidByAnother.instead(analysis, found, evidence.get(0), corpus);
        if (another.isPresent()) {
            return refusal(analysis, doesNotSay(corpus, scope), quote(another.get(), corpus), began);
        }
        if (!speakerRoute(analysis) && Disagreements.any(analysis, evidence.get(0), corpus)) {
            Optional<Evidence> agreeing = Disagreements.agreeingRunnerUp(analysis, evidence, corpus);
            if (agreeing.isEmpty()) {
                return refusal(analysis, doesNotSay(corpus, scope), quote(evidence.get(0), corpus), began);
            }
            evidence = new ArrayList<>(evidence);
            evidence.remove(agreeing.get());
            evidence.add(0, agreeing.get());
        }
        QuestionAnalysis speaker = place.orElse(analysis);
        if (noWordsOfAsked(speaker, evidence, scope)) {
            Evidence closest = naming(speaker.subject().orElseThrow(), evidence, corpus).orElse(evidence.get(0));
            return refusal(analysis, noWordsOf(corpus, scope, asWritten(asked, analysis)), quote(closest, corpus),
                    began);
        }
        List<Evidence> unseen = evidence.stream()
                .filter(e -> !shown.test(corpus.text(e)))
                .toList();
        List<Evidence> chosen = new ArrayList<>(select(analysis,
                AskedSpeaker.first(speaker, unseen.isEmpty() ? evidence : unseen, weights.refusalThreshold())));
        if (OtherStory.elsewhere(analysis, chosen.get(0), corpus, scope)) {
            return refusal(analysis, doesNotSay(corpus, scope), quote(chosen.get(0), corpus), began);
        }
        causeFirst(analysis, chosen, corpus);
        Evidence first = Pointers.widen(chosen.get(0), corpus.article(chosen.get(0).articleId()).orElseThrow(),
                analysis.text());
        chosen.set(0, first);
        chosen.removeIf(e -> e != first && overlaps(e, first));
        List<Quote> quotes = chosen.stream().map(e -> quote(e, corpus)).toList();
        boolean portrayed = portrayed(speaker, first, corpus, scope);
        List<Quote> introduced = introducedQuotes(speaker, first, shown, corpus, scope);
        if (!introduced.isEmpty()) {
            quotes = introduced;
            portrayed = true;
        } else if (speakerRoute(analysis) && portrayed && !AskedSpeaker.spoke(speaker, first)) {
            List<Quote> own = portrayedQuotes(first, shown, corpus);
            quotes = own.isEmpty() ? quotes : own;
        }
        boolean unspoken = speakerRoute(analysis) && !AskedSpeaker.spoke(speaker, first) && !portrayed;
        if (unspoken && !SpeakerRoute.mentions(analysis.subject().orElseThrow(), corpus.text(first))) {
            return refusal(analysis, noWordsOf(corpus, scope, asWritten(asked, analysis)), quotes.get(0), began);
        }
        String lead = unspoken ? unquoted(asWritten(asked, analysis)) : lead(analysis, quotes.get(0));
        return new Answer(analysis.text(), true, lead, AnswerText.answered(lead, quotes), quotes, MODE,
                millisSince(began));
    }

    /** For "why", the sentence after the best one put first when it gives the cause the best one lacks. */
    private void causeFirst(QuestionAnalysis analysis, List<Evidence> chosen, CorpusSnapshot corpus) {
        ArticleView article = corpus.article(chosen.get(0).articleId()).orElseThrow();
        Causes.after(analysis, chosen.get(0), article).ifPresent(cause -> {
            Optional<Speaker> speaker = retriever.speakerOf(cause.articleId(), article.text(), cause.start(),
                    cause.end());
            chosen.removeIf(e -> e.start() == cause.start() && e.articleId() == cause.articleId());
            chosen.add(0, new Evidence(cause.articleId(), cause.paragraph(), cause.start(), cause.end(),
                    cause.score(), speaker, false));
            while (chosen.size() > MAX_QUOTES) {
                chosen.remove(chosen.size() - 1);
            }
        });
    }

    /**
     * The lead of an answer to "What did X say?" when no words were found attributed to X and the best passage that
     * names X is given instead: it says so, so that the passage is not taken for X's words.
     */
    private static String unquoted(String asked) {
        return "No words attributed to " + asked + " were found; the passage that names " + asked + ":";
    }

    /**
     * Whom the question asks about as the reader wrote it: the names read as the articles write them find the
     * passages, but a reply names X in the reader's words ("the German government", not "the Germany government").
     */
    private static String asWritten(QuestionAnalysis asked, QuestionAnalysis analysis) {
        return asked.subject().orElseGet(() -> analysis.subject().orElseThrow());
    }

    /**
     * "What did X say?" answered from X's attributions, or the reply that all of them were shown already; empty when
     * the question is not of that kind or the index knows no X. Tried with the name as asked first, so that a speaker
     * asked about by initials is named with them, then with the name as the articles write it.
     */
    private Optional<Answer> bySpeaker(QuestionAnalysis analysis, Scope scope, Predicate<String> shown,
                                       CorpusSnapshot corpus, long began) {
        if (!speakerRoute(analysis)) {
            return Optional.empty();
        }
        String asked = analysis.subject().orElseThrow();
        List<Quote> own = SpeakerRoute.describedFirst(asked, speakers.quotes(analysis, scope, MAX_QUOTES * CANDIDATES_PER_QUOTE,
                a -> shown.test(content(a, corpus))), corpus).stream()
                .limit(MAX_QUOTES)
                .map(a -> quote(a, corpus, asked)).toList();
        if (!own.isEmpty()) {
            return Optional.of(new Answer(analysis.text(), true, "", AnswerText.answered("", own), own, MODE,
                    millisSince(began)));
        }
        List<IndexedAttribution> any = speakers.quotes(analysis, scope, 1, a -> false);
        if (!any.isEmpty()) {
            return Optional.of(refusal(analysis, "That is all " + (single(corpus, scope) ? "the article quotes "
                    : "the articles quote ") + any.get(0).speaker().name() + " as saying.", null, began));
        }
        return Optional.empty();
    }

    /**
     * For "What did X say?" that the index could not answer, the best passage that names X comes first and passes
     * the threshold: X is in the article (else the question is refused before), and a sentence naming X is the
     * closest the article comes to X's words.
     */
    private List<Evidence> speakerFirst(QuestionAnalysis analysis, List<Evidence> evidence, CorpusSnapshot corpus) {
        if (!speakerRoute(analysis)) {
            return evidence;
        }
        return naming(analysis.subject().orElseThrow(), evidence, corpus).map(e -> {
            List<Evidence> out = new ArrayList<>(evidence);
            out.remove(e);
            out.add(0, new Evidence(e.articleId(), e.paragraph(), e.start(), e.end(),
                    Math.max(e.score(), weights.refusalThreshold()), e.speaker(), e.speakerIsSubject()));
            return out;
        }).orElse(evidence);
    }

    /** The best passage that names {@code subject} ({@link SpeakerRoute#mentions}), if any. */
    private static Optional<Evidence> naming(String subject, List<Evidence> evidence, CorpusSnapshot corpus) {
        return evidence.stream().filter(e -> SpeakerRoute.mentions(subject, corpus.text(e))).findFirst();
    }

    /**
     * "What did the woman who builds compressor housings say?" answered as "What did Rosalind Achterberg say?" once
     * the best passage shows her to be the one described: her own words, quotations first, from her article.
     */
    private List<Quote> portrayedQuotes(Evidence first, Predicate<String> shown, CorpusSnapshot corpus) {
        String name = first.speaker().map(Speaker::name).orElse("");
        if (name.isEmpty()) {
            return List.of();
        }
        return speakers.quotesBy(name, Scope.article(first.articleId()), MAX_QUOTES,
                a -> shown.test(content(a, corpus))).stream().map(a -> quote(a, corpus, name)).toList();
    }

    /**
     * For "What did the retired mailman say …?" answered by a passage that is not the described one's words but
     * introduces them ({@link PortrayedSpeaker}): their own words in that article, those holding most of the
     * question's other words first, then the passage that tells who they are. Only for a description whose head noun
     * is the reader's own, one no article in scope holds ("mailman"): "the teachers union" is the union the articles
     * write of, whose passage already answers. Empty when the question names its speaker, the passage's speaker is
     * the one asked, or the passage introduces no one with words of their own.
     */
    private List<Quote> introducedQuotes(QuestionAnalysis analysis, Evidence first, Predicate<String> shown,
                                         CorpusSnapshot corpus, Scope scope) {
        if (analysis.type() != QuestionType.WHAT_SAID || analysis.subject().isEmpty()
                || !Descriptions.inOwnNoun(analysis.subject().get(), word -> corpus.mentions(scope, word))
                || AskedSpeaker.spoke(analysis, first)) {
            return List.of();
        }
        Scope article = Scope.article(first.articleId());
        Optional<String> person = PortrayedSpeaker.in(analysis.subject().get(), corpus.text(first),
                name -> !speakers.quotesBy(name, article, 1, a -> false).isEmpty());
        if (person.isEmpty()) {
            return List.of();
        }
        List<IndexedAttribution> own = new ArrayList<>(speakers.quotesBy(person.get(), article,
                MAX_QUOTES * CANDIDATES_PER_QUOTE, a -> shown.test(content(a, corpus))));
        own.sort(Comparator.comparingLong((IndexedAttribution a) -> -SearchTerms.heldIn(analysis.terms(),
                content(a, corpus))));
        List<Quote> out = new ArrayList<>(own.stream().limit(MAX_QUOTES - 1)
                .map(a -> quote(a, corpus, person.get())).toList());
        if (!out.isEmpty()) {
            out.add(quote(first, corpus));
        }
        return out;
    }

    /** Whether the passage's speaker is the one the question describes in a noun of its own ({@link Descriptions}). */
    private static boolean portrayed(QuestionAnalysis analysis, Evidence passage, CorpusSnapshot corpus, Scope scope) {
        ArticleView article = corpus.article(passage.articleId()).orElseThrow();
        String paragraph = article.paragraph(passage.paragraph())
                .map(p -> article.text().substring(p.start(), p.end())).orElse("");
        return analysis.subject().map(s -> Descriptions.portrays(s, passage.speaker(), paragraph,
                word -> corpus.mentions(scope, word))).orElse(false);
    }

    /**
     * Whether "What did X say?" goes to X's attributions: not when it asks what X did not say, which the index
     * cannot tell, so that such a question meets the negation check like any other.
     */
    private static boolean speakerRoute(QuestionAnalysis analysis) {
        return SpeakerRoute.applies(analysis) && !Agreement.denies(analysis);
    }

    /**
     * Whether the question asks if someone said something ({@link AskedSpeaker#asksWhetherSaid}) and neither the
     * passages found nor the attribution index in scope hold any words of theirs: then it is refused, with the best
     * passage that names them (else the best passage) as the closest.
     */
    private boolean noWordsOfAsked(QuestionAnalysis analysis, List<Evidence> evidence, Scope scope) {
        return AskedSpeaker.asksWhetherSaid(analysis)
                && evidence.stream().noneMatch(e -> AskedSpeaker.spoke(analysis, e))
                && speakers.quotes(analysis, scope, 1, a -> false).isEmpty();
    }

    private List<Evidence> select(QuestionAnalysis analysis, List<Evidence> evidence) {
        Evidence top = evidence.get(0);
        double floor = Math.max(weights.refusalThreshold(), top.score() - MARGIN);
        boolean sameSpeaker = analysis.subject().isPresent() && top.speakerIsSubject();
        List<Evidence> out = new ArrayList<>(List.of(top));
        for (Evidence e : evidence.subList(1, evidence.size())) {
            if (out.size() == MAX_QUOTES || e.score() < floor) {
                break;
            }
            if ((!sameSpeaker || e.speakerIsSubject()) && out.stream().noneMatch(o -> overlaps(o, e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean overlaps(Evidence a, Evidence b) {
        return a.articleId() == b.articleId() && a.start() < b.end() && b.start() < a.end();
    }

    /**
     * For "who said …?" the answer opens by naming the speaker; not for other "who" questions ("Who will meet
     * Putin?"), whose answer need not be the quote's speaker.
     */
    private static String lead(QuestionAnalysis analysis, Quote first) {
        if (analysis.type() != QuestionType.WHO || !QuestionAnalyzer.asksWhoSaid(analysis.text())
                || first.speaker() == null) {
            return "";
        }
        return "Said by " + first.speaker() + (first.role() == null ? "" : " (" + first.role() + ")") + ":";
    }

    /**
     * "Who is quoted?": the speakers in scope, most attributions first, named in the lead (up to
     * {@value #LISTED}), and the first attribution of each of the first {@value #MAX_QUOTES} as the quotes.
     */
    private Answer quotedSpeakers(String question, Scope scope, CorpusSnapshot corpus, long began) {
        List<SpeakerCount> all = quoted.speakers(scope.articleId(), scope.hidden());
        if (all.isEmpty()) {
            return refusal(analyzer.analyze(question), (single(corpus, scope) ? "The article quotes"
                    : "The articles quote") + " no one.", null, began);
        }
        List<Quote> quotes = new ArrayList<>();
        for (SpeakerCount s : all.subList(0, Math.min(MAX_QUOTES, all.size()))) {
            speakers.quotesBy(s.name(), scope, 1, a -> false).stream().findFirst()
                    .ifPresent(a -> quotes.add(quote(a, corpus, s.name())));
        }
        List<String> names = all.stream().limit(LISTED).map(SpeakerCount::name).toList();
        String lead = "Quoted: " + String.join(", ", names)
                + (all.size() > LISTED ? " and " + (all.size() - LISTED) + " more" : "") + ".";
        return new Answer(question, true, lead, AnswerText.answered(lead, quotes), quotes, MODE, millisSince(began));
    }

    /**
     * The readings of the question under which "What did X say?" is tried: as asked, with the articles' names, and
     * with a people asked about as its country ("the Russians" as "Russia").
     */
    private static List<QuestionAnalysis> speakersAsked(QuestionAnalysis asked, QuestionAnalysis analysis,
                                                        Optional<QuestionAnalysis> place) {
        List<QuestionAnalysis> readings = new ArrayList<>(List.of(asked));
        if (analysis != asked) {
            readings.add(analysis);
        }
        place.ifPresent(readings::add);
        return readings;
    }

    /**
     * The question with a people or its government asked about as its country ("Did the Russians say anything?" as
     * "Did Russia say anything?"), if its subject is one; whose words it asks for is then the country's.
     */
    private Optional<QuestionAnalysis> asPlace(QuestionAnalysis analysis, CorpusSnapshot corpus, Scope scope) {
        return analysis.subject().flatMap(s -> names.placeOfPeople(s, word -> corpus.mentions(scope, word)))
                .map(place -> analyzer.analyze(analysis.text().replace(analysis.subject().orElseThrow(), place)));
    }

    /** Whether a word is one of the names the question gives: its capitalised runs and the speaker asked about. */
    private static Predicate<String> namedIn(QuestionAnalysis asked) {
        Set<String> words = new HashSet<>();
        Stream.concat(asked.entities().stream(), asked.subject().stream())
                .forEach(name -> words.addAll(Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
        return word -> words.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The first name the question gives that no article in scope mentions; a people counts as mentioned where its
     * place is ("the Germans" in an article naming Germany).
     */
    private Optional<String> unknownEntity(QuestionAnalysis analysis, CorpusSnapshot corpus, Scope scope) {
        Predicate<String> holds = word -> corpus.mentions(scope, word);
        for (String entity : analysis.entities()) {
            if (!holds.test(entity) && names.placeOfPeople(entity, holds).isEmpty()) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    private static String notMentioned(CorpusSnapshot corpus, Scope scope, String entity) {
        return single(corpus, scope) ? "The article doesn't mention " + entity + "."
                : "None of the articles mentions " + entity + ".";
    }

    private static String noWordsOf(CorpusSnapshot corpus, Scope scope, String subject) {
        return "No words of " + subject + " were found in "
                + (single(corpus, scope) ? "the article." : "the articles.");
    }

    private static String doesNotSay(CorpusSnapshot corpus, Scope scope) {
        return single(corpus, scope) ? "The article doesn't say." : "The articles don't say.";
    }

    private static boolean single(CorpusSnapshot corpus, Scope scope) {
        return scope.articleId().isPresent() || corpus.articlesIn(scope).size() == 1;
    }

    private Answer refusal(QuestionAnalysis analysis, String reason, Quote closest, long began) {
        List<Quote> quotes = closest == null ? List.of() : List.of(closest);
        String lead = AnswerText.refusalLead(reason, closest);
        return new Answer(analysis.text(), false, lead, AnswerText.refused(lead, closest), quotes, MODE,
                millisSince(began));
    }

    private static Quote quote(Evidence e, CorpusSnapshot corpus) {
        ArticleView article = corpus.article(e.articleId()).orElseThrow();
        Optional<Speaker> speaker = e.speaker();
        return new Quote(e.articleId(), article.title(), article.source(), e.paragraph(),
                e.start(), e.end(), article.text().substring(e.start(), e.end()),
                speaker.map(Speaker::name).orElse(null), speaker.map(Speaker::role).orElse(null));
    }

    /**
     * An attribution as a quote: its content, or the whole sentence that holds it for a content of a few words that
     * only points elsewhere ("a similar declaration") and for the object of a stance ("Russia has strongly opposed
     * any involvement of NATO forces": the content alone would not say that Russia opposed it). A speaker asked
     * about by its initials is named with them ("the International Monetary Fund (IMF)"), so that the answer shows
     * whom it took them for.
     */
    private Quote quote(IndexedAttribution a, CorpusSnapshot corpus, String asked) {
        ArticleView article = corpus.article(a.articleId()).orElseThrow();
        Speaker speaker = a.speaker();
        int start = a.attribution().contentStart();
        int end = a.attribution().contentEnd();
        List<Passage> sentences = article.overlapping(start, end);
        String cue = a.attribution().cue();
        boolean stance = cue != null && stanceVerbs.contains(cue.toLowerCase(Locale.ROOT));
        if ((SpeakerRoute.isShort(a) || stance) && !sentences.isEmpty()) {
            start = Math.min(start, sentences.get(0).start());
            end = Math.max(end, sentences.get(sentences.size() - 1).end());
        }
        return new Quote(a.articleId(), article.title(), article.source(), a.paragraph(), start, end,
                article.text().substring(start, end), named(speaker, asked), speaker.role());
    }

    /**
     * The attribution's content, cut from the corpus's copy of the article's text as {@link #quote} cuts it (the
     * index does not hold contents).
     */
    private static String content(IndexedAttribution a, CorpusSnapshot corpus) {
        return corpus.article(a.articleId()).orElseThrow().text()
                .substring(a.attribution().contentStart(), a.attribution().contentEnd());
    }

    private static String named(Speaker speaker, String asked) {
        return SpeakerQuery.byInitials(asked, speaker)
                ? speaker.name() + " (" + SpeakerQuery.normalise(asked).toUpperCase(Locale.ROOT) + ")"
                : speaker.name();
    }

    private static long millisSince(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }
}

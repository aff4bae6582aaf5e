package dev.citebot.attribute;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link SpeakerFinder} made of hand-written rules over a {@link Lexicon}: it finds the sentence's reporting
 * constructions ({@link ClauseRules}), picks the main one ({@link MainClause}), resolves a pronoun or a definite
 * description ("the clown") to an earlier mention ({@link Antecedents}) and names the speaker in full
 * ({@link CanonicalNames}).
 * <p>
 * Each call tokenizes the whole article once (linear time, no backtracking patterns), since a speaker's full name
 * or a pronoun's antecedent may lie anywhere before the sentence. Thread-safe: it holds no mutable state.
 */
public final class RuleSpeakerFinder implements SpeakerFinder {
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.",
            "mrs.", "ms.", "dr.", "prof.", ".");

    private final ClauseRules clauses;
    private final Antecedents antecedents;
    private final CanonicalNames names;

    public RuleSpeakerFinder(Lexicon lexicon) {
        Words words = new Words(Objects.requireNonNull(lexicon, "lexicon"));
        PhraseReader reader = new PhraseReader(words);
        this.clauses = new ClauseRules(words, reader);
        this.antecedents = new Antecedents(words, reader, clauses);
        this.names = new CanonicalNames(words);
    }

    @Override
    public Optional<Speaker> find(String articleText, int sentenceStart, int sentenceEnd) {
        Objects.requireNonNull(articleText, "articleText");
        if (sentenceStart < 0 || sentenceEnd > articleText.length() || sentenceStart >= sentenceEnd) {
            throw new IllegalArgumentException("bad sentence [" + sentenceStart + "," + sentenceEnd + ") in a text of "
                    + articleText.length() + " characters");
        }
        ArticleTokens article = new ArticleTokens(articleText);
        int lo = article.indexAtOrAfter(sentenceStart);
        int hi = article.indexAtOrAfter(sentenceEnd);
        return MainClause.choose(clauses.candidates(article, lo, hi), c -> speaker(article, c));
    }

    /** The reporting constructions among tokens {@code [lo, hi)} of a tokenized article, in text order. */
    java.util.List<Candidate> candidates(ArticleTokens article, int lo, int hi) {
        return clauses.candidates(article, lo, hi);
    }

    /** The speaker a construction names, resolved and named in full; empty when a pronoun has no antecedent. */
    Optional<Speaker> speaker(ArticleTokens a, Candidate c) {
        Phrase ph = c.phrase();
        Token first = a.get(ph.first());
        if (ph.kind() == Phrase.Kind.PRONOUN) {
            return antecedents.find(a, ph.first()).map(antecedent ->
                    new Speaker(name(a, antecedent), first.text(), role(a, antecedent), first.start(), first.end()));
        }
        if (ph.first() == ph.last() && first.is("it")) {
            Optional<Candidate> body = antecedents.body(a, ph.first());
            if (body.isPresent()) {
                return Optional.of(new Speaker(name(a, body.get()), first.text(), role(a, body.get()),
                        first.start(), first.end()));
            }
        }
        Candidate named = c;
        if (ph.kind() != Phrase.Kind.NAME && first.is("the")) {
            named = antecedents.described(a, ph).orElse(c);
        }
        return Optional.of(new Speaker(name(a, named), a.slice(ph.first(), ph.last()), role(a, named),
                first.start(), a.get(ph.last()).end()));
    }

    private String name(ArticleTokens a, Candidate c) {
        Phrase ph = c.phrase();
        if (ph.kind() != Phrase.Kind.NAME) {
            return a.slice(ph.first(), ph.last());
        }
        boolean organisation = ph.first() < ph.nameFirst() && !ph.hasRole() && a.get(ph.first()).is("the");
        return organisation ? a.slice(ph.first(), ph.nameLast()) : names.of(a, ph.nameFirst(), ph.nameLast());
    }

    /**
     * The title before the name ("Interior Minister"), else the description set off after it ("a city treasurer"),
     * which also wins over a mere courtesy title before the name ("Dr. Ann Roe, the county's health director").
     */
    private static String role(ArticleTokens a, Candidate c) {
        Phrase ph = c.phrase();
        Phrase apposition = c.appositive();
        if (ph.hasRole() && (apposition == null || !courtesyOnly(a, ph))) {
            return a.slice(ph.roleFirst(), ph.roleLast());
        }
        if (apposition == null) {
            return null;
        }
        boolean determiner = WordClasses.DETERMINERS.contains(a.get(apposition.first()).lower());
        int first = determiner ? apposition.first() + 1 : apposition.first();
        return first <= apposition.last() ? a.slice(first, apposition.last()) : null;
    }

    private static boolean courtesyOnly(ArticleTokens a, Phrase ph) {
        for (int i = ph.roleFirst(); i <= ph.roleLast(); i++) {
            String word = a.get(i).lower();
            if (!COURTESY.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

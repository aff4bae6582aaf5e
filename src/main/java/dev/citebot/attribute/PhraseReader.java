package dev.citebot.attribute;

import java.util.Optional;

/**
 * Reads the noun phrase that ends at a token (a subject before its verb) or starts at one (an agent after "by", a
 * speaker after "said" or "according to"), and sorts it into a {@link Phrase.Kind}. Every loop is bounded by the
 * sentence and by a few tokens, so reading is linear in the phrase length.
 */
final class PhraseReader {

    private static final int MAX_MODIFIERS = 6;
    private static final int MAX_FORWARD = 10;
    private static final int MAX_ATTACHMENTS = 2;
    /** Capitalised words an "and" inside a body's name may stand after its "of" or "for". */
    private static final int MAX_JOINED = 4;
    /** Tokens of a relative clause read as a role: "who owns the 62-room Riverbend Inn two blocks from the inn". */
    private static final int MAX_CLAUSE = 12;

    private final Words words;

    PhraseReader(Words words) {
        this.words = words;
    }

    /**
     * The phrase ending at token {@code p}, starting no earlier than {@code lo}. Prepositional phrases are followed
     * back to their head ("officials in Moscow", "a spokesman for the ministry"), unless the head would be no
     * speaker ("turned to the Chicago Police Department"); a document's source is preferred to the document ("the
     * report from the Sunday Times" reads as "the Sunday Times").
     */
    Optional<Phrase> backward(ArticleTokens a, int p, int lo) {
        Phrase tail = simpleBackward(a, p, lo);
        if (tail == null) {
            return Optional.empty();
        }
        Phrase link = tail;
        Phrase head = tail;
        Phrase nearestName = null;
        for (int n = 0; n < MAX_ATTACHMENTS; n++) {
            int prep = link.first() - 1;
            if (prep - 1 < lo || !WordClasses.NOUN_PREPOSITIONS.contains(a.get(prep).lower())) {
                break;
            }
            Phrase prior = simpleBackward(a, prep - 1, lo);
            if (prior == null) {
                break;
            }
            Phrase joined = joinedName(a, prior, prep, link);
            if (joined == prior && link.kind() == Phrase.Kind.NAME && nearestName == null) {
                nearestName = link;
            }
            link = joined;
            if (link.kind() != Phrase.Kind.OTHER) {
                head = link;
            }
        }
        return Optional.of(headed(head, tail, nearestName));
    }

    /** The phrase starting at token {@code i}, ending before {@code hi}. */
    Optional<Phrase> forward(ArticleTokens a, int i, int hi) {
        if (i >= hi) {
            return Optional.empty();
        }
        Token t = a.get(i);
        if (WordClasses.OBJECT_PRONOUNS.containsKey(t.lower())
                && !(t.is("her") && i + 1 < hi && words.isModifier(a, i + 1))) {
            return Optional.of(Phrase.common(Phrase.Kind.PRONOUN, i, i));
        }
        int end = forwardEnd(a, i, hi);
        if (end < 0) {
            return Optional.empty();
        }
        return backward(a, end, i).map(phrase -> byAgent(a, phrase, hi).orElseGet(
                () -> withForwardAttachment(a, phrase, hi)));
    }

    /**
     * "according to ridership figures released by the agency": a phrase read up to a participle before "by" names a
     * document of the agent's; the agent's phrase is the source when it reads as one and ends the sentence, not where
     * a name goes on ("the Securities and Exchange Commission and …") or an apposition follows.
     */
    private Optional<Phrase> byAgent(ArticleTokens a, Phrase phrase, int hi) {
        int verb = phrase.last();
        if (verb + 2 >= hi || verb == phrase.first() || !participleBy(a, verb)) {
            return Optional.empty();
        }
        int end = forwardEnd(a, verb + 2, hi);
        boolean closed = end + 1 >= hi || a.get(end + 1).text().matches("[.!?]");
        return end < 0 || !closed ? Optional.empty() : backward(a, end, verb + 2)
                .filter(agent -> agent.kind() != Phrase.Kind.PRONOUN);
    }

    /** Whether token {@code k} is a participle in "-ed" followed by "by": "released by", "compiled by". */
    private static boolean participleBy(ArticleTokens a, int k) {
        Token t = a.get(k);
        return k + 1 < a.size() && t.isWord() && !t.capitalised() && t.lower().endsWith("ed")
                && a.get(k + 1).is("by");
    }

    /**
     * Last token of the phrase starting at {@code i}: its last name word or title if it has one. After a name,
     * a lower-case word continues the phrase only on the way to a title ("Russian defense minister"), so that a
     * verb ("Trump attacked Clinton") ends it.
     */
    private int forwardEnd(ArticleTokens a, int i, int hi) {
        int k = WordClasses.DETERMINERS.contains(a.get(i).lower()) ? i + 1 : i;
        int lastAnchor = -1;
        int lastWord = -1;
        while (k < hi && k - i < MAX_FORWARD && (k == i || a.sameLine(k))) {
            int n = words.titleStartingAt(a, k, hi);
            if (lastWord < 0 && numberCompound(a, k, hi)) {
                k += 3;
            } else if (n > 0) {
                k += n;
                lastAnchor = k - 1;
                lastWord = k - 1;
            } else if (words.isNameWord(a, k) || joinsName(a, k)) {
                lastAnchor = k;
                lastWord = k++;
            } else if (words.isModifier(a, k) && (lastAnchor < 0 || titleWithin(a, k + 1, hi)
                    || possessor(a, k, hi))) {
                lastWord = k++;
            } else {
                break;
            }
        }
        return lastAnchor >= 0 ? lastAnchor : lastWord;
    }

    /**
     * "9/11" or "24/7" before a phrase's head ("said 9/11 widow Terry Strada"): three tokens written together, a
     * number, a slash or a hyphen the tokenizer split off, and a word; passed over as a modifier, never the head.
     */
    private static boolean numberCompound(ArticleTokens a, int k, int hi) {
        if (k + 2 >= hi || !Character.isDigit(a.get(k).text().charAt(0))) {
            return false;
        }
        String joint = a.get(k + 1).text();
        return (joint.equals("/") || joint.equals("-")) && a.get(k).end() == a.get(k + 1).start()
                && a.get(k + 1).end() == a.get(k + 2).start() && a.get(k + 2).isWord();
    }

    /** "NBC's Dante Chinni": a possessive between two names. */
    private boolean possessor(ArticleTokens a, int k, int hi) {
        return WordClasses.isPossessive(a.get(k)) && k + 1 < hi && words.isNameWord(a, k + 1);
    }

    private boolean titleWithin(ArticleTokens a, int k, int hi) {
        return (k < hi && words.titleStartingAt(a, k, hi) > 0)
                || (k + 1 < hi && words.titleStartingAt(a, k + 1, hi) > 0);
    }

    /**
     * "of", "for" or "and" inside an institution's name ("Bank of England", "Center for Public Opinion Research"), or
     * a surname's particle before its capitalised part ("Bill de Blasio", "Osama bin Laden").
     */
    private boolean joinsName(ArticleTokens a, int k) {
        return joinsByPreposition(a, k) || joinsByAnd(a, k) || joinsByParticle(a, k);
    }

    /**
     * A particle that belongs to the surname after it, lower case or capitalised at a sentence's start ("De Blasio
     * said"): without it the name would end up as "Blasio", which the article never calls him.
     */
    private boolean joinsByParticle(ArticleTokens a, int k) {
        return k + 1 < a.size() && WordClasses.NAME_PARTICLES.contains(a.get(k).lower()) && a.sameLine(k + 1)
                && a.get(k).end() < a.get(k + 1).start() && words.isNameWord(a, k + 1);
    }

    private boolean joinsByPreposition(ArticleTokens a, int k) {
        return k > 0 && k + 1 < a.size() && (a.get(k).is("of") || a.get(k).is("for"))
                && a.get(k - 1).capitalised() && words.isTitleWord(a.get(k - 1)) && words.isNameWord(a, k + 1);
    }

    /**
     * "and" inside the name of a body named by a title word and "of" or "for" ("the Center for Media and Public
     * Affairs", "Department of Health and Human Services"): capitalised words on both sides, back to the "of".
     */
    private boolean joinsByAnd(ArticleTokens a, int k) {
        if (k < 3 || k + 1 >= a.size() || !a.get(k).is("and") || !a.get(k - 1).capitalised()
                || !words.isNameWord(a, k + 1)) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(1, k - MAX_JOINED); j--) {
            if (joinsByPreposition(a, j)) {
                return true;
            }
            if (!a.get(j).capitalised()) {
                return false;
            }
        }
        return false;
    }

    private Phrase withForwardAttachment(ArticleTokens a, Phrase phrase, int hi) {
        int prep = phrase.last() + 1;
        boolean attaches = phrase.kind() == Phrase.Kind.PERSON || phrase.kind() == Phrase.Kind.DOCUMENT;
        if (!attaches || prep + 1 >= hi || !WordClasses.NOUN_PREPOSITIONS.contains(a.get(prep).lower())) {
            return phrase;
        }
        int end = forwardEnd(a, prep + 1, hi);
        Phrase object = end < 0 ? null : simpleBackward(a, end, prep + 1);
        String opening = a.get(prep + 1).lower();
        if (object == null || WordClasses.WEEKDAYS.contains(opening) || WordClasses.MONTHS.contains(opening)) {
            return phrase;
        }
        if (phrase.kind() == Phrase.Kind.DOCUMENT) {
            return object.kind() == Phrase.Kind.NAME ? object : phrase;
        }
        return phrase.extendedTo(object.last());
    }

    /** "Bank" + "of" + "England" is one name; otherwise the earlier phrase is the head. */
    private static Phrase joinedName(ArticleTokens a, Phrase prior, int prep, Phrase object) {
        boolean bare = object.first() == object.nameFirst() && !prior.hasRole() && prior.first() == prior.nameFirst();
        if (prior.kind() == Phrase.Kind.NAME && object.kind() == Phrase.Kind.NAME && a.get(prep).is("of") && bare) {
            return new Phrase(Phrase.Kind.NAME, prior.first(), object.last(), prior.nameFirst(), object.nameLast(),
                    -1, -1);
        }
        return prior;
    }

    private static Phrase headed(Phrase head, Phrase tail, Phrase nearestName) {
        if (head == tail) {
            return head;
        }
        return switch (head.kind()) {
            case PERSON -> head.extendedTo(tail.last());
            case DOCUMENT -> nearestName != null ? nearestName : head.extendedTo(tail.last());
            default -> head;
        };
    }

    private Phrase simpleBackward(ArticleTokens a, int p, int lo) {
        Token t = a.get(p);
        if (!t.isWord() || WordClasses.isPossessive(t)) {
            return null;
        }
        if (words.isNameWord(a, p)) {
            return nameBackward(a, p, lo);
        }
        boolean noun = words.isModifier(a, p) || words.isReportingVerb(t) || words.titleEndingAt(a, p, lo) > 0;
        if (!noun || pastTenseAfterName(a, p, lo)) {
            return null;
        }
        return commonBackward(a, p, lo);
    }

    /**
     * Whether token {@code p} is a verb in "-ed" right after a name, its subject ("Ms. Olenko called that promise …",
     * "Mr. Obama scrutinized reports …"): no noun phrase ends there.
     */
    private boolean pastTenseAfterName(ArticleTokens a, int p, int lo) {
        String w = a.get(p).text();
        return p - 1 >= lo && words.isNameWord(a, p - 1) && w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed")
                && Character.isLowerCase(w.charAt(0));
    }

    private Phrase nameBackward(ArticleTokens a, int p, int lo) {
        int i = p;
        while (i - 1 >= lo && a.sameLine(i)) {
            int n = words.titleEndingAt(a, i - 1, lo);
            if (n > 1 && a.get(i - n).capitalised()) {
                i -= n;
            } else if (words.isNameWord(a, i - 1) || joinsName(a, i - 1)) {
                i--;
            } else {
                break;
            }
        }
        int nameFirst = nameStart(a, i, p);
        int roleFirst = nameFirst > i ? i : -1;
        int roleLast = nameFirst > i ? nameFirst - 1 : i - 1;
        int k = i - 1;
        if (k >= lo && (roleFirst >= 0 || words.titleEndingAt(a, k, lo) > 0)) {
            k = roleStart(a, k, lo) - 1;
            roleFirst = k + 1;
        }
        int first = roleFirst >= 0 ? roleFirst : nameFirst;
        boolean indefinite = false;
        if (k >= lo && WordClasses.DETERMINERS.contains(a.get(k).lower()) && a.sameLine(k + 1)) {
            first = k;
            indefinite = a.get(k).is("a") || a.get(k).is("an");
        }
        Phrase.Kind kind = indefinite ? Phrase.Kind.OTHER : Phrase.Kind.NAME;
        return new Phrase(kind, first, p, nameFirst, p, roleFirst, roleFirst >= 0 ? roleLast : -1);
    }

    /**
     * Where the name proper starts in a run of capitalised words: after its last title, if no title follows
     * ("Walrus Police Department" stays whole) and the title is not part of a name ("Bank of England").
     */
    private int nameStart(ArticleTokens a, int runFirst, int p) {
        for (int k = p - 1; k >= runFirst; k--) {
            if (words.titleEndingAt(a, k, runFirst) > 0 && !joinsByPreposition(a, k + 1) && !joinsByAnd(a, k + 1)) {
                for (int j = k + 1; j <= p; j++) {
                    if (words.isTitleWord(a.get(j))) {
                        return runFirst;
                    }
                }
                return k + 1;
            }
        }
        return runFirst;
    }

    /** First token of a title phrase ending at {@code k}: titles and their modifiers ("former Russian defense"). */
    private int roleStart(ArticleTokens a, int k, int lo) {
        int count = 0;
        while (k >= lo && count < MAX_MODIFIERS && a.sameLine(k + 1)) {
            int n = words.titleEndingAt(a, k, lo);
            Token t = a.get(k);
            if (n > 0) {
                k -= n;
                count += n;
            } else if (k - 2 >= lo && numberCompound(a, k - 2, k + 1)) {
                k -= 3;
                count++;
            } else if (words.isModifier(a, k) && !(t.lower().endsWith("ed") && !t.capitalised())) {
                k--;
                count++;
            } else {
                break;
            }
        }
        return k + 1;
    }

    private Phrase commonBackward(ArticleTokens a, int p, int lo) {
        int k = p - 1;
        int count = 0;
        while (k >= lo && count < MAX_MODIFIERS && a.sameLine(k + 1)) {
            int n = words.titleEndingAt(a, k, lo);
            if (n > 1) {
                k -= n;
                count += n;
            } else if (words.isModifier(a, k)) {
                k--;
                count++;
            } else {
                break;
            }
        }
        boolean determiner = k >= lo && WordClasses.DETERMINERS.contains(a.get(k).lower()) && a.sameLine(k + 1);
        if (determiner && singularArticle(a.get(k)) && plural(a.get(p)) && k + 2 < p && !participleWithin(a, k, p)) {
            return Phrase.common(commonKind(a, k + 2, p, false), k + 2, p);
        }
        int first = determiner ? k : k + 1;
        return Phrase.common(commonKind(a, first, p, determiner), first, p);
    }

    /**
     * "a"/"an", which cannot head a plural: in "a change district leaders said was needed" the article belongs to the
     * noun after it, and the phrase that ends in the plural starts one word later ("district leaders").
     */
    private static boolean singularArticle(Token t) {
        return t.is("a") || t.is("an");
    }

    /** "A union representing flight attendants": a participle makes the plural its object, not the head. */
    private static boolean participleWithin(ArticleTokens a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = a.get(k).lower();
            if (w.endsWith("ing") || w.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean plural(Token t) {
        String w = t.lower();
        return !t.capitalised() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is");
    }

    private Phrase.Kind commonKind(ArticleTokens a, int first, int p, boolean determiner) {
        Token head = a.get(p);
        if (words.isAttributionNoun(head) && !words.isTitleWord(head)) {
            boolean ofSomething = p + 1 < a.size() && a.get(p + 1).is("of");
            return determiner || ofSomething || hasPossessive(a, first, p) ? Phrase.Kind.DOCUMENT : Phrase.Kind.OTHER;
        }
        for (int k = first; k <= p; k++) {
            if (words.isTitleWord(a.get(k))) {
                return Phrase.Kind.PERSON;
            }
        }
        return words.titleEndingAt(a, p, first) > 0 ? Phrase.Kind.PERSON : Phrase.Kind.OTHER;
    }

    private static boolean hasPossessive(ArticleTokens a, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (WordClasses.isPossessive(a.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The subject starting at token {@code i}: a subject pronoun, or the phrase read forward from there. */
    Optional<Phrase> subjectAt(ArticleTokens a, int i, int hi) {
        if (i < hi && WordClasses.SUBJECT_PRONOUNS.contains(a.get(i).lower())) {
            return Optional.of(Phrase.common(Phrase.Kind.PRONOUN, i, i));
        }
        return forward(a, i, hi);
    }

    /**
     * A description set off after a name, or null: one opened by an article (", a Pinellas sheriff's detective"), or
     * one that holds a title (", president of Local 517", ", the company's project director"), after an age if one
     * stands first (", 66, a retired bus mechanic").
     */
    Phrase appositive(ArticleTokens a, Phrase phrase, int hi) {
        int comma = phrase.last() + 1;
        if (phrase.kind() != Phrase.Kind.NAME || comma + 1 >= hi || !a.get(comma).is(",")) {
            return null;
        }
        return description(a, afterAge(a, comma + 1, hi), hi);
    }

    /**
     * The description starting at token {@code start}: opened by an article, holding a title, or a relative clause
     * of what someone owns, runs or leads ("who owns Ferraro's Trattoria on Dock Street", up to an "and" or the
     * aside's end); else null.
     */
    Phrase description(ArticleTokens a, int start, int hi) {
        if (start >= hi) {
            return null;
        }
        if (start + 2 < hi && a.get(start).is("who") && WordClasses.POST_VERBS.contains(a.get(start + 1).lower())) {
            int end = start + 2;
            while (end + 1 < hi && end - start < MAX_CLAUSE && a.get(end + 1).isWord() && !a.get(end + 1).is("and")) {
                end++;
            }
            return Phrase.common(Phrase.Kind.OTHER, start, end);
        }
        boolean article = WordClasses.ARTICLES.contains(a.get(start).lower());
        return forward(a, start, hi).filter(ph -> ph.kind() != Phrase.Kind.NAME
                && (article || ph.kind() == Phrase.Kind.PERSON)).orElse(null);
    }

    /** The token after an age set off by commas at {@code k} (", 66, a retired …"), else {@code k} itself. */
    static int afterAge(ArticleTokens a, int k, int hi) {
        boolean age = k + 2 < hi && a.get(k).text().matches("\\d{1,3}") && a.get(k + 1).is(",");
        return age ? k + 2 : k;
    }
}

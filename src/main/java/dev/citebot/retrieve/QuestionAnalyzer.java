package dev.citebot.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a question into a {@link QuestionAnalysis} with a handful of English patterns. */
public final class QuestionAnalyzer {
    private static final Pattern QUOTED = Pattern.compile("[“\"«„]([^“”\"«»]{3,})[”\"»“]|(?<![\\w])[‘']([^‘’']*\\s[^‘’']*)[’'](?![\\w])");
    private static final String CUES = "say|said|says|saying|tell|told|telling|warn|warned|argue|argued|claim|claimed|"
            + "think|thought|believe|report|reported|suggest|suggested|accuse|accused|predict|predicted|mean|want|add|added|"
            + "state|stated|note|noted|announce|announced|insist|insisted|deny|denied|admit|admitted|indicate|"
            + "indicated|describe|described|call|called|write|wrote|feel|reveal|revealed|promise|promised|declare|declared|"
            + "stress|stressed|explain|explained|comment|commented|respond|responded|react|reacted|reply|replied|"
            + "acknowledge|acknowledged|conclude|concluded|emphasise|emphasised|emphasize|emphasized|speak|spoke|"
            + "spoken|talk|talked|(?:make|made|issue|issued|give|gave|given|put out)\\s+(?:a|an|any)\\s+(?:public\\s+|official\\s+)?"
            + "(?:statement|comment|comments|remark|remarks)";
    /** "What did the dockers themselves say?": the speaker is "the dockers". */
    private static final Pattern REFLEXIVE = Pattern.compile("\\s+(?:himself|herself|itself|themselves)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_BEFORE_CUE = Pattern.compile(
            "\\b(?:did|does|do|has|have|had|will|would|could)\\s+(.+?)\\s+(?:" + CUES + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_STANCE = Pattern.compile(
            "([\\p{Lu}][\\p{L}.\\-]*(?:\\s+[\\p{Lu}][\\p{L}.\\-]*)*|\\b(?:the|[Tt]his|[Tt]hat)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}"
                    + "[\\p{Ll}\\-]+)['’]s?\\s+(?:position|view|views|stance|opinion|"
                    + "response|reaction|statement|argument|warning|claim|comment|comments|take|line|worry|worries|"
                    + "concern|concerns|fear|fears|objection|objections|complaint|complaints|message)\\b");
    private static final Pattern WHO = Pattern.compile(
            "^\\s*(?:who|whom|which\\s+\\w+|what\\s+(?:newspaper|paper|outlet|official|source|person|group|country|"
                    + "organisation|organization|agency))\\b.*\\b(?:" + CUES + "|says|according)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_TIME = Pattern.compile(
            "\\b(?:what|which)\\s+(?:year|month|day|date|decade|century|period|era)\\b");
    /**
     * The text being read, which is no speaker: "How does the article describe the mood?" asks what the article
     * says, anywhere in it, not for quotations.
     */
    private static final Pattern THE_TEXT = Pattern.compile(QuestionFrames.THE_TEXT, Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of(
            "who", "what", "when", "where", "why", "how", "which", "whom", "whose", "did", "does", "do", "is", "are",
            "was", "were", "has", "have", "had", "can", "could", "would", "will", "should", "tell", "please", "i",
            "according", "in", "on", "the", "a", "an", "and", "or", "give", "show", "list", "quote", "name",
            "no one", "nobody", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nothing",
            "anything", "something", "everything", "people");
    /** Words that open a question without naming anything: "Under what terms …?", "Despite the ban, who …?". */
    private static final Set<String> OPENERS = Set.of("about", "after", "against", "among", "apart", "as", "aside",
            "at", "before", "besides", "between", "beyond", "by", "despite", "during", "except", "following", "for",
            "from", "given", "if", "into", "other", "over", "since", "through", "throughout", "to", "under", "unlike",
            "until", "upon", "with", "within", "without", "of", "once", "while");

    /**
     * Whether the question asks who said, told, reported … something ("Who warned that …?", "Which paper reported
     * …?"), rather than who did anything else.
     */
    public static boolean asksWhoSaid(String question) {
        return WHO.matcher(question).find();
    }

    public QuestionAnalysis analyze(String question) {
        String text = QuestionFrames.plain(question.strip());
        Optional<String> quoted = quotedPhrase(text);
        String rest = quoted.map(q -> text.replace(q, " ")).orElse(text);
        QuestionType type = type(text, rest);
        Optional<String> subject = subject(rest, type);
        if (subject.isPresent() && THE_TEXT.matcher(subject.get()).matches()) {
            subject = Optional.empty();
            type = type == QuestionType.WHAT_SAID ? QuestionType.OTHER : type;
        }
        if (subject.isPresent() && type == QuestionType.OTHER) {
            type = QuestionType.WHAT_SAID;
        }
        return new QuestionAnalysis(text, type, subject, entities(rest), quoted, contentTerms(rest, subject));
    }

    /** The question's content words, less the subject's: whether a sentence is by the subject is scored apart. */
    private static List<String> contentTerms(String rest, Optional<String> subject) {
        List<String> terms = new ArrayList<>(SearchTerms.terms(rest));
        subject.ifPresent(s -> terms.removeAll(SearchTerms.terms(s)));
        return terms;
    }

    private static Optional<String> quotedPhrase(String text) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String phrase = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (phrase.split("\\s+").length >= 2) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static QuestionType type(String text, String rest) {
        String lower = rest.toLowerCase(Locale.ROOT).strip();
        if (WHO.matcher(text).find() || lower.startsWith("who ")) {
            return QuestionType.WHO;
        }
        if (lower.startsWith("when ") || ASKS_TIME.matcher(lower).find() || lower.contains("how long ago")) {
            return QuestionType.WHEN;
        }
        if (lower.startsWith("why ") || lower.contains(" why ")) {
            return QuestionType.WHY;
        }
        if (lower.startsWith("where ")) {
            return QuestionType.WHERE;
        }
        if (lower.contains("how many ") || lower.contains("how much ") || lower.contains("how old ")) {
            return QuestionType.HOW_MANY;
        }
        if (lower.contains("how long ")) {
            return QuestionType.HOW_LONG;
        }
        if (lower.matches("^(what|how)\\b.*\\b(" + CUES + ")\\b.*")) {
            return QuestionType.WHAT_SAID;
        }
        return QuestionType.OTHER;
    }

    private static Optional<String> subject(String rest, QuestionType type) {
        Matcher stance = POSSESSIVE_STANCE.matcher(rest);
        if (stance.find()) {
            return Optional.of(stance.group(1));
        }
        if (type == QuestionType.WHO) {
            return Optional.empty();
        }
        Matcher m = SUBJECT_BEFORE_CUE.matcher(rest);
        if (m.find()) {
            String s = REFLEXIVE.matcher(m.group(1).strip()).replaceFirst("");
            if (!s.isEmpty() && s.split("\\s+").length <= 6 && !NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Maximal runs of capitalised words ("Keir Starmer", "The Times"), less question words, auxiliaries and a
     * preposition or conjunction opening the question ({@link #OPENERS}: "Under what terms …?").
     */
    static List<String> entities(String rest) {
        List<String> out = new ArrayList<>();
        String[] words = rest.split("[\\s,;:?!()]+");
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("['’]s$", "").replaceAll("^[\"“‘']+|[\"”’'.]+$", "");
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            String lower = w.toLowerCase(Locale.ROOT);
            boolean name = capital && !NOT_NAMES.contains(lower) && !(i == 0 && OPENERS.contains(lower));
            boolean article = w.equals("The") && i + 1 < words.length && !words[i + 1].isEmpty()
                    && Character.isUpperCase(words[i + 1].charAt(0)) && i > 0;
            if (name || article) {
                run.append(run.length() > 0 ? " " : "").append(w);
            } else {
                flush(run, out);
            }
            if (!w.equals(words[i].replaceAll("^[\"“‘']+|[\"”’'.]+$", ""))) {
                flush(run, out);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}

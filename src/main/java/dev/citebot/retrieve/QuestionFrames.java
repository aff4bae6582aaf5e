package dev.citebot.retrieve;

import dev.citebot.text.Typos;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways people put a question in a chat as the plain question they mean, before the question is analysed:
 * a request around it ("Can you tell me what Macron said?", whose indirect "what Macron said" becomes "What did Macron
 * say?"), a terse one ("peskov quote?", "quotes from Peskov", "Peskov's words") and a question about someone's job
 * ("What is Peskov's role?" as "Who is Peskov?"), "who's" as "who is", and a question word mistyped by one letter
 * before an auxiliary ("wat did", "wen did") as the question word. Anything else is returned as written.
 */
final class QuestionFrames {
    private static final String SAID = "said|says|told|tells|thinks|thought|warned|warns|claimed|claims|argued|"
            + "argues|promised|promises|declared|declares|stated|states|announced|announces|suggested|suggests|"
            + "predicted|predicts|reported|reports|accused|accuses|meant|means|wants|wanted|believes|believed";
    private static final Pattern REQUEST = Pattern.compile("^(?:(?:please|pls|ok|okay|so|hey|hi)[,!]?\\s+)*"
            + "(?:(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?)?(?:tell|show|give|find)\\s+me\\s+"
            + "|i(?:\\s+want|\\s+would\\s+like|['’]d\\s+like)\\s+to\\s+know\\s+|i\\s+wonder\\s+"
            + "|do\\s+you\\s+know\\s+)(?:please\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDIRECT = Pattern.compile(
            "^what\\s+(?!(?:did|does|do|is|was|are|were|has|have|had)\\b)(.{1,80}?)\\s+(?:" + SAID + ")\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** The text being read, no speaker ("the article", "this story"); {@code QuestionAnalyzer} reads it too. */
    static final String THE_TEXT = "(?:the|this)\\s+(?:article|story|text|piece|author|writer)";
    private static final String QUOTES = "quotes?|words|remarks|statements?|comments";
    private static final List<Pattern> TERSE = List.of(
            Pattern.compile("^(?:any|some)?\\s*(?:" + QUOTES + ")\\s+(?:from|by|of)\\s+(.{1,60}?)[?.!]*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:(?:any|some)\\s+)?(.{1,60}?)['’]s?\\s+(?:" + QUOTES + ")[?.!]*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:(?:any|some)\\s+)?(.{1,60}?)\\s+(?:quotes?)[?.!]*$", Pattern.CASE_INSENSITIVE));
    /**
     * A phrase before "quotes" that is no speaker: a question word, an auxiliary ("What are Peskov's words?") or a
     * word that says which quotes ("Any new quotes?").
     */
    private static final Pattern NOT_SPEAKER = Pattern.compile("(?:what|who|whom|which|where|when|why|how|is|are|"
            + "was|were|do|does|did|can|could|in|other|more|any|some|new|latest|recent|best|good|key|famous|these|"
            + "those|" + THE_TEXT + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOB = Pattern.compile(
            "^what\\s+(is|was)\\s+(.{1,60}?)['’]s?\\s+(?:job|role|position|title|post)(?:\\s+now)?[?.!]*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A question word contracted with "is" at the start, the apostrophe typed or not: "Who's the president?" and
     * "whos the president" ask "Who is the president?".
     */
    private static final Pattern CONTRACTED = Pattern.compile(
            "^(?:(who|what|where|when|why|how)['’]s|(who|what|where|how)s)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A first word before an auxiliary ("wat did", "wen did"): a question word mistyped if exactly one question word is
     * one edit away ("hwo" is as close to "who" as to "how", and stays).
     */
    private static final Pattern OPENING = Pattern.compile("^(\\p{L}{2,5})(?=\\s+(?:did|does|do|is|are|was|were|has|"
            + "have|had|will|would|can|could|should)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "when", "where", "why", "how", "which");
    /** Words one edit from a question word that open sentences as themselves: "There is criticism that …". */
    private static final Set<String> WORDS_AS_TYPED = Set.of("there", "then", "here", "now", "two");

    private QuestionFrames() {
    }

    /** The plain question {@code typed} (stripped) means; itself when no frame applies. */
    static String plain(String typed) {
        String asked = questionWordRetyped(typed);
        Matcher contracted = CONTRACTED.matcher(asked);
        String question = contracted.lookingAt() ? (contracted.group(1) != null ? contracted.group(1)
                : contracted.group(2)) + " is" + asked.substring(contracted.end()) : asked;
        String text = REQUEST.matcher(question).replaceFirst("");
        boolean requested = !text.equals(question) && !text.isBlank();
        if (requested) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            Matcher indirect = INDIRECT.matcher(text);
            if (indirect.matches()) {
                return "What did " + indirect.group(1) + " say" + rest(indirect.group(2));
            }
        } else {
            text = question;
        }
        Matcher job = JOB.matcher(text);
        if (job.matches()) {
            return "Who " + job.group(1).toLowerCase(Locale.ROOT) + " " + job.group(2) + "?";
        }
        for (Pattern terse : TERSE) {
            Matcher m = terse.matcher(text);
            if (m.matches() && !NOT_SPEAKER.matcher(m.group(1)).lookingAt() && m.group(1).split("\\s+").length <= 6) {
                return "What did " + m.group(1) + " say?";
            }
        }
        return text;
    }

    /** The question with a mistyped question word before an auxiliary ("wat did Lee say") spelt right. */
    private static String questionWordRetyped(String question) {
        Matcher m = OPENING.matcher(question);
        String first = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        if (first.isEmpty() || QUESTION_WORDS.contains(first) || WORDS_AS_TYPED.contains(first)) {
            return question;
        }
        String word = Typos.neighbour(m.group(1), w -> QUESTION_WORDS.contains(w));
        return word == null ? question : word + question.substring(m.end());
    }

    private static String rest(String tail) {
        String t = tail.strip();
        return t.isEmpty() || t.matches("[?.!]+") ? "?" : " " + t;
    }
}

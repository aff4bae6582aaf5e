package dev.citebot.answer;

import dev.citebot.retrieve.OfficeWords;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A speaker a question describes instead of naming: "What did the fire brigade say?", "What does the patients'
 * group want?" — written all in lower case, so that the checks for names do not see it. Its head noun ("brigade",
 * "group": the last word before any "of", "with", "who" …) tells whether the articles say anything of such a
 * speaker at all.
 */
final class Descriptions {
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:the|a|an|its|his|her|their|our|your|this|that|these|those)\\s+)+", Pattern.CASE_INSENSITIVE);
    /** What follows the head noun: "of the water board", "with the bad heart", "who runs the diner". */
    private static final Pattern AFTER_HEAD = Pattern.compile("\\s(?:of|with|from|in|at|on|who|whose|that)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** Words that stand for speakers without describing them ("the others", "all of them", "both"). */
    private static final Set<String> NOT_HEADS = Set.of("one", "ones", "people", "person", "someone", "anyone",
            "everyone", "everybody", "nobody", "who", "whom", "they", "them", "all", "both", "each", "either",
            "neither", "other", "others", "some", "many", "most", "few", "several");
    private static final Set<String> NOT_MODIFIERS = Set.of("with", "from", "whose", "that", "this", "their",
            "about", "over", "into", "after", "before");

    private Descriptions() {
    }

    /**
     * The description of the asked speaker when no article in scope mentions its head noun in any form
     * ({@code mentioned}, e.g. "brigade", "brigades") and the noun is not one of the reader's generic words for
     * office-holders, which articles write as titles ({@link OfficeWords}: "the boss" for a chief executive);
     * empty when the question names its speaker, asks no speaker, or the head noun or another word of the
     * description is there.
     */
    static Optional<String> unmentioned(QuestionAnalysis analysis, Predicate<String> mentioned) {
        if (analysis.type() != QuestionType.WHAT_SAID || analysis.subject().isEmpty()) {
            return Optional.empty();
        }
        String subject = analysis.subject().get();
        Optional<String> head = head(subject);
        if (head.isEmpty() || OfficeWords.generic(head.get()) || mentioned.test(head.get())
                || modifiers(subject).stream().anyMatch(mentioned)) {
            return Optional.empty();
        }
        return Optional.of(subject);
    }

    /**
     * The description's other words of four letters or more, in lower case: "diner" of "the diner owner", "heart"
     * of "the man with the bad heart". A reader names a speaker by what the article tells of them ("the diner she
     * has run"), with a noun of their own for the person; any such word the articles hold keeps the question open.
     */
    static List<String> modifiers(String subject) {
        String phrase = LEADING.matcher(subject.trim()).replaceFirst("");
        return Stream.of(phrase.toLowerCase(Locale.ROOT).split("[\\s'’]+"))
                .filter(w -> w.length() >= 4 && !NOT_MODIFIERS.contains(w))
                .toList();
    }

    /**
     * Whether a passage by {@code speaker} is by the one the description portrays in the reader's own noun: its head
     * noun is none the articles hold ({@code mentioned}: "the pensioner", "the diner owner"), and the passage's
     * paragraph, where news stories introduce a speaker, holds another word of it as a word ("heart" of "the
     * pensioner with the bad heart" in "Piet Lund, who has a heart condition, said").
     */
    static boolean portrays(String subject, Optional<?> speaker, String paragraph, Predicate<String> mentioned) {
        Optional<String> head = head(subject);
        if (speaker.isEmpty() || head.isEmpty() || mentioned.test(head.get())) {
            return false;
        }
        Set<String> words = new HashSet<>(List.of(paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")));
        return modifiers(subject).stream().anyMatch(words::contains);
    }

    /** The head noun of a description in lower case, without a possessive ending; empty for a name. */
    static Optional<String> head(String subject) {
        if (CAPITAL.matcher(subject).find()) {
            return Optional.empty();
        }
        String phrase = LEADING.matcher(subject.trim()).replaceFirst("");
        Matcher after = AFTER_HEAD.matcher(phrase);
        List<String> words = List.of((after.find() ? phrase.substring(0, after.start()) : phrase).split("\\s+"));
        String last = POSSESSIVE.matcher(words.get(words.size() - 1).toLowerCase(Locale.ROOT)).replaceFirst("");
        return last.isEmpty() || NOT_HEADS.contains(last) ? Optional.empty() : Optional.of(last);
    }

    /**
     * Whether the subject describes someone in a noun no article in scope holds ({@code mentioned}): an article, a
     * lower-case word and such a head noun ("the retired mailman", "the mom from Pine Ridge"), not "the Financial
     * Times" or "the teachers union" where the articles write of a union.
     */
    static boolean inOwnNoun(String subject, Predicate<String> mentioned) {
        String trimmed = subject.trim();
        Matcher leading = LEADING.matcher(trimmed);
        if (!leading.lookingAt() || leading.end() >= trimmed.length()
                || !Character.isLowerCase(trimmed.charAt(leading.end()))) {
            return false;
        }
        Optional<String> head = head(trimmed.toLowerCase(Locale.ROOT));
        return head.isPresent() && !mentioned.test(head.get());
    }

    /** Whether {@code text} holds the description without its leading article ("a patients' group"). */
    static boolean writtenIn(String subject, String text) {
        String phrase = LEADING.matcher(subject.trim()).replaceFirst("");
        return !phrase.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(phrase)
                + "(?![\\p{L}\\p{Nd}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}

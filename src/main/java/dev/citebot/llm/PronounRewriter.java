package dev.citebot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extractive follow-ups without a model: he, she, him, his, her resolve to the speaker of the previous answer;
 * it and its to the previous answer's article; they, them, their to the speaker when there was one, else to
 * the article. Words inside quotation marks are left alone, since they may be a phrase to look up verbatim.
 */
final class PronounRewriter {
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]");
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(he|she|him|his|hers|her|it|its|they|them|their)\\b(?:(?=\\s+(\\p{L}+)))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words after which "her" is an object, not a possessive. */
    private static final Set<String> NOT_NOUNS = Set.of("about", "to", "for", "that", "the", "a", "an", "in", "on",
            "at", "with", "of", "if", "when", "what", "why", "how", "and", "or", "but", "again", "too", "say", "said");

    /** The standalone form of {@code question} given the chat's {@code history}, oldest message first. */
    String rewrite(String question, List<ChatMessage> history) {
        Optional<Antecedents> found = antecedents(history);
        if (found.isEmpty()) {
            return question;
        }
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(question);
        int last = 0;
        while (quoted.find()) {
            out.append(resolve(question.substring(last, quoted.start()), found.get())).append(quoted.group());
            last = quoted.end();
        }
        return out.append(resolve(question.substring(last), found.get())).toString();
    }

    private static String resolve(String text, Antecedents a) {
        Matcher m = PRONOUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            boolean beforeNoun = m.group(2) != null && !NOT_NOUNS.contains(m.group(2).toLowerCase(Locale.ROOT));
            String replacement = a.replace(word, beforeNoun);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group(1) : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<Antecedents> antecedents(List<ChatMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof AiMessage ai) {
                String speaker = ai.attribute(Conversations.SPEAKER, String.class);
                String title = ai.attribute(Conversations.ARTICLE_TITLE, String.class);
                if (speaker != null || title != null) {
                    return Optional.of(new Antecedents(speaker, title));
                }
            }
        }
        return Optional.empty();
    }

    /** What the previous answer was about; either may be {@code null}. */
    private record Antecedents(String speaker, String title) {
        /** @return the words for {@code pronoun}, or {@code null} to leave it */
        String replace(String pronoun, boolean beforeNoun) {
            String person = speaker;
            String article = title == null ? null : "the article “" + title + "”";
            return switch (pronoun) {
                case "he", "she", "him" -> person;
                case "his", "hers" -> possessive(person);
                case "her" -> beforeNoun ? possessive(person) : person;
                case "it" -> article;
                case "its" -> possessive(article);
                case "they", "them" -> person != null ? person : article;
                case "their" -> possessive(person != null ? person : article);
                default -> null;
            };
        }

        private static String possessive(String name) {
            return name == null ? null : name + "’s";
        }
    }
}

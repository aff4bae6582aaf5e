package dev.citebot.chat;

import dev.citebot.text.Abbreviations;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extractive follow-ups without a model: he, she, him, his, her resolve to the speaker of the previous answer;
 * it and its to the previous answer's article, which also narrows the question to that article; they, them,
 * their to the speaker when there was one, else to the article. "It" in "is it", "it is", "it was", "it seems"
 * is no reference and stays. Words inside quotation marks are left alone, since they may be a phrase to look up
 * verbatim. A subject or possessive pronoun (he, she, they, his, her, their) stays when its own sentence names
 * someone before it or says "nobody", "everyone" and the like, which it then refers to ("Did Bo Chen say he would
 * stay?", "Who said that nobody wants their boats moved?"); an object pronoun (him, her, them) does not refer to the
 * subject of its own clause, so it becomes the previous speaker all the same ("What did Bo Chen say about him?").
 * A capitalised place or organisation counts as someone too: "Did he say Europe would back his plan?" leaves "his".
 */
final class PronounRewriter {
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]");
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(he|she|him|his|hers|her|it|its|they|them|their)\\b(?:(?=\\s+(\\p{L}+)))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DUMMY_IT = Pattern.compile(
            "(?:\\b(?:is|was|isn't|wasn't)\\s+it\\b|\\bit\\s+(?:is|was|seems|seemed|appears|true|possible)\\b|\\bit['’]s\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Words after which "her" is an object, not a possessive. */
    private static final Set<String> NOT_NOUNS = Set.of("about", "to", "for", "that", "the", "a", "an", "in", "on",
            "at", "with", "of", "if", "when", "what", "why", "how", "and", "or", "but", "again", "too", "say", "said");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*", Pattern.UNICODE_CHARACTER_CLASS);
    /** Words a pronoun of the same question may refer to whatever the conversation was about. */
    private static final Set<String> QUANTIFIERS = Set.of("nobody", "everyone", "everybody", "anyone", "anybody",
            "someone", "somebody", "none", "each", "every", "people");
    /** Capitalised first words that name no one: a question's or a clause's opening words. */
    private static final Set<String> OPENERS = Set.of("what", "who", "whom", "whose", "which", "when", "where", "why",
            "how", "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will",
            "would", "should", "and", "but", "so", "tell", "show", "give", "list", "please", "according", "in", "on",
            "i", "the", "a", "an", "any", "if", "then", "also", "now", "ok", "okay", "yes", "no");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "hers", "her", "it", "its", "they",
            "them", "their", "it's", "it’s");

    /** The standalone form of {@code question} given the chat's {@code history}, oldest message first. */
    FollowUp rewrite(String question, List<ChatMessage> history) {
        Optional<Antecedents> found = antecedents(history);
        if (found.isEmpty()) {
            return FollowUp.of(question);
        }
        Resolution r = new Resolution(found.get());
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(question);
        int last = 0;
        while (quoted.find()) {
            out.append(r.resolve(question, last, quoted.start())).append(quoted.group());
            last = quoted.end();
        }
        out.append(r.resolve(question, last, question.length()));
        return new FollowUp(out.toString(), r.usedArticle ? found.get().article() : OptionalLong.empty());
    }

    private static Optional<Antecedents> antecedents(List<ChatMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof AiMessage ai) {
                String speaker = ai.attribute(Conversations.SPEAKER, String.class);
                Number article = ai.attribute(Conversations.ARTICLE_ID, Number.class);
                if (speaker != null || article != null) {
                    return Optional.of(new Antecedents(speaker,
                            article == null ? OptionalLong.empty() : OptionalLong.of(article.longValue())));
                }
            }
        }
        return Optional.empty();
    }

    /** One rewrite's pronoun replacements; remembers whether a pronoun became the article. */
    private static final class Resolution {
        private final Antecedents antecedents;
        private boolean usedArticle;

        Resolution(Antecedents antecedents) {
            this.antecedents = antecedents;
        }

        /** The question's text from {@code from} to {@code to}, its pronouns resolved. */
        String resolve(String question, int from, int to) {
            String text = question.substring(from, to);
            Matcher m = PRONOUN.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String pronoun = m.group(1).toLowerCase(Locale.ROOT);
                boolean beforeNoun = m.group(2) != null && !NOT_NOUNS.contains(m.group(2).toLowerCase(Locale.ROOT));
                boolean bound = !isObject(pronoun, beforeNoun) && namesSomeone(question.substring(0, from + m.start()));
                String replacement = dummy(text, m) || bound ? null : replace(pronoun, beforeNoun);
                m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group(1) : replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** Where the last sentence of {@code text} starts: after a ?, ! or a full stop that closes no abbreviation. */
        private static int sentenceStart(String text) {
            int start = 0;
            for (int i = 0; i < text.length() - 1; i++) {
                char c = text.charAt(i);
                if ((c == '?' || c == '!' || c == '.') && Character.isWhitespace(text.charAt(i + 1))
                        && (c != '.' || !Abbreviations.continuesAfter(text, 0, i, nextWord(text, i + 1)))) {
                    start = i + 1;
                }
            }
            return start;
        }

        private static int nextWord(String text, int from) {
            int next = from;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            return next;
        }

        private static boolean isObject(String pronoun, boolean beforeNoun) {
            return pronoun.equals("him") || pronoun.equals("them") || pronoun.equals("her") && !beforeNoun
                    || pronoun.startsWith("it");
        }

        /**
         * Whether the sentence that ends in {@code before} names someone a later pronoun may refer to: a capitalised
         * word that is neither a pronoun nor a question's opening word, or "nobody", "everyone", "no one" and the
         * like. An earlier sentence does not count ("What did he say about Europe? And his warning?").
         */
        private static boolean namesSomeone(String before) {
            Matcher w = WORD.matcher(before.substring(sentenceStart(before)));
            String previous = "";
            while (w.find()) {
                String word = w.group();
                String lower = word.toLowerCase(Locale.ROOT);
                if (QUANTIFIERS.contains(lower) || previous.equals("no") && lower.equals("one")
                        || Character.isUpperCase(word.charAt(0)) && !OPENERS.contains(lower)
                        && !PRONOUNS.contains(lower)) {
                    return true;
                }
                previous = lower;
            }
            return false;
        }

        private static boolean dummy(String text, Matcher pronoun) {
            if (!pronoun.group(1).equalsIgnoreCase("it")) {
                return false;
            }
            Matcher d = DUMMY_IT.matcher(text);
            while (d.find()) {
                if (d.start() <= pronoun.start() && pronoun.end() <= d.end()) {
                    return true;
                }
            }
            return false;
        }

        /** @return the words for {@code pronoun}, or {@code null} to leave it */
        private String replace(String pronoun, boolean beforeNoun) {
            String person = antecedents.speaker();
            boolean plural = pronoun.startsWith("th");
            if (pronoun.startsWith("it") || plural && person == null) {
                String article = antecedents.article().isPresent() ? "the article" : null;
                usedArticle |= article != null;
                return pronoun.equals("it") || pronoun.equals("they") || pronoun.equals("them") ? article
                        : possessive(article);
            }
            return switch (pronoun) {
                case "he", "she", "him", "they", "them" -> person;
                case "his", "hers", "their" -> possessive(person);
                case "her" -> beforeNoun ? possessive(person) : person;
                default -> null;
            };
        }

        private static String possessive(String name) {
            return name == null ? null : name + "’s";
        }
    }

    /** What the previous answer was about; either may be absent. */
    private record Antecedents(String speaker, OptionalLong article) {
    }
}

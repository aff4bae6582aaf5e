package dev.citebot.retrieve;

import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerQuery;
import dev.citebot.text.Folding;
import dev.citebot.text.Mentions;
import dev.citebot.text.Words;

import java.util.Optional;
import java.util.Set;

/**
 * How well a speaker fits the person or body a question names: 1 for the same name or the same role, 0.9 for
 * the same surname, 0 otherwise. "The Times" and "The Sunday Times" share a last word, so a full-name match
 * always outranks a surname match.
 */
final class SubjectMatcher {
    private SubjectMatcher() {
    }

    static double match(String subject, Optional<Speaker> speaker) {
        return speaker.map(sp -> SpeakerQuery.match(subject, sp)).orElse(0.0);
    }

    /**
     * True when the text mentions the subject as {@link Mentions#mentioned} decides (its last word, usually the
     * surname, in some form); never for a subject without a word.
     */
    static boolean mentioned(String subject, String text) {
        if (Words.words(subject).isEmpty()) {
            return false;
        }
        Set<String> words = Set.copyOf(SearchTerms.words(text));
        return Mentions.mentioned(subject, words::contains,
                plain -> words.stream().anyMatch(w -> Folding.withoutAccents(w).equals(plain)));
    }
}

package dev.citebot.answer;

import dev.citebot.attribute.SpeakerQuery;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The speaker a question asks about ({@link QuestionAnalysis#subject()}, whose words it asks for) against the
 * speakers of the passages found: whose passage comes first, and whether a question asking if that one said
 * something can be answered at all.
 */
final class AskedSpeaker {
    private AskedSpeaker() {
    }

    /**
     * Whether a yes/no question asks if someone said something ("Did Trump comment on the coalition?", "Has Macron
     * said anything about troops?"): its answer can only be that one's own words (or, for a body, its
     * spokesperson's), so without any in scope it is refused rather than answered with someone else's passage.
     */
    static boolean asksWhetherSaid(QuestionAnalysis analysis) {
        return analysis.type() == QuestionType.WHAT_SAID && analysis.subject().isPresent()
                && Polar.asks(analysis.text()) && !Agreement.denies(analysis);
    }

    /**
     * When the best passage is someone else's words, a passage whose speaker is the one asked about by name, and
     * whose score reaches {@code threshold}, comes first: "How did the Financial Times describe the plan?" is
     * answered by the Financial Times, not by The Times (which shares a word with it) though The Times' sentence
     * repeats more of the question's words. A best passage with no speaker found stays first: it may be the asked
     * one's words that the attribution rules missed. Returns {@code evidence} itself when nothing moves.
     */
    static List<Evidence> first(QuestionAnalysis analysis, List<Evidence> evidence, double threshold) {
        Optional<String> asked = analysis.subject();
        Evidence top = evidence.get(0);
        if (asked.isEmpty() || top.speaker().isEmpty() || named(asked.get(), top)) {
            return evidence;
        }
        return evidence.stream()
                .filter(e -> e.score() >= threshold && named(asked.get(), e))
                .findFirst()
                .map(e -> {
                    List<Evidence> out = new ArrayList<>(evidence);
                    out.remove(e);
                    out.add(0, e);
                    return out;
                })
                .orElse(evidence);
    }

    /**
     * Whether the passage's speaker is the one a question with a subject asks about, by any form of the name, role
     * or spokesperson ({@link SpeakerQuery#match} above 0).
     */
    static boolean spoke(QuestionAnalysis analysis, Evidence passage) {
        return passage.speaker().map(s -> SpeakerQuery.match(analysis.subject().orElseThrow(), s) > 0).orElse(false);
    }

    /**
     * Whether the passage's speaker is the one asked by name: fully ({@link SpeakerQuery#match} 1), or by surname
     * alone when one word is asked, however the passage itself refers to them ("Lindqvist" asked of "Harriet
     * Lindqvist", whom the sentence calls "she").
     */
    private static boolean named(String asked, Evidence passage) {
        return passage.speaker().map(s -> SpeakerQuery.match(asked, s) == 1
                || !asked.strip().contains(" ") && SpeakerRoute.lastName(s.name()).equalsIgnoreCase(asked.strip()))
                .orElse(false);
    }
}

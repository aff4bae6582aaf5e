package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

/** Runs a {@link SpeakerFinder} on one sentence of a test article and checks the mention's offsets. */
final class Sentences {

    private final SpeakerFinder finder;

    Sentences(SpeakerFinder finder) {
        this.finder = finder;
    }

    /** The speaker of the whole text taken as one sentence. */
    Optional<Speaker> speakerOf(String sentence) {
        return speakerIn(sentence, sentence);
    }

    /** The speaker of {@code sentence}, which occurs once in {@code article}. */
    Optional<Speaker> speakerIn(String article, String sentence) {
        int start = article.indexOf(sentence);
        assertThat(start).as("sentence in article").isNotNegative();
        assertThat(article.indexOf(sentence, start + 1)).as("sentence occurs once").isNegative();
        Optional<Speaker> speaker = finder.find(article, start, start + sentence.length());
        speaker.ifPresent(s -> assertThat(article.substring(s.start(), s.end())).isEqualTo(s.mention()));
        speaker.ifPresent(s -> assertThat(s.start()).isGreaterThanOrEqualTo(start));
        speaker.ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(start + sentence.length()));
        return speaker;
    }
}

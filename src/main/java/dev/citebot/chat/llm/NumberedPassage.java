package dev.citebot.chat.llm;

import dev.citebot.answer.Quote;
import dev.citebot.attribute.Speaker;
import dev.citebot.chat.CitedPassage;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A retrieved span as the model sees it: {@code [number]} at the start of a line, then its article title,
 * paragraph and, where known, speaker and role.
 *
 * @param number 1-based position in the prompt
 */
public record NumberedPassage(int number, Evidence evidence, ArticleView article) {

    /** The best {@code max} pieces of evidence, numbered 1, 2, … in the order given. */
    public static List<NumberedPassage> number(List<Evidence> evidence, CorpusSnapshot corpus, int max) {
        List<NumberedPassage> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (out.size() == max) {
                break;
            }
            corpus.article(e.articleId()).ifPresent(a -> out.add(new NumberedPassage(out.size() + 1, e, a)));
        }
        return out;
    }

    public String text() {
        return article.text().substring(evidence.start(), evidence.end());
    }

    /** The prompt line: {@code [2] (Title, ¶3; speaker: Dmitry Peskov, Kremlin spokesman) text}. */
    public String promptLine() {
        StringBuilder line = new StringBuilder("[").append(number).append("] (").append(article.title())
                .append(", ¶").append(evidence.paragraph());
        evidence.speaker().ifPresent(s -> line.append("; speaker: ").append(s.name())
                .append(s.role() == null ? "" : ", " + s.role()));
        return line.append(") ").append(text().replaceAll("\\s+", " ")).toString();
    }

    /** The verbatim span {@code [start, end)} of this passage's article, as an answer quote. */
    public Quote quote(int start, int end) {
        Speaker speaker = evidence.speaker().orElse(null);
        return new Quote(article.id(), article.title(), article.source(),
                article.paragraphAt(start).map(p -> p.number()).orElse(evidence.paragraph()), start, end,
                article.text().substring(start, end), speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.role());
    }

    /** This passage as an answer cites it. */
    public CitedPassage cited() {
        Optional<Speaker> speaker = evidence.speaker();
        return new CitedPassage(number, article.title(), evidence.paragraph(), speaker.map(Speaker::name).orElse(null),
                speaker.map(Speaker::role).orElse(null));
    }
}

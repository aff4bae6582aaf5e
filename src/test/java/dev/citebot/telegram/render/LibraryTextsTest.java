package dev.citebot.telegram.render;

import dev.citebot.attribute.SpeakerCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryTextsTest {

    @Test
    void suggestsQuestionsAboutNamedSpeakersOnlyThenCommands() {
        List<SpeakerCount> top = List.of(new SpeakerCount("Mara Okafor", "harbour master", 4),
                new SpeakerCount("Fishing crews", null, 1), new SpeakerCount("Bank of England", null, 1));

        assertThat(LibraryTexts.suggestions(top)).containsExactly("What did Mara Okafor say?",
                "What did Bank of England say?", "/speakers");
        assertThat(LibraryTexts.suggestions(List.of())).containsExactly("/speakers", "/quotes NAME");
    }

    @Test
    void theSummaryEscapesTheTitleAndCountsParagraphs() {
        String html = LibraryTexts.added("Quay <Repairs> & Costs", 1, 3, false,
                List.of(new SpeakerCount("Mara Okafor", null, 2)));

        assertThat(html).startsWith("<b>Added</b> as article 3 (private to this chat):\n<i>Quay &lt;Repairs&gt; &amp;"
                + " Costs</i>\n\n1 paragraph\n\nQuoted most: Mara Okafor (2)\n\nTry asking:\n• What did Mara Okafor"
                + " say?\n• /speakers\n• /quotes Mara Okafor");
        assertThat(TelegramHtml.problem(html)).isNull();
    }
}

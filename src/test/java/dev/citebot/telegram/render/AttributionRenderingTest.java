package dev.citebot.telegram.render;

import dev.citebot.attribute.Attribution;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerCount;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionRenderingTest {
    private static final String TEXT = "Pier\n\n“We will not cut <corners> & costs,” said Ann Lee, the chair.";
    private static final String CONTENT = "We will not cut <corners> & costs,";
    private final ReplyRenderer renderer = new ReplyRenderer();

    @Test
    void anAttributionIsRenderedLikeAnAnswerQuoteWithItsContentEscaped() {
        String html = html(renderer.attributions(List.of(said("Ann Lee", "the chair")),
                Map.of(7L, "Pier <Delay> & Costs"), 0));

        assertThat(html).isEqualTo("<blockquote>We will not cut &lt;corners&gt; &amp; costs,</blockquote>\n"
                + "— <b>Ann Lee</b>, the chair\n<i>Pier &lt;Delay&gt; &amp; Costs</i>, ¶2");
        assertThat(TelegramHtml.problem(html)).isNull();
    }

    @Test
    void withoutARoleOrAKnownTitleTheNameAndTheSourceAreShown() {
        String html = html(renderer.attributions(List.of(said("Ann Lee", null)), Map.of(), 0));

        assertThat(html).contains("— <b>Ann Lee</b>\n<i>pier.txt</i>, ¶2");
    }

    @Test
    void howManyMoreExistIsSaidAfterTheShownQuotes() {
        List<Block> blocks = renderer.attributions(List.of(said("Ann Lee", null)), Map.of(), 3);

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).html()).isEqualTo("<i>… and 3 more quotes.</i>");
        assertThat(renderer.attributions(List.of(said("Ann Lee", null)), Map.of(), 1).get(1).html())
                .isEqualTo("<i>… and 1 more quote.</i>");
    }

    @Test
    void eachAttributionGetsAParagraphButtonPointingAtItsContent() {
        InlineKeyboardMarkup keyboard = SourceButtons.forAttributions(List.of(said("Ann Lee", null))).orElseThrow();

        InlineKeyboardButton button = keyboard.getKeyboard().get(0).get(0);
        assertThat(button.getText()).isEqualTo("¶2");
        SourceRef ref = SourceRef.parse(button.getCallbackData()).orElseThrow();
        assertThat(TEXT.substring(ref.start(), ref.end())).isEqualTo(CONTENT);
        assertThat(SourceButtons.forAttributions(List.of())).isEmpty();
    }

    @Test
    void speakersAreListedInTheGivenOrderWithRolesAndCountsEscaped() {
        String html = renderer.speakers("Quoted in the articles:", List.of(new SpeakerCount("Ann <Lee>", "chair", 3),
                new SpeakerCount("Bo & Co", null, 1))).html();

        assertThat(html).isEqualTo("Quoted in the articles:\n• <b>Ann &lt;Lee&gt;</b>, chair — 3 quotes\n"
                + "• <b>Bo &amp; Co</b> — 1 quote");
    }

    @Test
    void aLongSpeakerListIsSplitIntoValidMessagesWithinTheLimit() {
        List<SpeakerCount> many = IntStream.range(0, 400)
                .mapToObj(i -> new SpeakerCount("Speaker <" + i + "> & Sons", "role " + i, i + 1)).toList();

        List<String> messages = new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT)
                .split(List.of(renderer.speakers("Quoted:", many)));

        assertThat(messages).hasSizeGreaterThan(1);
        List<String> names = new ArrayList<>();
        for (String m : messages) {
            assertThat(m.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
            assertThat(TelegramHtml.problem(m)).as(m).isNull();
            names.addAll(List.of(m.split("\n")));
        }
        assertThat(names).contains("• <b>Speaker &lt;399&gt; &amp; Sons</b>, role 399 — 400 quotes");
    }

    private static IndexedAttribution said(String name, String role) {
        int start = TEXT.indexOf(CONTENT);
        int cue = TEXT.indexOf("said");
        int who = TEXT.indexOf("Ann Lee");
        Speaker speaker = new Speaker(name, "Ann Lee", role, who, who + 7);
        Attribution a = new Attribution(speaker, "said", cue, cue + 4, start, start + CONTENT.length(),
                Attribution.Kind.DIRECT);
        return new IndexedAttribution(7, "pier.txt", 2, a, CONTENT);
    }

    private static String html(List<Block> blocks) {
        return new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT).split(blocks).get(0);
    }
}

package dev.citebot.telegram.render;

import dev.citebot.answer.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRefTest {

    @Test
    void callbackDataRoundTrips() {
        SourceRef ref = new SourceRef(12, 340, 512);

        assertThat(ref.callbackData()).isEqualTo("src:12:340:512");
        assertThat(SourceRef.parse(ref.callbackData())).contains(ref);
    }

    @Test
    void theLargestReferenceFitsTelegramsSixtyFourBytes() {
        String data = new SourceRef(999_999_999_999_999_999L, 999_999_998, 999_999_999).callbackData();

        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SourceRef.MAX_CALLBACK_BYTES);
        assertThat(SourceRef.parse(data)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "src:", "src:1:2", "src:1:5:3", "src:1:4:4", "src:0:1:2", "src:-1:0:1", "src:1:0:1:2",
            "src:1:0:1 ", "SRC:1:0:1", "src:1234567890123456789:0:1", "src:1:0:1234567890", "src:١:0:1",
            "x:1:0:1", "src:1:0:1\n"})
    void malformedDataIsRejected(String data) {
        assertThat(SourceRef.parse(data)).isEmpty();
    }

    @Test
    void nullDataIsRejected() {
        assertThat(SourceRef.parse(null)).isEmpty();
    }

    @Test
    void theKeyboardHasOneParagraphButtonPerQuoteInOrder() {
        List<Quote> quotes = List.of(quote(3, 10, 20), quote(1, 0, 5), quote(3, 30, 40));

        InlineKeyboardMarkup keyboard = SourceButtons.keyboard(quotes).orElseThrow();

        List<InlineKeyboardButton> buttons = keyboard.getKeyboard().stream().flatMap(List::stream).toList();
        assertThat(buttons).extracting(InlineKeyboardButton::getText).containsExactly("¶3", "¶1", "¶3");
        assertThat(buttons).extracting(InlineKeyboardButton::getCallbackData)
                .containsExactly("src:5:10:20", "src:5:0:5", "src:5:30:40");
    }

    @Test
    void noQuotesMeansNoKeyboard() {
        assertThat(SourceButtons.keyboard(List.of())).isEmpty();
    }

    private static Quote quote(int paragraph, int start, int end) {
        return new Quote(5, "T", "s", paragraph, start, end, "x".repeat(end - start), null, null);
    }
}

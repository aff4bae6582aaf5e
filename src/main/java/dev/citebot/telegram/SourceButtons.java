package dev.citebot.telegram;

import dev.citebot.answer.Quote;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The inline keyboard under an answer: one "¶N" button per quote, in the order the quotes are shown. */
final class SourceButtons {
    static final int PER_ROW = 4;

    private SourceButtons() {
    }

    /** @return the keyboard, or empty when the answer quotes nothing */
    static Optional<InlineKeyboardMarkup> keyboard(List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (i % PER_ROW == 0) {
                rows.add(new InlineKeyboardRow());
            }
            rows.get(rows.size() - 1).add(button(quotes.get(i)));
        }
        return Optional.of(new InlineKeyboardMarkup(rows));
    }

    static String label(int paragraph) {
        return "¶" + paragraph;
    }

    private static InlineKeyboardButton button(Quote q) {
        return InlineKeyboardButton.builder()
                .text(label(q.paragraph()))
                .callbackData(new SourceRef(q.articleId(), q.start(), q.end()).callbackData())
                .build();
    }
}

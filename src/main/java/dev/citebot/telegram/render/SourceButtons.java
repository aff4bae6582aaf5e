package dev.citebot.telegram.render;

import dev.citebot.answer.Quote;
import dev.citebot.attribute.IndexedAttribution;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inline keyboard under an answer or a speaker's quotes: one "¶N" button per quote, in the order the quotes
 * are shown.
 */
public final class SourceButtons {
    static final int PER_ROW = 4;

    private SourceButtons() {
    }

    /** @return the keyboard, or empty when the answer quotes nothing */
    public static Optional<InlineKeyboardMarkup> keyboard(List<Quote> quotes) {
        return of(quotes.stream().map(SourceButtons::button).toList());
    }

    /** One button per attribution, pointing at its content span; empty when there are none. */
    public static Optional<InlineKeyboardMarkup> forAttributions(List<IndexedAttribution> attributions) {
        return of(attributions.stream().map(SourceButtons::button).toList());
    }

    private static Optional<InlineKeyboardMarkup> of(List<InlineKeyboardButton> buttons) {
        if (buttons.isEmpty()) {
            return Optional.empty();
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            if (i % PER_ROW == 0) {
                rows.add(new InlineKeyboardRow());
            }
            rows.get(rows.size() - 1).add(buttons.get(i));
        }
        return Optional.of(new InlineKeyboardMarkup(rows));
    }

    public static String label(int paragraph) {
        return "¶" + paragraph;
    }

    private static InlineKeyboardButton button(Quote q) {
        return button(q.paragraph(), new SourceRef(q.articleId(), q.start(), q.end()));
    }

    private static InlineKeyboardButton button(IndexedAttribution a) {
        return button(a.paragraph(), new SourceRef(a.articleId(), a.attribution().contentStart(),
                a.attribution().contentEnd()));
    }

    private static InlineKeyboardButton button(int paragraph, SourceRef ref) {
        return InlineKeyboardButton.builder().text(label(paragraph)).callbackData(ref.callbackData()).build();
    }
}

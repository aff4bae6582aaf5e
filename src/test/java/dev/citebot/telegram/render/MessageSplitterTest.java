package dev.citebot.telegram.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageSplitterTest {
    private static final int LIMIT = MessageSplitter.TELEGRAM_LIMIT;
    private final MessageSplitter splitter = new MessageSplitter(LIMIT);

    @Test
    void aShortReplyIsOneMessageWithBlocksSeparatedByABlankLine() {
        List<String> messages = splitter.split(List.of(Block.plain("Lead."), Block.of(Piece.quote(Span.plain("Q")),
                Piece.of(Span.italic("Title"), Span.plain(", ¶2")))));

        assertThat(messages).containsExactly("Lead.\n\n<blockquote>Q</blockquote>\n<i>Title</i>, ¶2");
    }

    @Test
    void manyBlocksAreSplitBetweenBlocksAndEachMessageIsWhole() {
        List<Block> blocks = IntStream.range(0, 40)
                .mapToObj(i -> Block.of(Piece.quote(Span.plain(sentence(i, 200))), Piece.of(Span.italic("T" + i))))
                .toList();
        List<String> rendered = blocks.stream().map(Block::html).toList();

        List<String> messages = splitter.split(blocks);

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(this::isValidMessage);
        assertThat(String.join("\n\n", messages)).isEqualTo(String.join("\n\n", rendered));
        for (String m : messages) {
            assertThat(List.of(m.split("\n\n"))).isSubsetOf(rendered);
        }
    }

    @Test
    void aQuoteLongerThanAMessageIsCutIntoQuotesAtSentenceEnds() {
        String quote = IntStream.range(0, 60).mapToObj(i -> sentence(i, 90)).collect(Collectors.joining(" "));
        Block block = Block.of(Piece.quote(Span.plain(quote)), Piece.of(Span.plain("— "), Span.bold("Ann Lee")));

        List<String> messages = splitter.split(List.of(block));

        assertThat(quote.length()).isGreaterThan(5_000);
        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(this::isValidMessage);
        assertThat(messages.get(0)).startsWith("<blockquote>").endsWith(".</blockquote>");
        assertThat(plainWords(messages)).isEqualTo(plainWords(List.of(block.html())));
        assertThat(messages.get(messages.size() - 1)).endsWith("— <b>Ann Lee</b>");
    }

    @Test
    void escapingIsMeasuredAndEntitiesAreNeverCut() {
        String ampersands = "&<> ".repeat(2_000);
        List<String> messages = splitter.split(List.of(Block.of(Piece.quote(Span.bold(ampersands)))));

        assertThat(messages).hasSizeGreaterThan(5).allSatisfy(this::isValidMessage);
        assertThat(plainWords(messages)).isEqualTo(plainWords(List.of(Html.escape(ampersands))));
    }

    @Test
    void aWordLongerThanAMessageIsCutBetweenCodePoints() {
        String word = "\uD83D\uDCF0x".repeat(3_000);

        List<String> messages = splitter.split(List.of(Block.plain(word)));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(this::isValidMessage);
        assertThat(String.join("", messages)).isEqualTo(word);
        assertThat(messages).noneMatch(m -> Character.isHighSurrogate(m.charAt(m.length() - 1)));
    }

    @Test
    void stylesInsideACutPieceAreClosedAndReopened() {
        Piece piece = Piece.of(Span.plain(sentence(1, 3_000) + " "), Span.bold(sentence(2, 3_000) + " "),
                Span.plain(sentence(3, 300)));

        List<String> messages = splitter.split(List.of(new Block(List.of(piece))));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(this::isValidMessage);
        assertThat(String.join(" ", messages)).contains("<b>");
        assertThat(plainWords(messages)).isEqualTo(plainWords(List.of(piece.html())));
    }

    @Test
    void aTinyLimitIsRefused() {
        assertThatThrownBy(() -> new MessageSplitter(10)).isInstanceOf(IllegalArgumentException.class);
    }

    private void isValidMessage(String m) {
        assertThat(m.length()).isBetween(1, LIMIT);
        assertThat(TelegramHtml.problem(m)).as(m).isNull();
    }

    private static String sentence(int n, int length) {
        StringBuilder s = new StringBuilder("Sentence " + n + " says");
        while (s.length() < length - 1) {
            s.append(" word").append(s.length() % 7);
        }
        return s.append('.').toString();
    }

    private static List<String> plainWords(List<String> messages) {
        List<String> words = new ArrayList<>();
        for (String m : messages) {
            words.addAll(List.of(Html.toPlain(m).replace("“", " ").replace("”", " ").trim().split("\\s+")));
        }
        return words;
    }
}

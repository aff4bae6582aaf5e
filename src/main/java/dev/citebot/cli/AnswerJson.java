package dev.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.chat.RejectedQuote;

/** The {@code ask --json} object: field names and order are part of the CLI's contract. */
final class AnswerJson {
    private AnswerJson() {
    }

    static ObjectNode of(ObjectMapper json, String id, Answer answer) {
        ObjectNode node = json.createObjectNode();
        if (id != null) {
            node.put("id", id);
        }
        node.put("question", answer.question());
        node.put("answered", answer.answered());
        node.put("answer", answer.text());
        ArrayNode quotes = node.putArray("quotes");
        for (Quote q : answer.quotes()) {
            quotes.addObject()
                    .put("article_id", q.articleId())
                    .put("article_title", q.articleTitle())
                    .put("source", q.source())
                    .put("paragraph", q.paragraph())
                    .put("start", q.start())
                    .put("end", q.end())
                    .put("text", q.text())
                    .put("speaker", q.speaker())
                    .put("role", q.role());
        }
        node.put("mode", answer.mode());
        node.put("millis", answer.millis());
        return node;
    }

    /**
     * The object for an answer in a conversation: {@code question} is what the user asked; then, after the fields
     * above, {@code standalone_question} when a follow-up was rewritten, and in LLM mode {@code model} and
     * {@code rejected_quotes} ({@code text}, {@code cited}: the passage number the model gave, or null).
     */
    static ObjectNode of(ObjectMapper json, String id, String question, ChatAnswer chat) {
        ObjectNode node = of(json, id, chat.answer());
        node.put("question", question);
        if (!chat.standalone().equals(question)) {
            node.put("standalone_question", chat.standalone());
        }
        if (chat.byModel().isPresent()) {
            node.put("model", chat.model().orElse(null));
            ArrayNode rejected = node.putArray("rejected_quotes");
            for (RejectedQuote r : chat.rejected()) {
                ObjectNode o = rejected.addObject().put("text", r.text());
                if (r.cited() > 0) {
                    o.put("cited", r.cited());
                } else {
                    o.putNull("cited");
                }
            }
        }
        return node;
    }
}

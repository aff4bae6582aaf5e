package dev.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;

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
}

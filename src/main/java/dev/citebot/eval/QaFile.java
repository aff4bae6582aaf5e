package dev.citebot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads QA JSONL files: one {@link QaItem} per non-empty line. The format is told by each line's fields:
 * {@code contents} makes it a saywhat question, {@code answers} a SQuAD one, anything else the seed format.
 */
public final class QaFile {
    private final ObjectMapper json;

    public QaFile(ObjectMapper json) {
        this.json = json;
    }

    /** @throws IllegalArgumentException naming the file and line of the first malformed entry */
    public List<QaItem> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<QaItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                items.add(parse(lines.get(i), file + ":" + (i + 1)));
            }
        }
        return items;
    }

    private QaItem parse(String line, String where) {
        try {
            JsonNode node = json.readTree(line);
            String question = node.path("question").asText("");
            if (question.isBlank()) {
                throw new IllegalArgumentException(where + ": no question");
            }
            String id = node.path("id").asText(where);
            boolean answerable = node.path("answerable").asBoolean(true);
            Optional<String> title = node.hasNonNull("title") ? Optional.of(node.get("title").asText())
                    : Optional.empty();
            if (node.has("contents")) {
                return new QaItem(id, question, answerable, strings(node.path("contents")),
                        node.hasNonNull("speaker") ? List.of(node.get("speaker").asText()) : List.of(),
                        QaFormat.SAYWHAT, title);
            }
            if (node.has("answers")) {
                return new QaItem(id, question, answerable, strings(node.path("answers")), List.of(),
                        QaFormat.SQUAD, title);
            }
            return new QaItem(id, question, answerable, strings(node.path("quote_contains")),
                    strings(node.path("speaker_any")), QaFormat.SEED, title);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not valid JSON");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

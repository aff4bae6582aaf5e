package dev.citebot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads QA JSONL files: one {@link QaItem} per non-empty line. */
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
            return new QaItem(node.path("id").asText(where), question, node.path("answerable").asBoolean(true),
                    strings(node.path("quote_contains")), strings(node.path("speaker_any")));
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

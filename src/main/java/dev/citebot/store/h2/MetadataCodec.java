package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.document.Metadata;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * LangChain4j {@link Metadata} as JSON that keeps each value's type, so that a stored segment comes back
 * {@code equals} to the one added: {@code {"key": {"Long": 5}, "tag": {"UUID": "..."}}}. Integers and longs are
 * JSON numbers; floats and doubles are written as their Java string form, which round-trips exactly (NaN and
 * infinities included).
 */
final class MetadataCodec {
    private final ObjectMapper json = new ObjectMapper();

    String encode(Metadata metadata) {
        ObjectNode root = json.createObjectNode();
        for (Map.Entry<String, Object> e : metadata.toMap().entrySet()) {
            encodeValue(root.putObject(e.getKey()), e.getKey(), e.getValue());
        }
        return root.toString();
    }

    /**
     * Reads what {@link #encode} wrote, with Jackson's streaming parser (no tree per row: the store decodes every
     * row on start).
     *
     * @throws StoreException if the text is not such an object
     */
    Metadata decode(String text) {
        try (JsonParser p = json.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("metadata is not a JSON object");
            }
            Map<String, Object> values = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                    throw notTyped(key);
                }
                String type = p.currentName();
                values.put(key, decodeValue(key, type, p.nextToken(), p));
                if (p.nextToken() != JsonToken.END_OBJECT) {
                    throw notTyped(key);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IllegalArgumentException("metadata is not one JSON object");
            }
            return new Metadata(values);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("stored metadata is not valid: " + abbreviate(text), e);
        }
    }

    private static void encodeValue(ObjectNode typed, String key, Object value) {
        if (value instanceof String s) {
            typed.put("String", s);
        } else if (value instanceof UUID u) {
            typed.put("UUID", u.toString());
        } else if (value instanceof Integer i) {
            typed.put("Integer", i);
        } else if (value instanceof Long l) {
            typed.put("Long", l);
        } else if (value instanceof Float f) {
            typed.put("Float", f.toString());
        } else if (value instanceof Double d) {
            typed.put("Double", d.toString());
        } else {
            throw new IllegalArgumentException("metadata '" + key + "' has unsupported type " + value.getClass());
        }
    }

    private static Object decodeValue(String key, String type, JsonToken token, JsonParser p) throws IOException {
        boolean integral = type.equals("Integer") || type.equals("Long");
        if (integral ? token != JsonToken.VALUE_NUMBER_INT : token != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("metadata '" + key + "' has a malformed " + type + " value");
        }
        switch (type) {
            case "String":
                return p.getText();
            case "UUID":
                return UUID.fromString(p.getText());
            case "Integer":
                return Math.toIntExact(p.getLongValue());
            case "Long":
                return p.getLongValue();
            case "Float":
                return Float.valueOf(p.getText());
            case "Double":
                return Double.valueOf(p.getText());
            default:
                throw new IllegalArgumentException("metadata '" + key + "' has unknown type " + type);
        }
    }

    private static IllegalArgumentException notTyped(String key) {
        return new IllegalArgumentException("metadata '" + key + "' is not a {type: value} object");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}

package dev.citebot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.document.Metadata;

import java.util.HashMap;
import java.util.Iterator;
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

    Metadata decode(String text) {
        try {
            JsonNode root = json.readTree(text);
            Map<String, Object> values = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), decodeValue(e.getKey(), e.getValue()));
            }
            return new Metadata(values);
        } catch (JsonProcessingException | RuntimeException e) {
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

    private static Object decodeValue(String key, JsonNode typed) {
        if (!typed.isObject() || typed.size() != 1) {
            throw new IllegalArgumentException("metadata '" + key + "' is not a {type: value} object");
        }
        Map.Entry<String, JsonNode> only = typed.fields().next();
        String type = only.getKey();
        JsonNode value = only.getValue();
        boolean integral = type.equals("Integer") || type.equals("Long");
        if (integral ? !(value.isIntegralNumber() && value.canConvertToLong()) : !value.isTextual()) {
            throw new IllegalArgumentException("metadata '" + key + "' has a malformed " + type + " value");
        }
        switch (type) {
            case "String":
                return value.textValue();
            case "UUID":
                return UUID.fromString(value.textValue());
            case "Integer":
                return Math.toIntExact(value.longValue());
            case "Long":
                return value.longValue();
            case "Float":
                return Float.valueOf(value.textValue());
            case "Double":
                return Double.valueOf(value.textValue());
            default:
                throw new IllegalArgumentException("metadata '" + key + "' has unknown type " + type);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}

package dev.citebot.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The in-process embedding models citebot can run ({@code CITEBOT_EMBEDDING_MODEL}). Both make 384-float vectors,
 * so a database cannot tell them apart by dimension: it records the {@link #modelName} that made its vectors, and
 * a database made with one is not opened with the other.
 */
public enum EmbeddingChoice {
    /** all-MiniLM-L6-v2, quantised: the default; embeds questions as they are. */
    MINILM("minilm", "all-MiniLM-L6-v2-q", ""),
    /**
     * BAAI bge-small-en-v1.5, quantised. Its authors train it to find passages for a question that carries an
     * instruction, so questions (never passages) are embedded with {@link #queryInstruction} in front.
     */
    BGE_SMALL("bge-small", "bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: ");

    public static final EmbeddingChoice DEFAULT = MINILM;

    private final String setting;
    private final String modelName;
    private final String queryInstruction;

    EmbeddingChoice(String setting, String modelName, String queryInstruction) {
        this.setting = setting;
        this.modelName = modelName;
        this.queryInstruction = queryInstruction;
    }

    /** The value of {@code CITEBOT_EMBEDDING_MODEL} that selects this model. */
    public String setting() {
        return setting;
    }

    /** The name recorded in a database whose vectors this model made. */
    public String modelName() {
        return modelName;
    }

    /** What goes in front of a question before it is embedded; empty for a model that wants none. */
    public String queryInstruction() {
        return queryInstruction;
    }

    /** The model a setting names, ignoring case and surrounding blanks; empty for any other value. */
    public static Optional<EmbeddingChoice> parse(String value) {
        String wanted = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(c -> c.setting.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The model whose {@link #modelName} is {@code name}; empty for a name no model here has. */
    public static Optional<EmbeddingChoice> ofModelName(String name) {
        return Arrays.stream(values()).filter(c -> c.modelName.equals(name)).findFirst();
    }

    /** The settings, as a message lists them: "minilm or bge-small". */
    public static String settings() {
        return Arrays.stream(values()).map(EmbeddingChoice::setting).collect(Collectors.joining(" or "));
    }
}

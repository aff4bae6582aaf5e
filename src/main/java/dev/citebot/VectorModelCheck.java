package dev.citebot;

import dev.citebot.config.Config;
import dev.citebot.config.EmbeddingChoice;
import dev.citebot.store.EmbeddingModelRecord;
import dev.citebot.store.StoreException;

/** Keeps a database's vectors to one embedding model: the one it records, or the configured one if it has none. */
final class VectorModelCheck {
    private VectorModelCheck() {
    }

    /**
     * Records {@code choice} as the database's model if it holds no vectors; throws a {@link StoreException} that
     * says which model made them and what to do when they were made by another.
     */
    static void claim(EmbeddingModelRecord record, EmbeddingChoice choice, String database) {
        String recorded = record.claim(choice.modelName());
        if (recorded.equals(choice.modelName())) {
            return;
        }
        String setting = EmbeddingChoice.ofModelName(recorded)
                .map(c -> "set " + Config.CITEBOT_EMBEDDING_MODEL + "=" + c.setting())
                .orElse("use the citebot that made it");
        throw new StoreException("database " + database + " holds vectors made by " + recorded + ", not by "
                + choice.modelName() + " (" + Config.CITEBOT_EMBEDDING_MODEL + "=" + choice.setting() + "): "
                + setting + ", or give a new " + Config.CITEBOT_DB + " and ingest the articles again");
    }
}

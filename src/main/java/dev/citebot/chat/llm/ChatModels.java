package dev.citebot.chat.llm;

import dev.citebot.config.LlmSettings;
import dev.citebot.config.Secret;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the LangChain4j chat model for the configured provider. Calls are not retried (a failure falls back to
 * an extractive answer at once) and never logged by the client, so the API key can't reach a log.
 */
final class ChatModels {
    private ChatModels() {
    }

    static ChatModel create(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl().toString())
                    .apiKey(settings.apiKey().map(Secret::reveal).orElse(null))
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(settings.baseUrl().toString())
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case NONE -> throw new IllegalArgumentException("no language model is configured");
        };
    }
}

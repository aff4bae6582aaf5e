package dev.citebot.chat.llm;

import dev.langchain4j.model.input.PromptTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The three prompt templates of LLM mode, from {@code prompts/} on the classpath (the jar), each replaceable by
 * a file of the same name in the {@code CITEBOT_PROMPTS_DIR} directory.
 *
 * @param system  the system message
 * @param answer  the question with its passages; variables {@code passages} and {@code question}
 * @param rewrite the follow-up rewrite; variables {@code chatMemory} and {@code query}
 */
public record Prompts(String system, PromptTemplate answer, PromptTemplate rewrite) {
    static final String SYSTEM = "system.txt";
    static final String ANSWER = "answer.txt";
    static final String REWRITE = "rewrite.txt";

    /** @throws IllegalStateException when a template can't be read or lacks a variable it needs */
    public static Prompts load(Optional<Path> overrides) {
        String answer = require(read(ANSWER, overrides).strip(), ANSWER, "{{passages}}", "{{question}}");
        String rewrite = require(read(REWRITE, overrides).strip(), REWRITE, "{{chatMemory}}", "{{query}}");
        return new Prompts(read(SYSTEM, overrides).strip(), PromptTemplate.from(answer), PromptTemplate.from(rewrite));
    }

    /** The user message for {@code question} over numbered {@code passages}. */
    public String answerFor(String question, List<NumberedPassage> passages) {
        String lines = passages.stream().map(NumberedPassage::promptLine).collect(Collectors.joining("\n"));
        return answer.apply(Map.of("passages", lines, "question", question)).text();
    }

    private static String read(String name, Optional<Path> overrides) {
        Optional<Path> file = overrides.map(d -> d.resolve(name)).filter(Files::isRegularFile);
        try {
            if (file.isPresent()) {
                return Files.readString(file.get(), StandardCharsets.UTF_8);
            }
            try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("prompt prompts/" + name + " is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + file.map(Path::toString).orElse(name), e);
        }
    }

    private static String require(String template, String name, String... variables) {
        for (String v : variables) {
            if (!template.contains(v)) {
                throw new IllegalStateException("prompt " + name + " must contain " + v);
            }
        }
        return template;
    }
}

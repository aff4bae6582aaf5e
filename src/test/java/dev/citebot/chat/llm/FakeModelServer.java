package dev.citebot.chat.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A fake language model server on 127.0.0.1 speaking either the OpenAI chat-completions protocol
 * ({@code POST /v1/chat/completions}) or Ollama's ({@code POST /api/chat}), so that the real LangChain4j clients
 * can be tested. Its "brain" maps the last user message to the reply; it can also answer HTTP 500 or hold every
 * request until it is closed. It records every request it receives.
 */
public final class FakeModelServer implements AutoCloseable {

    /** Which protocol the server speaks. */
    public enum Protocol { OPENAI, OLLAMA }

    /** What the server does with a request. */
    public enum Behaviour { REPLY, FAIL_500, HANG }

    /** One request as received. */
    public record Request(String authorization, String system, String user, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Protocol protocol;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> brain = user -> "";
    private volatile Behaviour behaviour = Behaviour.REPLY;

    public FakeModelServer(Protocol protocol) throws IOException {
        this.protocol = protocol;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(protocol == Protocol.OPENAI ? "/v1/chat/completions" : "/api/chat", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL a client is configured with. */
    public URI baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return URI.create(protocol == Protocol.OPENAI ? root + "/v1" : root);
    }

    public FakeModelServer replying(Function<String, String> brain) {
        this.brain = brain;
        this.behaviour = Behaviour.REPLY;
        return this;
    }

    public FakeModelServer behaving(Behaviour behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(auth, content(body, "system"), content(body, "user"), body));
            switch (behaviour) {
                case HANG -> {
                    awaitClose();
                    send(exchange, 503, "{}");
                }
                case FAIL_500 -> send(exchange, 500, "{\"error\":{\"message\":\"internal error for request with "
                        + "Authorization: " + auth + "\",\"type\":\"server_error\"}}");
                case REPLY -> send(exchange, 200, reply(brain.apply(content(body, "user"))));
            }
        }
    }

    private String reply(String text) {
        ObjectNode out = json.createObjectNode();
        if (protocol == Protocol.OPENAI) {
            out.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 1).put("model", "fake");
            ObjectNode choice = out.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            out.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        } else {
            out.put("model", "fake").put("created_at", "2026-01-01T00:00:00Z").put("done", true)
                    .put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
            out.putObject("message").put("role", "assistant").put("content", text);
        }
        return out.toString();
    }

    /** The text of the last message with {@code role}; OpenAI content may be a string or a list of parts. */
    private static String content(JsonNode body, String role) {
        String text = null;
        for (JsonNode m : body.path("messages")) {
            if (role.equals(m.path("role").asText())) {
                JsonNode c = m.path("content");
                if (c.isArray()) {
                    StringBuilder b = new StringBuilder();
                    c.forEach(part -> b.append(part.path("text").asText("")));
                    text = b.toString();
                } else {
                    text = c.asText("");
                }
            }
        }
        return text;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitClose() {
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}

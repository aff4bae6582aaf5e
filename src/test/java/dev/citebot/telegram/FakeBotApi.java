package dev.citebot.telegram;

import dev.citebot.telegram.inbound.DaemonThreads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server for tests on 127.0.0.1: records every request (method and JSON body), hands out queued
 * updates to {@code getUpdates} until an offset confirms them (holding an empty poll for half a second, as a
 * real server holds it longer),
 * answers {@code sendMessage} with a message, and lets a test script failures per method.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final long BOT_ID = 4242;
    public static final String BOT_USERNAME = "citebot_test_bot";
    public static final Duration HOLD = Duration.ofMillis(500);

    private final Duration hold;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<JsonNode> updates = new ArrayDeque<>();
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    private final Map<String, Reply> always = new HashMap<>();
    private final Map<String, Duration> delays = new HashMap<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private int nextMessageId = 1000;
    private Faults faults = Faults.NONE;
    private java.util.Random random = new java.util.Random(1);

    /**
     * One request as answered, in order of answering; {@code status} is what the server answered,
     * {@code messageId} the id of the message it created (0 if none), {@code arrived} and {@code answered}
     * {@link System#nanoTime} when the request came in and when it was carried out.
     */
    public record Call(int seq, String token, String method, JsonNode body, int status, int messageId,
                       long arrived, long answered) {
        /** Whether the request had come in but was not yet carried out at {@code nanos}. */
        public boolean inFlightAt(long nanos) {
            return arrived <= nanos && answered >= nanos;
        }

        public long chatId() {
            return body.path("chat_id").asLong();
        }

        public String text() {
            return body.path("text").asText();
        }

        public boolean repliesTo(int messageId) {
            return body.path("reply_parameters").path("message_id").asInt(-1) == messageId;
        }

        public boolean delivered() {
            return status == 200;
        }
    }

    /** A scripted answer: an HTTP status with Telegram's error body; status {@link #DROP}: see {@link #dropNext}. */
    public record Reply(int status, String description, Integer retryAfter) {
    }

    /** The status recorded for a call whose message was created but whose connection was then dropped. */
    public static final int DROP = -1;

    /**
     * Random faults, as a busy Telegram and a bad network give them: each {@code sendMessage} is answered 429
     * ({@code retry_after} 1) with probability {@code tooMany}, 5xx with {@code serverError}, or is recorded
     * and then has its connection dropped with {@code dropAfterDelivery}; each {@code getUpdates} fails (502)
     * with {@code pollFailure}. Seeded, so a run can be repeated.
     */
    public record Faults(double tooMany, double serverError, double dropAfterDelivery, double pollFailure,
                         long seed) {
        public static final Faults NONE = new Faults(0, 0, 0, 0, 1);
    }

    public FakeBotApi() throws IOException {
        this(HOLD);
    }

    /** @param hold how long an empty poll is held before it is answered with no updates */
    public FakeBotApi(Duration hold) throws IOException {
        this.hold = hold;
        threads = Executors.newCachedThreadPool(new DaemonThreads("fake-bot-api"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized void queue(JsonNode... more) {
        updates.addAll(List.of(more));
        notifyAll();
    }

    /** The next call of {@code method} gets this error instead of success. */
    public synchronized void failNext(String method, int status, String description, Integer retryAfter) {
        scripted.computeIfAbsent(key(method), k -> new ArrayDeque<>()).add(new Reply(status, description, retryAfter));
    }

    /** The next call of {@code method} is carried out (a message is created) but its connection is dropped. */
    public synchronized void dropNext(String method) {
        scripted.computeIfAbsent(key(method), k -> new ArrayDeque<>()).add(new Reply(DROP, "dropped", null));
    }

    public synchronized void faults(Faults faults) {
        this.faults = faults;
        this.random = new java.util.Random(faults.seed());
    }

    /** Every call of {@code method} gets this error. */
    public synchronized void failAlways(String method, int status, String description) {
        always.put(key(method), new Reply(status, description, null));
    }

    /** Ends {@link #failAlways} for {@code method}. */
    public synchronized void heal(String method) {
        always.remove(key(method));
    }

    /** Every call of {@code method} is answered only after {@code delay}. */
    public synchronized void delay(String method, Duration delay) {
        delays.put(key(method), delay);
    }

    /** Serves {@code bytes} as the file {@code fileId} (getFile, then a download from /file/bot.../PATH). */
    public synchronized void file(String fileId, byte[] bytes) {
        files.put(fileId, bytes.clone());
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(key(method))).toList();
    }

    /** Waits until at least {@code count} calls of {@code method} match, and returns all matching calls. */
    public synchronized List<Call> await(String method, Predicate<Call> matching, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls(method).stream().filter(matching).toList();
            long left = deadline - System.nanoTime();
            if (found.size() >= count || left <= 0) {
                if (found.size() < count) {
                    throw new AssertionError("expected " + count + " " + method + " calls, got " + found.size()
                            + "; all calls: " + calls);
                }
                return found;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public Call awaitOne(String method, Predicate<Call> matching) throws InterruptedException {
        return await(method, matching, 1, Duration.ofSeconds(30)).get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length > 3 && path[1].equals("file")) {
                download(exchange, path[path.length - 1]);
                return;
            }
            String token = path.length > 1 ? path[1].replaceFirst("^bot", "") : "";
            String method = path.length > 2 ? key(path[2]) : "";
            long arrived = System.nanoTime();
            JsonNode body = body(exchange);
            Thread.sleep(delayOf(method).toMillis());
            Response response = method.equals("getupdates") ? pollOrFail(body) : respond(method, body);
            record(token, method, body, response, arrived);
            if (response.status() == DROP) {
                return;
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Response(int status, String body, int messageId) {
    }

    private synchronized Duration delayOf(String method) {
        return delays.getOrDefault(method, Duration.ZERO);
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }

    /**
     * Telegram's rule: a poll returns every pending update with an id of at least {@code offset}, and updates
     * below the offset are confirmed and forgotten. So updates handed to a poll whose client went away are
     * delivered again to the next poll.
     */
    private synchronized Response poll(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        updates.removeIf(u -> u.path("update_id").asLong() < offset);
        long deadline = System.nanoTime() + hold.toNanos();
        while (updates.isEmpty() && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        ArrayNode result = json.createArrayNode();
        updates.forEach(result::add);
        return ok(result);
    }

    private Response pollOrFail(JsonNode body) throws InterruptedException {
        synchronized (this) {
            if (random.nextDouble() < faults.pollFailure()) {
                return error(new Reply(502, "Bad Gateway", null));
            }
        }
        return poll(body);
    }

    private synchronized Response respond(String method, JsonNode body) {
        Deque<Reply> next = scripted.get(method);
        Reply failure = next != null && !next.isEmpty() ? next.poll() : always.get(method);
        if (failure == null && method.equals("sendmessage")) {
            failure = randomFault();
        }
        if (failure != null && failure.status() == DROP) {
            Response sent = sent(message(body));
            return new Response(DROP, sent.body(), sent.messageId());
        }
        if (failure != null) {
            return error(failure);
        }
        return switch (method) {
            case "getme" -> ok(Updates.botUser(json));
            case "sendmessage" -> sent(message(body));
            case "editmessagetext" -> ok(edited(body));
            case "getfile" -> files.containsKey(body.path("file_id").asText()) ? ok(fileNode(body.path("file_id")
                    .asText())) : error(new Reply(400, "Bad Request: invalid file_id", null));
            default -> ok(json.getNodeFactory().booleanNode(true));
        };
    }

    private Reply randomFault() {
        double r = random.nextDouble();
        if (r < faults.tooMany()) {
            return new Reply(429, "Too Many Requests: retry after 1", 1);
        }
        r -= faults.tooMany();
        if (r < faults.serverError()) {
            return new Reply(502, "Bad Gateway", null);
        }
        r -= faults.serverError();
        return r < faults.dropAfterDelivery() ? new Reply(DROP, "dropped", null) : null;
    }

    private ObjectNode message(JsonNode request) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", ++nextMessageId);
        m.put("date", 1_700_000_000);
        m.set("chat", Updates.chat(json, request.path("chat_id").asLong()));
        m.set("from", Updates.botUser(json));
        m.put("text", request.path("text").asText());
        return m;
    }

    private ObjectNode edited(JsonNode request) {
        ObjectNode m = message(request);
        m.put("message_id", request.path("message_id").asInt());
        return m;
    }

    private ObjectNode fileNode(String fileId) {
        ObjectNode f = json.createObjectNode();
        f.put("file_id", fileId);
        f.put("file_unique_id", "u-" + fileId);
        f.put("file_size", files.get(fileId).length);
        f.put("file_path", "documents/" + fileId);
        return f;
    }

    private void download(HttpExchange exchange, String fileId) throws IOException {
        try (exchange) {
            byte[] bytes;
            synchronized (this) {
                bytes = files.get(fileId);
            }
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private synchronized void record(String token, String method, JsonNode body, Response response, long arrived) {
        calls.add(new Call(calls.size(), token, method, body, response.status(), response.messageId(), arrived,
                System.nanoTime()));
        notifyAll();
    }

    private Response ok(JsonNode result) {
        ObjectNode r = json.createObjectNode();
        r.put("ok", true);
        r.set("result", result);
        return new Response(200, r.toString(), 0);
    }

    private Response sent(ObjectNode message) {
        Response ok = ok(message);
        return new Response(ok.status(), ok.body(), message.path("message_id").asInt());
    }

    private Response error(Reply reply) {
        ObjectNode r = json.createObjectNode();
        r.put("ok", false);
        r.put("error_code", reply.status());
        r.put("description", reply.description());
        if (reply.retryAfter() != null) {
            r.putObject("parameters").put("retry_after", reply.retryAfter());
        }
        return new Response(reply.status(), r.toString(), 0);
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}

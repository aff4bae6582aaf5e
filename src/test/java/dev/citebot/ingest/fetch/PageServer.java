package dev.citebot.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A web server on 127.0.0.1 for fetch tests: pages, redirects, oversized and slow bodies; counts requests. */
public final class PageServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** Writes one response. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    public PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }

    public PageServer page(String path, String contentType, String body) {
        routes.put(path, e -> send(e, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public PageServer redirect(String path, String location) {
        routes.put(path, e -> {
            e.getResponseHeaders().add("Location", location);
            e.sendResponseHeaders(302, -1);
        });
        return this;
    }

    /** A body of {@code bytes} bytes sent in chunks, without a Content-Length. */
    public PageServer streamed(String path, String contentType, long bytes) {
        routes.put(path, e -> {
            e.getResponseHeaders().add("Content-Type", contentType);
            e.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>filler text for a page that never ends.</p>\n".repeat(1_000)
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = e.getResponseBody()) {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException closedByClient) {
                // the client stopped reading, as it should
            }
        });
        return this;
    }

    public PageServer slow(String path, long millis) {
        routes.put(path, e -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            send(e, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            Handler h = routes.get(exchange.getRequestURI().getPath());
            if (h == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                h.handle(exchange);
            }
        }
    }

    private static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

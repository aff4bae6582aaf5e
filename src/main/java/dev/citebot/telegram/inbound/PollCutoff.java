package dev.citebot.telegram.inbound;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the long poll in flight at shutdown without an error. A {@code getUpdates} call waits up to 50 s for
 * updates; cancelling it would make the polling library log an ERROR and back off. Instead {@link #cut()}
 * closes the poll's socket, and the application interceptor turns the resulting I/O error — and any poll
 * started after the cut — into an empty, successful update list. The client must not retry on connection
 * failure, or OkHttp would quietly repeat the poll.
 */
public final class PollCutoff {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";

    private final AtomicBoolean cut = new AtomicBoolean();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    public Interceptor application() {
        return chain -> {
            if (cut.get()) {
                return noUpdates(chain.request());
            }
            try {
                return chain.proceed(chain.request());
            } catch (IOException e) {
                if (cut.get()) {
                    return noUpdates(chain.request());
                }
                throw e;
            }
        };
    }

    public Interceptor network() {
        return chain -> {
            Socket socket = chain.connection() == null ? null : chain.connection().socket();
            if (socket != null) {
                open.add(socket);
            }
            try {
                return chain.proceed(chain.request());
            } finally {
                if (socket != null) {
                    open.remove(socket);
                }
            }
        };
    }

    /** From now on every poll returns no updates at once; the one in flight is ended. */
    public void cut() {
        cut.set(true);
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed: the poll ends either way
            }
        }
    }

    private static Response noUpdates(Request request) {
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(NO_UPDATES, JSON))
                .build();
    }
}

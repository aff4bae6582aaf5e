package dev.citebot.telegram;

import dev.citebot.telegram.inbound.PollCutoff;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import java.time.Duration;

/**
 * The bot's two OkHttp clients. They share the bot's daemon HTTP threads but have their own dispatchers and
 * connection pools, so that ending the long poll never touches a reply being sent. Neither retries by itself
 * ({@code retryOnConnectionFailure(false)}): a request whose connection dropped may have reached Telegram, so
 * whether to send it again is {@code Sender}'s decision, and it logs it.
 */
public final class HttpClients {
    static final Duration CONNECT = Duration.ofSeconds(10);
    static final Duration SEND = Duration.ofSeconds(30);
    /** Longer than the 50 s Telegram holds a long poll. */
    static final Duration POLL_READ = Duration.ofSeconds(75);
    private static final int MAX_REQUESTS_PER_HOST = 32;

    private HttpClients() {
    }

    public static OkHttpClient sending(Dispatcher dispatcher) {
        dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(CONNECT)
                .readTimeout(SEND)
                .writeTimeout(SEND)
                .callTimeout(SEND.multipliedBy(2))
                .retryOnConnectionFailure(false)
                .build();
    }

    static OkHttpClient polling(Dispatcher dispatcher, PollCutoff cutoff) {
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(CONNECT)
                .readTimeout(POLL_READ)
                .writeTimeout(SEND)
                .retryOnConnectionFailure(false)
                .addInterceptor(cutoff.application())
                .addNetworkInterceptor(cutoff.network())
                .build();
    }

    public static void release(OkHttpClient... clients) {
        for (OkHttpClient client : clients) {
            client.dispatcher().cancelAll();
            client.connectionPool().evictAll();
        }
    }
}

package dev.citebot.config;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Webhook mode: Telegram posts updates to {@code url} (registered with {@code setWebhook}), which a reverse proxy
 * forwards to this instance's HTTP server on {@code port}. Its {@code toString} shows the secret as {@code ****}.
 *
 * @param url    {@code CITEBOT_WEBHOOK_URL}: the public https URL Telegram posts to; its path is the path served
 * @param host   {@code CITEBOT_WEBHOOK_HOST}: the local address the HTTP server listens on: {@code 0.0.0.0}, every
 *               interface (the default, for a proxy on another machine), {@code 127.0.0.1} when the proxy runs on
 *               this one, or another address of this machine
 * @param port   {@code CITEBOT_WEBHOOK_PORT}: the local port the HTTP server listens on (default 8443)
 * @param secret {@code CITEBOT_WEBHOOK_SECRET}, or, unset, one derived from the bot token with HMAC-SHA256, so
 *               every instance of the bot agrees on it without being told; Telegram sends it in the
 *               {@code X-Telegram-Bot-Api-Secret-Token} header of every request
 */
public record WebhookSettings(URI url, String host, int port, Secret secret) {
    public static final String CITEBOT_WEBHOOK_URL = "CITEBOT_WEBHOOK_URL";
    public static final String CITEBOT_WEBHOOK_HOST = "CITEBOT_WEBHOOK_HOST";
    public static final String EVERY_INTERFACE = "0.0.0.0";
    public static final String CITEBOT_WEBHOOK_PORT = "CITEBOT_WEBHOOK_PORT";
    public static final String CITEBOT_WEBHOOK_SECRET = "CITEBOT_WEBHOOK_SECRET";
    public static final int DEFAULT_PORT = 8443;
    /** Telegram's rule for a secret token: 1 to 256 of these characters. */
    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final String DERIVATION_LABEL = "citebot webhook secret v1";

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(secret, "secret");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
    }

    /** Listening on every interface, on {@code port}. */
    public WebhookSettings(URI url, int port, Secret secret) {
        this(url, EVERY_INTERFACE, port, secret);
    }

    /** The path Telegram posts to: the URL's path, or {@code /} when it has none. */
    public String path() {
        String p = url.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", host=" + host + ", port=" + port + ", secret=****]";
    }

    /**
     * The webhook secret every instance derives from the same token: HMAC-SHA256 keyed with the token over a fixed
     * label, base64url without padding (43 characters, within Telegram's alphabet). The token cannot be recovered
     * from it.
     */
    public static Secret derivedSecret(Secret token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(DERIVATION_LABEL.getBytes(StandardCharsets.UTF_8));
            return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /**
     * Reads the three variables; empty when {@code CITEBOT_WEBHOOK_URL} is unset (long polling). Adds a line to
     * {@code problems} for each bad one, never quoting the secret.
     */
    static Optional<WebhookSettings> read(Map<String, String> values, Optional<Secret> token, List<String> problems) {
        String rawUrl = values.get(CITEBOT_WEBHOOK_URL);
        if (rawUrl == null) {
            for (String other : List.of(CITEBOT_WEBHOOK_HOST, CITEBOT_WEBHOOK_PORT, CITEBOT_WEBHOOK_SECRET)) {
                if (values.containsKey(other)) {
                    problems.add(other + " is set but " + CITEBOT_WEBHOOK_URL + " is not");
                }
            }
            return Optional.empty();
        }
        URI url = url(rawUrl, problems);
        String host = host(values.get(CITEBOT_WEBHOOK_HOST), problems);
        int port = port(values.get(CITEBOT_WEBHOOK_PORT), problems);
        Secret secret = secret(values.get(CITEBOT_WEBHOOK_SECRET), token, problems);
        if (token.isEmpty()) {
            problems.add(CITEBOT_WEBHOOK_URL + " needs " + Config.TELEGRAM_BOT_TOKEN);
        }
        return url == null || host == null || port == 0 || secret == null ? Optional.empty()
                : Optional.of(new WebhookSettings(url, host, port, secret));
    }

    private static URI url(String raw, List<String> problems) {
        try {
            URI uri = new URI(raw.strip());
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(CITEBOT_WEBHOOK_URL + " must be an https URL without query or user, e.g. "
                + "https://bot.example.org/telegram");
        return null;
    }

    /** An IP address of this machine (or 0.0.0.0); a name is not looked up, so a typo cannot bind elsewhere. */
    private static String host(String raw, List<String> problems) {
        if (raw == null) {
            return EVERY_INTERFACE;
        }
        String h = raw.strip();
        if (LocalAddresses.isLocal(h)) {
            return h;
        }
        problems.add(CITEBOT_WEBHOOK_HOST + " must be an IP address of this machine, e.g. 127.0.0.1 when the "
                + "reverse proxy runs here, or 0.0.0.0 for every interface");
        return null;
    }

    private static int port(String raw, List<String> problems) {
        if (raw == null) {
            return DEFAULT_PORT;
        }
        String p = raw.strip();
        if (p.matches("\\d{1,5}") && Integer.parseInt(p) >= 1 && Integer.parseInt(p) <= 65_535) {
            return Integer.parseInt(p);
        }
        problems.add(CITEBOT_WEBHOOK_PORT + " must be a port number from 1 to 65535");
        return 0;
    }

    private static Secret secret(String raw, Optional<Secret> token, List<String> problems) {
        if (raw == null) {
            return token.map(WebhookSettings::derivedSecret).orElse(null);
        }
        if (!SECRET_SHAPE.matcher(raw.strip()).matches()) {
            problems.add(CITEBOT_WEBHOOK_SECRET + " must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
            return null;
        }
        return new Secret(raw.strip());
    }
}

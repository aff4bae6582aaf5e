package dev.citebot.ingest.fetch;

import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches a web page without letting the link reach anything inside the host's network (SSRF).
 *
 * <ul>
 *   <li>Only {@code http} and {@code https} URLs, with a host and no user name or password.</li>
 *   <li>The host is resolved and EVERY address it resolves to must pass the {@link AddressPolicy}; the connection
 *       then uses exactly those checked addresses (they are handed to OkHttp as its {@link Dns}), so a second DNS
 *       answer cannot redirect it. An IP-literal host is checked as it is.</li>
 *   <li>Redirects are followed by hand, at most {@link FetchLimits#maxRedirects()}, each target checked as the
 *       first URL was.</li>
 *   <li>The body is streamed and the fetch aborted once it passes {@link FetchLimits#maxBytes()} (a larger
 *       {@code Content-Length} is refused before reading); the whole fetch is bounded by
 *       {@link FetchLimits#timeout()}.</li>
 *   <li>Only HTML, XHTML, plain text and Markdown bodies are accepted.</li>
 *   <li>No proxy, no cookies, no cache.</li>
 * </ul>
 * Every refusal is a {@link FetchRefused} with a short reason that names the URL's host, never its path.
 */
public final class PageFetcher {
    static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain", "text/markdown",
            "text/x-markdown");
    private static final String USER_AGENT = "citebot/0.1 (+article reader)";

    private final AddressPolicy policy;
    private final Resolver resolver;
    private final FetchLimits limits;
    private final OkHttpClient client;

    public PageFetcher(AddressPolicy policy, Resolver resolver, FetchLimits limits) {
        this.policy = policy;
        this.resolver = resolver;
        this.limits = limits;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .proxy(Proxy.NO_PROXY)
                .dns(this::checkedAddresses)
                .callTimeout(limits.timeout())
                .connectTimeout(limits.timeout())
                .readTimeout(limits.timeout())
                .build();
    }

    /** Fetches {@code url}; see the class comment for what is refused. */
    public FetchedPage fetch(String url) {
        URI requested = parse(url);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        HttpUrl current = checked(requested);
        for (int redirects = 0; ; redirects++) {
            if (System.nanoTime() > deadline) {
                throw new FetchRefused("the page took too long to load");
            }
            try (Response response = call(current)) {
                if (response.isRedirect()) {
                    if (redirects >= limits.maxRedirects()) {
                        throw new FetchRefused("too many redirects (more than " + limits.maxRedirects() + ")");
                    }
                    current = checked(redirectTarget(current, response));
                    continue;
                }
                return page(requested, current, response);
            }
        }
    }

    /** The OkHttp client's DNS: resolves through {@link Resolver} and refuses the host if any address is refused. */
    private List<InetAddress> checkedAddresses(String host) throws UnknownHostException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress a : addresses) {
            Optional<String> refusal = policy.refusal(a);
            if (refusal.isPresent()) {
                throw new RefusedHost(host, refusal.get());
            }
        }
        return addresses;
    }

    private HttpUrl checked(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused("only http and https links can be read");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefused("links with a user name or password are not read");
        }
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null || url.host().isEmpty()) {
            throw new FetchRefused("that link has no host");
        }
        try {
            checkedAddresses(url.host());
        } catch (RefusedHost e) {
            throw new FetchRefused(e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchRefused(url.host() + " was not found");
        }
        return url;
    }

    private Response call(HttpUrl url) {
        Request request = new Request.Builder().url(url).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9")
                .build();
        Call call = client.newCall(request);
        try {
            return call.execute();
        } catch (RefusedHost e) {
            throw new FetchRefused(e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchRefused(url.host() + " was not found");
        } catch (InterruptedIOException e) {
            throw new FetchRefused("the page took too long to load", e);
        } catch (IOException e) {
            throw new FetchRefused(url.host() + " could not be reached", e);
        }
    }

    private static URI redirectTarget(HttpUrl from, Response response) {
        String location = response.header("Location");
        try {
            if (location == null) {
                throw new IllegalArgumentException("no Location");
            }
            return from.uri().resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchRefused(from.host() + " sent a redirect without a usable target");
        }
    }

    private FetchedPage page(URI requested, HttpUrl url, Response response) {
        if (!response.isSuccessful()) {
            throw new FetchRefused(url.host() + " answered HTTP " + response.code());
        }
        ResponseBody body = response.body();
        MediaType type = body == null ? null : body.contentType();
        String media = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (!ACCEPTED.contains(media)) {
            throw new FetchRefused(media.isEmpty() ? "the page does not say what it contains"
                    : "that link is " + media + ", not a web page or text");
        }
        if (body.contentLength() > limits.maxBytes()) {
            throw tooLarge();
        }
        Optional<Charset> charset = Optional.ofNullable(type.charset(null));
        return new FetchedPage(requested, url.uri(), media, charset, read(body, url));
    }

    private byte[] read(ResponseBody body, HttpUrl url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try (InputStream in = body.byteStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > limits.maxBytes()) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (InterruptedIOException e) {
            throw new FetchRefused("the page took too long to load", e);
        } catch (IOException e) {
            throw new FetchRefused("reading the page from " + url.host() + " failed", e);
        }
        return out.toByteArray();
    }

    private FetchRefused tooLarge() {
        return new FetchRefused("the page is larger than " + limits.maxBytes() / (1024 * 1024) + " MB");
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new FetchRefused("that is not a complete http(s) link");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new FetchRefused("that is not a valid link");
        }
    }

    /** A host whose addresses the policy refuses; an {@link UnknownHostException} so that OkHttp passes it on. */
    private static final class RefusedHost extends UnknownHostException {
        RefusedHost(String host, String reason) {
            super(host + " is " + reason + ", which citebot does not fetch from");
        }
    }
}

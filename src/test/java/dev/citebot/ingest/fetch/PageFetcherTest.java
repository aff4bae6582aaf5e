package dev.citebot.ingest.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageFetcherTest {
    private static final String PAGE = "<html><head><title>Quay</title></head><body><p>Repairs start.</p></body></html>";
    private PageServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new PageServer().page("/article", "text/html; charset=utf-8", PAGE);
        fetcher = new PageFetcher(new AddressPolicy(true), Resolver.system(),
                new FetchLimits(5 * 1024 * 1024, Duration.ofSeconds(2), 5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPageOn127001WhenLoopbackIsAllowed() {
        FetchedPage page = fetcher.fetch(server.url("/article"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).contains(StandardCharsets.UTF_8);
        assertThat(page.html()).isTrue();
    }

    @Test
    void byDefaultEvenLoopbackIsRefusedAndNothingIsRequested() {
        PageFetcher strict = new PageFetcher(new AddressPolicy(false), Resolver.system(), FetchLimits.DEFAULT);

        assertThatThrownBy(() -> strict.fetch(server.url("/article"))).isInstanceOf(FetchRefused.class)
                .hasMessage("127.0.0.1 is a loopback address, which citebot does not fetch from");
        assertThat(server.requests()).isZero();
    }

    @Test
    void followsUpToFiveRedirectsAndRefusesTheSixth() {
        for (int i = 1; i <= 6; i++) {
            server.redirect("/hop" + i, server.url(i == 6 ? "/article" : "/hop" + (i + 1)));
        }
        server.redirect("/five", server.url("/hop3"));

        assertThat(fetcher.fetch(server.url("/five")).url().getPath()).isEqualTo("/article");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/hop1"))).isInstanceOf(FetchRefused.class)
                .hasMessage("too many redirects (more than 5)");
    }

    @Test
    void aRedirectToAnotherLoopbackOrTheMetadataAddressIsRefusedBeforeItIsFollowed() {
        server.redirect("/to-loopback", "http://127.0.0.2:" + server.port() + "/article");
        server.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        server.redirect("/to-v6-metadata", "http://[fd00:ec2::254]/latest/meta-data/");
        server.redirect("/to-file", "file:///etc/passwd");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-loopback")))
                .hasMessage("127.0.0.2 is a loopback address, which citebot does not fetch from");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-metadata")))
                .hasMessage("169.254.169.254 is the cloud metadata address, which citebot does not fetch from");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-v6-metadata")))
                .hasMessageContaining("the cloud metadata address");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-file")))
                .hasMessage("only http and https links can be read");
        assertThat(server.requests()).isEqualTo(4);
    }

    @Test
    void aHostThatResolvesToAPrivateAddressIsRefusedEvenWhenItAlsoHasAPublicOne() {
        Map<String, List<String>> dns = Map.of("intranet.test", List.of("10.0.0.5"),
                "mixed.test", List.of("93.184.215.14", "192.168.1.10"),
                "rebind.test", List.of("127.0.0.1", "127.0.0.2"));
        PageFetcher fixed = new PageFetcher(new AddressPolicy(true), table(dns), FetchLimits.DEFAULT);

        assertThatThrownBy(() -> fixed.fetch("http://intranet.test/")).isInstanceOf(FetchRefused.class)
                .hasMessage("intranet.test is a private address, which citebot does not fetch from");
        assertThatThrownBy(() -> fixed.fetch("https://mixed.test/a")).hasMessageContaining("a private address");
        assertThatThrownBy(() -> fixed.fetch("http://rebind.test:" + server.port() + "/article"))
                .hasMessageContaining("a loopback address");
        assertThatThrownBy(() -> fixed.fetch("http://nowhere.test/")).hasMessage("nowhere.test was not found");
        assertThat(server.requests()).isZero();
    }

    @Test
    void refusesOtherSchemesCredentialsAndNonsense() {
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/a.html"))
                .hasMessage("only http and https links can be read");
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).isInstanceOf(FetchRefused.class);
        assertThatThrownBy(() -> fetcher.fetch("http://user:pw@127.0.0.1:" + server.port() + "/article"))
                .hasMessage("links with a user name or password are not read");
        assertThatThrownBy(() -> fetcher.fetch("not a link")).isInstanceOf(FetchRefused.class);
        assertThat(server.requests()).isZero();
    }

    @Test
    void aBodyOverTheCapIsAbortedWhileStreamingAndADeclaredOneBeforeReading() {
        server.streamed("/endless", "text/html", 6L * 1024 * 1024);
        server.page("/declared", "text/html", "x".repeat(5 * 1024 * 1024 + 1));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/endless"))).hasMessage("the page is larger than 5 MB");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/declared"))).hasMessage("the page is larger than 5 MB");
    }

    @Test
    void refusesContentThatIsNotAPageOrText() {
        server.page("/report.pdf", "application/pdf", "%PDF-1.7");
        server.page("/image", "image/png", "png");
        server.page("/notes", "text/plain", "Harbour notes.");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/report.pdf")))
                .hasMessage("that link is application/pdf, not a web page or text");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/image"))).hasMessageContaining("image/png");
        assertThat(fetcher.fetch(server.url("/notes")).mediaType()).isEqualTo("text/plain");
    }

    @Test
    void aSlowPageTimesOutAndAnErrorStatusIsReported() {
        server.slow("/slow", 5_000);
        PageFetcher impatient = new PageFetcher(new AddressPolicy(true), Resolver.system(),
                new FetchLimits(1024, Duration.ofMillis(300), 5));

        assertThatThrownBy(() -> impatient.fetch(server.url("/slow"))).hasMessage("the page took too long to load");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/missing"))).hasMessage("127.0.0.1 answered HTTP 404");
    }

    private static Resolver table(Map<String, List<String>> dns) {
        return host -> {
            List<String> literals = dns.get(host);
            if (literals == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> out = new java.util.ArrayList<>();
            for (String l : literals) {
                out.add(InetAddress.getByName(l));
            }
            return out;
        };
    }
}

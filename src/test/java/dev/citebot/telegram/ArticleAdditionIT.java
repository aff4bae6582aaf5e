package dev.citebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.ArticleSummary;
import dev.citebot.article.StoredArticle;
import dev.citebot.config.LibrarySettings;
import dev.citebot.ingest.ArticleExtractor;
import dev.citebot.ingest.fetch.PageServer;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.render.Html;
import dev.citebot.telegram.render.TelegramHtml;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding articles from the chat, end to end: the real telegrambots client against the fake Bot API, pages served by
 * a local web server on 127.0.0.1 ({@code CITEBOT_FETCH_ALLOW_LOOPBACK=true}), the real App (H2 in a temporary
 * folder, the in-process embedding model) storing and answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleAdditionIT {
    private static final long ADMIN = 3001;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern QUOTE = Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL);

    private final AtomicInteger updateIds = new AtomicInteger(1);
    private AllMiniLmL6V2QuantizedEmbeddingModel model;
    private App app;
    private PageServer pages;
    private FakeBotApi api;
    private TelegramBot bot;

    @BeforeAll
    void openAppAndPages(@TempDir Path dir) throws IOException {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        app = new App(TestApps.config(dir).withLibrary(LibrarySettings.DEFAULT.withAdmins(Set.of(ADMIN))
                .withLoopback(true)), model);
        pages = new PageServer()
                .page("/news/quay", "text/html; charset=utf-8", page("quay.html"))
                .page("/news/quay-amp", "text/html; charset=utf-8", page("quay.html"))
                .page("/news/ferry", "text/html; charset=utf-8", page("ferry.html"))
                .page("/", "text/html; charset=utf-8", page("front.html"))
                .page("/login", "text/html; charset=utf-8", page("login.html"))
                .page("/report.pdf", "application/pdf", "%PDF-1.7 not a page")
                .streamed("/huge", "text/html", 6L * 1024 * 1024);
        pages.redirect("/to-loopback", "http://127.0.0.2:" + pages.port() + "/news/quay");
    }

    @BeforeEach
    void startBot() throws IOException {
        api = new FakeBotApi();
        bot = app.telegramBot(BotSettings.of(TelegramBotIT.TOKEN, api.url()).withChatRate(50, 50));
        bot.start();
    }

    @AfterEach
    void stopBot() {
        bot.close();
        api.close();
    }

    @AfterAll
    void close() {
        pages.close();
        app.close();
    }

    @Test
    void aLinkIsReadSummarisedAndAnsweredWithAVerbatimQuoteButOnlyInItsOwnChat() throws Exception {
        long reader = 2001;
        String result = add(reader, "Look at this " + pages.url("/news/quay") + " please");

        ArticleSummary stored = byTitle("Harbour Board Approves Repairs to the Eastern Quay");
        assertThat(result).contains("<b>Added</b>").contains("(private to this chat)")
                .contains("<i>" + Html.escape(stored.title()) + "</i>")
                .contains(stored.paragraphs() + " paragraphs").contains("Quoted most: ").contains("Okafor")
                .contains("• What did ");
        assertThat(TelegramHtml.problem(result)).isNull();
        StoredArticle article = app.articles().find(stored.id()).orElseThrow();
        assertThat(article.text()).doesNotContain("Advertisement", "Reader42", "Related stories");
        assertThat(article.source()).isEqualTo(pages.url("/news/quay"));

        FakeBotApi.Call answer = reply(ask(reader, "What did Mara Okafor say?"));
        assertThat(quotes(answer.text())).isNotEmpty().allSatisfy(q -> assertThat(article.text()).contains(q));
        assertThat(answer.text()).contains("Okafor");
        JsonNode button = answer.body().path("reply_markup").path("inline_keyboard").path(0).path(0);
        assertThat(button.path("text").asText()).matches("¶\\d+");
        api.queue(Updates.press(updateIds.getAndIncrement(), reader, answer.messageId(), "cb-add", button
                .path("callback_data").asText()));
        assertThat(reply(answer.messageId()).text()).contains("<b>");

        long stranger = 2002;
        FakeBotApi.Call elsewhere = reply(ask(stranger, "What did Mara Okafor say?"));
        assertThat(elsewhere.text()).doesNotContain("ninety years").doesNotContain("fleet");
        assertThat(reply(ask(stranger, "/articles")).text()).doesNotContain("Eastern Quay");
        assertThat(reply(ask(stranger, "/quotes Okafor")).text()).doesNotContain("ninety years");
        assertThat(reply(ask(reader, "/articles")).text()).contains("Eastern Quay");

        String again = addKnown(reader, pages.url("/news/quay"));
        assertThat(again).startsWith("Already in the library as article");
        String sameText = add(reader, pages.url("/news/quay-amp"));
        assertThat(sameText).startsWith("Already in the library as article");
        assertThat(app.articles().list().stream().filter(a -> a.title().equals(stored.title()))).hasSize(1);
    }

    @Test
    void anAdminsAdditionIsSharedAndOnlyAdminsMayRemove() throws Exception {
        String result = add(ADMIN, "/add " + pages.url("/news/ferry"));
        assertThat(result).contains("(shared with everyone)").contains("Ferry Timetable to Change in Spring");
        ArticleSummary ferry = byTitle("Ferry Timetable to Change in Spring");

        long other = 2003;
        FakeBotApi.Call answer = reply(ask(other, "What did Tomas Reyes say?"));
        String text = app.articles().find(ferry.id()).orElseThrow().text();
        assertThat(quotes(answer.text())).isNotEmpty().allSatisfy(q -> assertThat(text).contains(q));

        Matcher added = Pattern.compile("as article (\\d+)").matcher(result);
        assertThat(added.find()).isTrue();
        int number = Integer.parseInt(added.group(1));
        assertThat(reply(ask(other, "/remove " + number)).text()).isEqualTo("Only the bot's admins may remove articles.");
        assertThat(app.articles().find(ferry.id())).isPresent();
        assertThat(reply(ask(ADMIN, "/remove " + number)).text()).startsWith("Removed article " + number);
        assertThat(app.articles().find(ferry.id())).isEmpty();
        assertThat(reply(ask(other, "What did Tomas Reyes say?")).text()).doesNotContain("trains");
    }

    @Test
    void aForwardedChannelPostAndADocumentAreAddedAndAnswered() throws Exception {
        long reader = 2004;
        String post = "Library Opens Late on Thursdays\n\nThe town library will stay open until nine in the evening"
                + " every Thursday from next month, the council said on Friday.\n\n“People who work all day deserve"
                + " a library that is open when they are free,” said Ines Varga, the head librarian.\n\nVarga said"
                + " the longer hours would be paid for by closing an hour earlier on Mondays.";
        int forwarded = 100 + updateIds.get();
        String result = added(Updates.forwardedPost(updateIds.getAndIncrement(), reader, forwarded, "quaynews", 57,
                post), reader, forwarded);
        assertThat(result).contains("<b>Added</b>").contains("Library Opens Late on Thursdays");
        ArticleSummary library = byTitle("Library Opens Late on Thursdays");
        assertThat(library.source()).isEqualTo("https://t.me/quaynews/57");
        String libraryText = app.articles().find(library.id()).orElseThrow().text();
        assertThat(libraryText).isEqualTo(post);
        assertThat(quotes(reply(ask(reader, "What did Ines Varga say?")).text())).isNotEmpty()
                .allSatisfy(q -> assertThat(libraryText).contains(q));

        String notes = "# Market Square Reopens\n\nThe market square reopened on Saturday after a year of"
                + " building work, with forty stalls back in their old places.\n\n“The square is the **heart** of"
                + " the town again,” said [Petra Lind](https://example.org/lind), who runs the market association.\n\nLind said the stalls"
                + " would open every day except Sunday.\n";
        api.file("doc-1", notes.getBytes(StandardCharsets.UTF_8));
        int sent = 100 + updateIds.get();
        String doc = added(Updates.document(updateIds.getAndIncrement(), reader, sent, "doc-1", "market.md",
                notes.length()), reader, sent);
        assertThat(doc).contains("<b>Added</b>").contains("Market Square Reopens");
        ArticleSummary market = byTitle("Market Square Reopens");
        String marketText = app.articles().find(market.id()).orElseThrow().text();
        assertThat(marketText).contains("“The square is the heart of the town again,” said Petra Lind, who runs")
                .doesNotContain("**", "](", "example.org");
        assertThat(quotes(reply(ask(reader, "What did Petra Lind say?")).text())).isNotEmpty()
                .allSatisfy(q -> assertThat(marketText).contains(q));
    }

    @Test
    void everyRefusedPageGetsItsReasonAndStoresNothing() throws Exception {
        long reader = 2005;
        long before = app.articles().count();

        assertThat(add(reader, "http://10.0.0.7/news")).isEqualTo("Not added: 10.0.0.7 is a private address,"
                + " which citebot does not fetch from. Nothing was stored.");
        assertThat(add(reader, "http://169.254.169.254/latest/meta-data/")).contains("the cloud metadata address");
        assertThat(add(reader, pages.url("/to-loopback"))).isEqualTo("Not added: 127.0.0.2 is a loopback address,"
                + " which citebot does not fetch from. Nothing was stored.");
        assertThat(add(reader, pages.url("/huge"))).isEqualTo("Not added: the page is larger than 5 MB."
                + " Nothing was stored.");
        assertThat(add(reader, pages.url("/report.pdf"))).isEqualTo("Not added: that link is application/pdf,"
                + " not a web page or text. Nothing was stored.");
        assertThat(add(reader, pages.url("/"))).isEqualTo("Not added: " + Html.escape(ArticleExtractor.NOT_AN_ARTICLE)
                + ". Nothing was stored.");
        assertThat(add(reader, pages.url("/login"))).isEqualTo("Not added: " + Html.escape(ArticleExtractor.LOGIN_WALL)
                + ". Nothing was stored.");
        api.file("doc-pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        int sent = 100 + updateIds.get();
        assertThat(added(Updates.document(updateIds.getAndIncrement(), reader, sent, "doc-pdf", "scan.pdf", 8),
                reader, sent)).contains("scan.pdf: unsupported file type");

        assertThat(app.articles().count()).isEqualTo(before);
    }

    /** Sends {@code text} from {@code chat}, waits for the "Reading …" note and returns what it was edited into. */
    private String add(long chat, String text) throws InterruptedException {
        int id = 100 + updateIds.get();
        return added(Updates.text(updateIds.getAndIncrement(), chat, id, text), chat, id);
    }

    private String added(JsonNode update, long chat, int messageId) throws InterruptedException {
        api.queue(update);
        FakeBotApi.Call note = reply(messageId);
        assertThat(note.text()).startsWith("Reading ").endsWith(" …");
        return api.await("editMessageText", c -> c.chatId() == chat
                && c.body().path("message_id").asInt() == note.messageId(), 1, WAIT).get(0).text();
    }

    /** A link already stored is answered at once, without a "Reading …" note. */
    private String addKnown(long chat, String url) throws InterruptedException {
        return reply(ask(chat, url)).text();
    }

    private int ask(long chat, String text) {
        int id = 100 + updateIds.get();
        api.queue(Updates.text(updateIds.getAndIncrement(), chat, id, text));
        return id;
    }

    private FakeBotApi.Call reply(int messageId) throws InterruptedException {
        return api.await("sendMessage", c -> c.repliesTo(messageId) && c.delivered(), 1, WAIT).get(0);
    }

    private ArticleSummary byTitle(String title) {
        return app.articles().list().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    /** The block-quoted texts of a reply, unescaped. */
    private static List<String> quotes(String html) {
        Matcher m = QUOTE.matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Html.toPlain(m.group(1)));
        }
        return out;
    }

    private static String page(String name) throws IOException {
        try (InputStream in = ArticleAdditionIT.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

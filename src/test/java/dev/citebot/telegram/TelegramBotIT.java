package dev.citebot.telegram;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.MessageSplitter;
import dev.citebot.telegram.inbound.SpeakerQuotes;
import dev.citebot.telegram.send.Sleeper;
import dev.citebot.telegram.render.Html;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.render.BotTexts;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.send.RecordingSleeper;
import dev.citebot.telegram.render.TelegramHtml;

import dev.citebot.store.UpdateInbox;
import dev.citebot.telegram.send.Sender;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.config.Secret;
import dev.citebot.config.LlmSettings;
import dev.citebot.article.Paragraph;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.chat.Conversations;
import dev.citebot.chat.llm.FakeModelServer;
import dev.citebot.chat.llm.PromptPassages;
import dev.citebot.chat.llm.QuoteVerifier;
import dev.citebot.article.Scope;
import dev.citebot.article.StoredArticle;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot end to end: the real telegrambots client long-polling a fake Bot API on 127.0.0.1, the real core
 * (H2 in a temporary folder, the in-process embedding model) answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramBotIT {
    static final Secret TOKEN = new Secret("123456789:" + "AAE-telegram-bot-it-token_0123456789ab");
    private static final Pattern SOURCE_DATA = Pattern.compile("src:(\\d+):(\\d+):(\\d+)");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Secret LLM_KEY = new Secret("sk-telegram-it-9fK2mQ7xLp4RzT1v");
    private static final String LLM_MODEL = "gpt-fake-mini";

    private final AtomicInteger updateIds = new AtomicInteger(1);
    private final List<TelegramBot> bots = new ArrayList<>();
    private AllMiniLmL6V2QuantizedEmbeddingModel model;
    private App app;
    private long harbourId;
    private CapturedLogs logs;
    private FakeBotApi api;

    @BeforeAll
    void openTheApp(@TempDir Path dir) {
        logs = new CapturedLogs();
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        app = TestApps.open(dir, model);
        harbourId = app.ingestor().ingest(app.reader().parse("harbour.txt",
                Fixtures.hostileArticle().getBytes(StandardCharsets.UTF_8), "harbour.txt")).articleId();
    }

    @BeforeEach
    void startTheServer() throws IOException {
        api = new FakeBotApi();
    }

    @AfterEach
    void stopBotsAndServer() {
        bots.forEach(TelegramBot::close);
        bots.clear();
        api.close();
    }

    @AfterAll
    void theTokenNeverAppearedAndTheAppCloses() {
        try {
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN.reveal()));
        } finally {
            logs.close();
            app.close();
        }
    }

    @Test
    void aPrivateQuestionGetsAQuotedHtmlReplyWithSourceButtonsAndAButtonShowsTheParagraph() throws Exception {
        startBot();
        int question = ask(1001, "What did Dmitry Peskov say?");

        FakeBotApi.Call reply = replyTo(question);
        assertThat(reply.body().path("parse_mode").asText()).isEqualToIgnoringCase("html");
        assertThat(reply.text()).contains("<blockquote>").contains("Peskov").contains("— <b>");
        assertValid(reply.text());
        JsonNode button = reply.body().path("reply_markup").path("inline_keyboard").path(0).path(0);
        assertThat(button.path("text").asText()).matches("¶\\d+");
        FakeBotApi.Call typing = api.awaitOne("sendChatAction", c -> c.chatId() == 1001);
        assertThat(typing.body().path("action").asText()).isEqualTo("typing");
        assertThat(typing.seq()).isLessThan(reply.seq());

        String data = button.path("callback_data").asText();
        api.queue(Updates.press(updateIds.getAndIncrement(), 1001, reply.messageId(), "cb-1", data));

        FakeBotApi.Call pressed = api.awaitOne("answerCallbackQuery", c -> c.body().path("callback_query_id").asText()
                .equals("cb-1"));
        assertThat(pressed.body().path("text").asText()).isEqualTo(button.path("text").asText());
        FakeBotApi.Call paragraph = replyTo(reply.messageId());
        Quoted quoted = quoted(app, data);
        assertThat(paragraph.text()).startsWith("<i>" + Html.escape(quoted.article().title()) + "</i>, ¶"
                        + quoted.paragraph().number())
                .contains("<b>" + Html.escape(quoted.text()) + "</b>")
                .contains(Html.escape(quoted.paragraph().text(quoted.article().text())).substring(0, 20));
        assertValid(paragraph.text());
    }

    @Test
    void quotesShowsASpeakersAttributionsWithSourceButtonsAndSpeakersListsWhoIsQuoted() throws Exception {
        startBot();
        int asked = ask(1015, "/quotes Peskov");

        FakeBotApi.Call reply = replyTo(asked);
        assertValid(reply.text());
        assertThat(reply.text()).contains("<blockquote>").contains("militaristic [and] confrontational")
                .contains("— <b>Dmitry Peskov</b>, Kremlin spokesman").contains(", ¶3");
        assertThat(reply.text().indexOf("militaristic")).isLessThan(reply.text().indexOf("This opposition"));
        JsonNode button = reply.body().path("reply_markup").path("inline_keyboard").path(0).path(0);
        assertThat(button.path("text").asText()).isEqualTo("¶3");
        String data = button.path("callback_data").asText();
        api.queue(Updates.press(updateIds.getAndIncrement(), 1015, reply.messageId(), "cb-quotes", data));
        FakeBotApi.Call paragraph = replyTo(reply.messageId());
        Quoted quoted = quoted(app, data);
        assertThat(quoted.text()).contains("militaristic [and] confrontational");
        assertThat(paragraph.text()).startsWith("<i>" + Html.escape(quoted.article().title()) + "</i>, ¶3")
                .contains("<b>" + Html.escape(quoted.text()) + "</b>");
        assertValid(paragraph.text());

        FakeBotApi.Call nobody = replyTo(ask(1015, "/quotes Nobody"));
        assertThat(nobody.text()).startsWith("No quotes by Nobody in").contains("/speakers");
        assertThat(nobody.body().path("reply_markup").isMissingNode()).isTrue();

        FakeBotApi.Call speakers = replyTo(ask(1015, "/speakers"));
        assertValid(speakers.text());
        assertThat(speakers.text()).containsPattern("<b>Dmitry Peskov</b>, Kremlin spokesman — \\d+ quotes?")
                .containsPattern("<b>Sergey Shoigu</b>[^\\n]* — \\d+ quotes?");
    }

    @Test
    void groupChatterIsIgnoredButAMentionAReplyToTheBotAndAskAreAnswered() throws Exception {
        startBot();
        long group = -100_1002;
        int chatter = queue(Updates.text(updateIds.getAndIncrement(), group, 1, "What did Dmitry Peskov say?"));
        int otherBot = queue(Updates.text(updateIds.getAndIncrement(), group, 2, "/ask@other_bot Who is Peskov?"));
        int sticker = queue(Updates.sticker(updateIds.getAndIncrement(), group, 3));
        int mention = queue(Updates.text(updateIds.getAndIncrement(), group, 4,
                "@" + FakeBotApi.BOT_USERNAME + " What did Dmitry Peskov say?"));
        int reply = queue(Updates.replyToBot(updateIds.getAndIncrement(), group, 5, 999, "Who is Sergey Shoigu?"));
        int command = queue(Updates.text(updateIds.getAndIncrement(), group, 6,
                "/ask Who warned that NATO troops in Ukraine could lead to a global conflict?"));

        assertThat(replyTo(mention).text()).contains("Peskov");
        assertThat(replyTo(reply).text()).contains("Shoigu");
        assertThat(replyTo(command).text()).contains("global conflict");
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.repliesTo(chatter) || c.repliesTo(otherBot)
                || c.repliesTo(sticker));
        assertThat(api.calls("sendMessage")).allMatch(c -> c.chatId() == group).hasSize(3);
    }

    @Test
    void hostileTextAndLongAnswersBecomeValidTelegramHtmlWithinTheLimit() throws Exception {
        startBot();
        long chat = 1003;
        int choose = ask(chat, "/article 2");
        int hostile = ask(chat, "What did Mara Voss say about the <script> tag & the <b> markup?");
        int longAnswer = ask(chat, "Which defects did the inspection report list along the eastern quay?");
        int source = ask(chat, "/source 3");
        replyTo(ask(chat, "/help"));

        assertThat(replyTo(choose).text()).contains(Html.escape(Fixtures.HOSTILE_TITLE));
        assertThat(replyTo(hostile).text()).contains("&lt;script&gt;alert('pier')&lt;/script&gt; tag &amp; the "
                + "&lt;b&gt;unclosed").contains("<i>" + Html.escape(Fixtures.HOSTILE_TITLE) + "</i>");
        List<FakeBotApi.Call> longParts = repliesTo(longAnswer, 2);
        List<FakeBotApi.Call> sourceParts = repliesTo(source, 2);
        String sourceText = sourceParts.stream().map(c -> Html.toPlain(c.text())).collect(Collectors.joining(" "));
        assertThat(words(sourceText)).containsSubsequence(words(Fixtures.LONG_SENTENCE));
        assertThat(Fixtures.LONG_SENTENCE.length()).isGreaterThan(5_000);
        assertThat(longParts.stream().mapToInt(c -> c.text().length()).sum()).isGreaterThan(5_000);
        assertThat(longParts.get(longParts.size() - 1).body().path("reply_markup").path("inline_keyboard").size())
                .isEqualTo(1);
        assertThat(api.calls("sendMessage")).hasSizeGreaterThanOrEqualTo(7).allSatisfy(c -> assertValid(c.text()));
        assertThat(app.articles().find(harbourId).orElseThrow().title()).isEqualTo(Fixtures.HOSTILE_TITLE);
    }

    @Test
    void aTypingIndicatorAnswered404StillLetsTheQuestionBeAnswered() throws Exception {
        api.failAlways("sendChatAction", 404, "Not Found");
        startBot();

        assertThat(replyTo(ask(1004, "What did Dmitry Peskov say?")).text()).contains("Peskov");
        assertThat(api.calls("sendChatAction")).isNotEmpty().allMatch(c -> c.status() == 404);
        assertThat(logs.at(Level.WARN)).anyMatch(line -> line.contains("optional call sendChatAction failed"));
    }

    @Test
    void a429IsWaitedOutAndTheReplyIsDeliveredExactlyOnce() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        startBot(app.chatAnswerer(), BotSettings.of(TOKEN, api.url()), sleeper);
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);

        int question = ask(1005, "What did Dmitry Peskov say?");
        replyTo(question);
        replyTo(ask(1005, "Who is Sergey Shoigu?"));

        List<FakeBotApi.Call> attempts = api.calls("sendMessage").stream().filter(c -> c.repliesTo(question)).toList();
        assertThat(attempts).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
        assertThat(attempts.get(1).text()).isEqualTo(attempts.get(0).text());
        assertThat(sleeper.sleeps()).contains(Duration.ofSeconds(1));
    }

    @Test
    void formattingTelegramCannotParseIsResentAsPlainText() throws Exception {
        startBot();
        api.failNext("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag", null);

        int question = ask(1006, "What did Dmitry Peskov say?");

        FakeBotApi.Call reply = replyTo(question);
        assertThat(reply.body().has("parse_mode")).isFalse();
        assertThat(reply.text()).contains("Peskov").doesNotContain("<blockquote>");
    }

    @Test
    void aRestartOnTheSameDatabaseNeverAnswersTheSameUpdateTwice(@TempDir Path dir) throws Exception {
        int updateId = updateIds.getAndIncrement();
        try (App first = TestApps.open(dir, model); TelegramBot bot = botFor(first)) {
            bot.start();
            api.queue(Updates.text(updateId, 1007, 70, "What did Dmitry Peskov say?"));
            replyTo(70);
        }
        try (App second = TestApps.open(dir, model); TelegramBot bot = botFor(second)) {
            bot.start();
            api.queue(Updates.text(updateId, 1007, 70, "What did Dmitry Peskov say?"),
                    Updates.text(updateIds.getAndIncrement(), 1007, 71, "Who is Sergey Shoigu?"));
            replyTo(71);
        }

        assertThat(api.calls("sendMessage").stream().filter(c -> c.repliesTo(70))).hasSize(1);
        assertThat(logs.at(Level.INFO)).anyMatch(line -> line.contains("update " + updateId + " was received before"));
    }

    @Test
    void aFailingAnswerGetsAnApologyAndTheNextQuestionIsStillAnswered() throws Exception {
        ChatAnswerer failsOnBoom = new ChatAnswerer() {
            @Override
            public ChatAnswer answer(String chatId, String question, Scope scope) {
                if (question.contains("boom")) {
                    throw new IllegalStateException("the answerer broke");
                }
                return app.chatAnswerer().answer(chatId, question, scope);
            }

            @Override
            public void forget(String chatId) {
                app.chatAnswerer().forget(chatId);
            }
        };
        startBot(failsOnBoom, BotSettings.of(TOKEN, api.url()), Sleeper.system());
        int boomUpdate = updateIds.get();
        int boom = ask(1008, "boom?");
        int next = ask(1008, "What did Dmitry Peskov say?");

        assertThat(replyTo(boom).text()).isEqualTo(BotTexts.APOLOGY);
        assertThat(replyTo(next).text()).contains("Peskov");
        assertThat(logs.at(Level.ERROR)).anyMatch(line -> line.startsWith("ERROR update " + boomUpdate + " failed")
                && line.contains("the answerer broke"));
    }

    @Test
    void commandsExplainListScopeAndShowSources() throws Exception {
        startBot(app.chatAnswerer(), BotSettings.of(TOKEN, api.url()).withChatRate(100, 100), Sleeper.system());
        long chat = 1009;

        String start = replyTo(ask(chat, "/start")).text();
        String help = replyTo(ask(chat, "/help")).text();
        String chosen = replyTo(ask(chat, "/article 1")).text();
        Scope stored = app.chatStates().scope(chat);
        String list = replyTo(ask(chat, "/articles")).text();
        String source = replyTo(ask(chat, "/source 99")).text();
        String reset = replyTo(ask(chat, "/article all")).text();

        long seedId = app.articles().list().get(0).id();
        assertThat(start).contains("1. <i>").contains("2. <i>" + Html.escape(Fixtures.HOSTILE_TITLE))
                .contains(BotSettings.SEED_EXAMPLES.get(0)).contains("@" + FakeBotApi.BOT_USERNAME).contains("/new starts afresh")
                .contains("/quotes NAME", "/speakers");
        assertThat(help).contains("/ask", "/articles", "/article N", "/source N", "/quotes NAME", "/speakers", "/new",
                "/start", "/help");
        assertThat(chosen).contains("article 1");
        assertThat(stored).isEqualTo(Scope.article(seedId));
        assertThat(list).contains("(current)").startsWith(BotTexts.ARTICLES_HEADING);
        assertThat(source).isEqualTo(BotTexts.noSuchParagraph(app.articles().paragraphs(seedId).size()));
        assertThat(reset).isEqualTo(BotTexts.SCOPE_ALL);
        assertThat(app.chatStates().scope(chat)).isEqualTo(Scope.ALL);
        JsonNode commands = api.awaitOne("setMyCommands", c -> true).body().path("commands");
        assertThat(commands.findValuesAsText("command"))
                .containsExactly("start", "help", "articles", "article", "ask", "source", "quotes", "speakers", "add",
                        "remove", "new");
    }

    @Test
    void stickersLongQuestionsAndFloodsGetShortAnswers() throws Exception {
        startBot(app.chatAnswerer(), BotSettings.of(TOKEN, api.url()).withChatRate(0.001, 3), Sleeper.system());
        long chat = 1010;
        int sticker = queue(Updates.sticker(updateIds.getAndIncrement(), chat, 80));
        int tooLong = ask(chat, "Why? ".repeat(201));
        int fine = ask(chat, "What did Dmitry Peskov say?");
        int limited = ask(chat, "Who is Sergey Shoigu?");
        int silent = ask(chat, "Who is Keir Starmer?");
        api.queue(Updates.press(updateIds.getAndIncrement(), chat, 5, "cb-flood", "src:1:0:5"));

        assertThat(replyTo(sticker).text()).isEqualTo(BotTexts.NON_TEXT);
        assertThat(replyTo(tooLong).text()).isEqualTo(BotTexts.tooLong(1_000));
        assertThat(replyTo(fine).text()).contains("Peskov");
        assertThat(replyTo(limited).text()).isEqualTo(BotTexts.SLOW_DOWN);
        assertThat(api.awaitOne("answerCallbackQuery", c -> true).body().path("text").asText())
                .isEqualTo(BotTexts.SLOW_DOWN_SHORT);
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.repliesTo(silent));
    }

    @Test
    void staleAndMalformedButtonsGetAPoliteAnswer() throws Exception {
        startBot();
        api.queue(Updates.press(updateIds.getAndIncrement(), 1011, 5, "cb-bad", "src:1:oops"),
                Updates.press(updateIds.getAndIncrement(), 1011, 5, "cb-stale", "src:999:0:5"));

        assertThat(api.awaitOne("answerCallbackQuery", c -> c.body().path("callback_query_id").asText()
                .equals("cb-bad")).body().path("text").asText()).isEqualTo(BotTexts.BAD_BUTTON);
        assertThat(api.awaitOne("answerCallbackQuery", c -> c.body().path("callback_query_id").asText()
                .equals("cb-stale")).body().path("text").asText()).isEqualTo(BotTexts.STALE_BUTTON);
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void updatesLeftUnansweredInTheInboxByAnEarlierRunAreAnsweredAtTheNextStart() throws Exception {
        int messageId = 100 + updateIds.get();
        JsonNode update = Updates.text(updateIds.getAndIncrement(), 1020, messageId, "What did Dmitry Peskov say?");
        app.updateInbox().add(FakeBotApi.BOT_ID, List.of(new UpdateInbox.Item(
                update.path("update_id").asLong(), 1020, update.toString())));

        startBot();

        assertThat(replyTo(messageId).text()).contains("Peskov");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!app.updateInbox().pending(FakeBotApi.BOT_ID).isEmpty()) {
            assertThat(System.nanoTime()).as("the update is marked done").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void theBotWaitsForAnUnreachableBotApiAtStartLoggingEachTry() throws Exception {
        api.failAlways("getMe", 502, "Bad Gateway");
        TelegramBot bot = new TelegramBot(BotSettings.of(TOKEN, api.url()), app.chatAnswerer(), app.articles(),
                SpeakerQuotes.of(app.attributions()), app.chatStates(), app.updateInbox(), Sleeper.system());
        bots.add(bot);
        java.util.concurrent.CompletableFuture<BotIdentity> started =
                java.util.concurrent.CompletableFuture.supplyAsync(bot::start);

        api.await("getMe", c -> true, Sender.MAX_TRIES + 1, Duration.ofSeconds(60));
        assertThat(started).isNotDone();
        api.heal("getMe");

        assertThat(started.get(60, java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));
        assertThat(logs.lines()).filteredOn(l -> l.contains("is not answering (try 1: ")).hasSize(1);
        assertThat(replyTo(ask(1021, "What did Dmitry Peskov say?")).text()).contains("Peskov");
    }

    @Test
    void aChatWaitingOnA429DoesNotHoldUpOtherChats() throws Exception {
        startBot();
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 4", 4);
        int waiting = ask(1022, "What did Dmitry Peskov say?");
        api.await("sendMessage", c -> c.repliesTo(waiting) && c.status() == 429, 1, WAIT);
        int other = ask(1023, "What did Dmitry Peskov say?");

        FakeBotApi.Call otherReply = replyTo(other);
        FakeBotApi.Call waitedReply = replyTo(waiting);

        assertThat(otherReply.seq()).isLessThan(waitedReply.seq());
    }

    @Test
    void underRandomFaultsEveryQuestionGetsOneReplyAndNoApology() throws Exception {
        api.faults(new FakeBotApi.Faults(0.10, 0.05, 0.03, 0.05, 12));
        startBot(app.chatAnswerer(), BotSettings.of(TOKEN, api.url()).withChatRate(100, 100), Sleeper.system());
        List<Integer> questions = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (long chat = 1100; chat < 1110; chat++) {
                questions.add(ask(chat, "What did Dmitry Peskov say?"));
            }
            questions.add(ask(-1100 - round, "/ask What did Dmitry Peskov say?"));
        }

        for (int q : questions) {
            List<FakeBotApi.Call> made = api.await("sendMessage", c -> c.repliesTo(q) && c.messageId() != 0, 1,
                    Duration.ofSeconds(90));
            long drops = made.stream().filter(c -> c.status() == FakeBotApi.DROP).count();
            assertThat((long) made.size()).as("messages made for %d", q).isLessThanOrEqualTo(1 + drops);
            assertThat(made).noneMatch(c -> c.text().equals(BotTexts.APOLOGY));
            made.forEach(c -> assertValid(c.text()));
        }
    }

    @Test
    void shutdownEndsALongPollAtOnceAndLeavesNoNonDaemonThreadsAndNoBotThreads() throws Exception {
        api.close();
        api = new FakeBotApi(Duration.ofMinutes(2));
        Set<Thread> before = nonDaemonThreads();
        TelegramBot bot = startBot();
        replyTo(ask(1012, "What did Dmitry Peskov say?"));
        int errorsBefore = logs.at(Level.ERROR).size();

        bot.close();

        awaitThreads(() -> nonDaemonThreads().stream().allMatch(before::contains)
                && Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("citebot-")));
        assertThat(logs.at(Level.ERROR)).hasSize(errorsBefore);
        assertThat(api.calls()).allMatch(c -> c.token().equals(TOKEN.reveal()));
    }

    @Test
    void aFollowUpIsAnsweredFromTheChatsMemoryUntilNewForgetsIt() throws Exception {
        startBot();
        long chat = 1013;
        String memory = ChatRef.CONVERSATION_PREFIX + chat;

        String first = replyTo(ask(chat, "What did Shoigu warn about?")).text();
        String followUp = replyTo(ask(chat, "Why did he warn?")).text();
        String forgotten = replyTo(ask(chat, "/new")).text();
        String afresh = replyTo(ask(chat, "Why did he warn?")).text();

        assertThat(first).contains("— <b>Sergey Shoigu</b>").doesNotContain(BotTexts.understoodAs(""));
        assertThat(followUp).startsWith("<i>" + BotTexts.understoodAs("Why did Sergey Shoigu warn?") + "</i>")
                .contains("— <b>Sergey Shoigu</b>").contains("<blockquote>");
        assertValid(followUp);
        assertThat(forgotten).isEqualTo(BotTexts.FORGOTTEN);
        assertThat(afresh).doesNotContain(BotTexts.understoodAs("")).doesNotContain("Why did Sergey Shoigu warn");
        assertThat(new Conversations(app.chatMemory()).history(memory))
                .hasSize(2).first().isEqualTo(UserMessage.from("Why did he warn?"));
    }

    @Test
    void aPronounWhoseAntecedentTheQuestionNamesIsNotTakenForThePreviousSpeaker() throws Exception {
        startBot();
        long chat = 1016;

        String first = replyTo(ask(chat, "What did the Kremlin spokesman accuse Europe of?")).text();
        String next = replyTo(ask(chat, "Who told the Sunday Times that nobody wants their soldiers to die?")).text();

        assertThat(first).contains("— <b>Dmitry Peskov</b>");
        assertThat(next).doesNotContain(BotTexts.understoodAs("")).doesNotContain("Peskov")
                .contains("no one wants to send their troops to die in Ukraine").contains("<b>a source</b>");
        assertValid(next);
    }

    @Test
    void inLlmModeTheModelsAnswerShowsItsVerifiedQuotesWithSourceButtonsAndTheModelsName(@TempDir Path dir)
            throws Exception {
        String standalone = "What else did Dmitry Peskov say about NATO?";
        AtomicInteger peskov = new AtomicInteger();
        Function<String, String> brain = prompt -> {
            if (prompt.contains("New question:")) {
                return standalone;
            }
            PromptPassages passages = new PromptPassages(prompt);
            peskov.set(passages.numberOf("Peskov"));
            return "Peskov <b>accused</b> NATO & its members of a \"'militaristic [and] confrontational' course\" ["
                    + peskov.get() + "]. He said \"NATO has <i>already</i> lost\" [" + peskov.get() + "].";
        };
        try (FakeModelServer server = new FakeModelServer(FakeModelServer.Protocol.OPENAI).replying(brain);
             App llmApp = new App(TestApps.config(dir).withLlm(LlmSettings.openAi(server.baseUrl(),
                     Optional.of(LLM_KEY), LLM_MODEL, LlmSettings.DEFAULT_TIMEOUT)), model);
             TelegramBot bot = botFor(llmApp)) {
            bot.start();
            long chat = 1014;
            FakeBotApi.Call reply = replyTo(ask(chat, "What did Dmitry Peskov say?"));
            String followUp = replyTo(ask(chat, "What else did he say?")).text();

            String quote = "‘militaristic [and] confrontational’ course";
            assertThat(reply.text()).startsWith("Peskov &lt;b&gt;accused&lt;/b&gt; NATO &amp; its members of a “"
                            + quote + "” [" + peskov.get() + "].")
                    .contains("<blockquote>" + quote + "</blockquote>\n— <b>Dmitry Peskov</b>")
                    .contains("\n[" + peskov.get() + "] <i>")
                    .contains(QuoteVerifier.REMOVED).doesNotContain("already")
                    .endsWith("\n\n<i>" + BotTexts.answeredBy(LLM_MODEL) + "</i>");
            assertValid(reply.text());
            JsonNode buttons = reply.body().path("reply_markup").path("inline_keyboard").path(0);
            assertThat(buttons.size()).isEqualTo(1);
            assertThat(buttons.path(0).path("text").asText()).matches("¶\\d+");
            assertThat(quoted(llmApp, buttons.path(0).path("callback_data").asText()).text()).isEqualTo(quote);
            assertThat(followUp).startsWith("<i>" + BotTexts.understoodAs(standalone) + "</i>")
                    .contains("<blockquote>" + quote + "</blockquote>")
                    .endsWith("<i>" + BotTexts.answeredBy(LLM_MODEL) + "</i>");
            assertThat(server.requests()).hasSize(3);
            assertThat(server.requests().get(1).user()).contains("User: What did Dmitry Peskov say?")
                    .contains("New question: What else did he say?");
        }
        assertThat(logs.lines()).noneMatch(line -> line.contains(LLM_KEY.reveal()));
    }

    private TelegramBot startBot() {
        return startBot(app.chatAnswerer(), BotSettings.of(TOKEN, api.url()), Sleeper.system());
    }

    private TelegramBot startBot(ChatAnswerer answerer, BotSettings settings, Sleeper sleeper) {
        TelegramBot bot = new TelegramBot(settings, answerer, app.articles(),
                SpeakerQuotes.of(app.attributions()), app.chatStates(), app.updateInbox(), sleeper);
        bots.add(bot);
        BotIdentity me = bot.start();
        assertThat(me).isEqualTo(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));
        return bot;
    }

    private TelegramBot botFor(App other) {
        return new TelegramBot(BotSettings.of(TOKEN, api.url()), other.chatAnswerer(), other.articles(),
                SpeakerQuotes.of(other.attributions()), other.chatStates(),
                other.updateInbox(), Sleeper.system());
    }

    /** Queues a private (or group, for a negative chat) text and returns its message id. */
    private int ask(long chat, String text) {
        int messageId = 100 + updateIds.get();
        return queue(Updates.text(updateIds.getAndIncrement(), chat, messageId, text));
    }

    private int queue(JsonNode update) {
        api.queue(update);
        return update.path("message").path("message_id").asInt();
    }

    private FakeBotApi.Call replyTo(int messageId) throws InterruptedException {
        return api.await("sendMessage", c -> c.repliesTo(messageId) && c.delivered(), 1, WAIT).get(0);
    }

    private List<FakeBotApi.Call> repliesTo(int messageId, int atLeast) throws InterruptedException {
        return api.await("sendMessage", c -> c.repliesTo(messageId) && c.delivered(), atLeast, WAIT);
    }

    private record Quoted(StoredArticle article, Paragraph paragraph, String text) {
    }

    private static Quoted quoted(App app, String data) {
        Matcher m = SOURCE_DATA.matcher(data);
        assertThat(m.matches()).as(data).isTrue();
        StoredArticle article = app.articles().find(Long.parseLong(m.group(1))).orElseThrow();
        int start = Integer.parseInt(m.group(2));
        int end = Integer.parseInt(m.group(3));
        Paragraph p = app.articles().paragraphs(article.id()).stream()
                .filter(x -> x.start() <= start && start < x.end()).findFirst().orElseThrow();
        return new Quoted(article, p, article.text().substring(start, end));
    }

    private static void assertValid(String text) {
        assertThat(text.length()).isBetween(1, MessageSplitter.TELEGRAM_LIMIT);
        assertThat(TelegramHtml.problem(text)).as(text).isNull();
    }

    private static List<String> words(String text) {
        return List.of(text.replace("“", " ").replace("”", " ").trim().split("\\s+"));
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private static void awaitThreads(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("threads still running: " + Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> !t.isDaemon() || t.getName().startsWith("citebot-")).map(Thread::getName)
                        .toList());
            }
            Thread.sleep(20);
        }
    }
}

package dev.citebot.telegram.render;


import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import java.util.List;

/** Everything citebot says that is not an answer, in one place. */
public final class BotTexts {
    public static final String INTRO = "I answer questions about news articles with verbatim quotes and citations — "
            + "who said what, and where it says so.";
    public static final String ARTICLES_HEADING = "Articles I know:";
    public static final String EXAMPLES_HEADING = "Try asking:";
    public static final String COMMANDS_HEADING = "Commands:";
    public static final String SEE_HELP = "/help lists the commands.";
    public static final String NO_ARTICLES = "I don't know any articles yet.";
    public static final String SOURCE_HINT = "Press a ¶ button under an answer to read the whole paragraph.";
    public static final String ASK_USAGE = "Ask a question after the command, e.g. /ask What did the minister say?";
    public static final String EMPTY_QUESTION = "Ask me a question about the articles, e.g. “What did the minister say?”";
    public static final String NON_TEXT = "I can only read text — please type your question.";
    public static final String SLOW_DOWN = "You're asking faster than I can answer — please slow down a little.";
    public static final String SLOW_DOWN_SHORT = "Slow down a little, please.";
    public static final String APOLOGY = "Sorry, something went wrong while answering that. Please try again.";
    public static final String BAD_BUTTON = "Sorry, I don't recognise that button.";
    public static final String STALE_BUTTON = "Sorry, that source is no longer available.";
    public static final String ARTICLE_USAGE = "Use /article N with a number from /articles, or /article all.";
    public static final String SOURCE_USAGE = "Use /source N for paragraph N of the current article.";
    public static final String CHOOSE_ARTICLE = "Choose an article first with /article N (see /articles).";
    public static final String SCOPE_ALL = "Questions in this chat are now about all articles.";
    public static final String MEMORY_HINT = "I remember this chat's last questions, so you can follow up "
            + "(“What else did he say?”); /new starts afresh.";
    public static final String FORGOTTEN = "Starting afresh: I've forgotten this chat's earlier questions.";

    public static final String QUOTES_USAGE = "Use /quotes NAME, e.g. /quotes Peskov (see /speakers for who is quoted).";
    public static final String QUOTES_HINT = "/quotes NAME shows what someone is quoted as saying; /speakers, who is quoted.";
    public static final String ALL_ARTICLES = "the articles";

    public static final List<BotCommand> COMMANDS = List.of(
            new BotCommand("start", "What I do, the articles I know, examples"),
            new BotCommand("help", "How to ask and what the commands do"),
            new BotCommand("articles", "Numbered list of the articles"),
            new BotCommand("article", "Ask only about article N (/article all resets)"),
            new BotCommand("ask", "Ask a question (needed in groups)"),
            new BotCommand("source", "Show paragraph N of the current article"),
            new BotCommand("quotes", "What NAME is quoted as saying"),
            new BotCommand("speakers", "Who is quoted, and how often"),
            new BotCommand("add", "Add the article at a link (or just send the link)"),
            new BotCommand("remove", "Remove article N (admins only)"),
            new BotCommand("new", "Forget this chat's earlier questions"));

    private BotTexts() {
    }

    public static String tooLong(int max) {
        return "That question is too long — please keep it under " + max + " characters.";
    }

    public static String groupHint(String username) {
        return "In groups, mention me (@" + username + "), reply to one of my messages, or use /ask QUESTION.";
    }

    public static String scopedTo(int number, String title) {
        return "Questions in this chat are now about article " + number + ": " + title + ". (/article all resets)";
    }

    public static String noSuchArticle(int count) {
        return count == 0 ? NO_ARTICLES : "There is no such article — choose 1 to " + count + " (see /articles).";
    }

    public static String noSuchParagraph(int count) {
        return "That article has paragraphs 1 to " + count + ".";
    }

    public static String unknownCommand(String name) {
        return "I don't know /" + name + ". See /help.";
    }

    public static List<String> help(String username) {
        return List.of(
                "/ask QUESTION — ask about the articles (in a private chat, just type the question)",
                "/articles — the articles I know",
                "/article N — ask only about article N; /article all — about all of them",
                "/source N — read paragraph N of the current article",
                "/quotes NAME — what NAME is quoted as saying in the current article(s)",
                "/speakers — who is quoted in the current article(s), and how often",
                "/new — forget this chat's earlier questions, so follow-ups start afresh",
                "/add LINK — add the article at LINK; in a private chat, just send the link, a .txt/.md/.html"
                        + " file, a forwarded channel post or a long text",
                "/remove N — remove article N (admins only)",
                "/start — what I do, with examples",
                "/help — this list",
                groupHint(username),
                MEMORY_HINT,
                SOURCE_HINT);
    }

    public static String noQuotes(String name, String scope) {
        return "No quotes by " + name + " in " + scope + ". /speakers lists who is quoted.";
    }

    public static String noSpeakers(String scope) {
        return "Nobody is quoted in " + scope + ".";
    }

    public static String speakersHeading(String scope) {
        return "Quoted in " + scope + ":";
    }

    static String moreQuotes(int more) {
        return "… and " + more + (more == 1 ? " more quote." : " more quotes.");
    }

    static String quoteCount(int count) {
        return count + (count == 1 ? " quote" : " quotes");
    }

    /** How a follow-up was read, shown above its answer. */
    public static String understoodAs(String standalone) {
        return "Understood as: " + standalone;
    }

    public static String answeredBy(String model) {
        return "answered by " + model;
    }
}

package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.citebot.config.ConfigException;
import dev.citebot.config.Secret;
import dev.citebot.ingest.IngestException;
import dev.citebot.store.StoreException;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.TelegramBot;
import dev.citebot.telegram.api.TelegramException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code citebot}: with no sub-command, the Telegram bot when a token is set, else a console chat. */
@Command(name = "citebot", mixinStandardHelpOptions = true, version = "citebot 0.1",
        description = "Answers questions about news articles with verbatim, cited quotes.")
public final class CitebotCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CitebotCommand.class);

    private final CliContext context;

    public CitebotCommand(Supplier<Application> apps, CliContext.Databases databases, InputStream in, PrintStream out,
                          PrintStream err) {
        this.context = new CliContext(apps, databases, in, out, err, ObjectMapper::new);
    }

    /** The command line with every sub-command registered. */
    public CommandLine commandLine() {
        CommandLine cli = new CommandLine(this);
        cli.addSubcommand("ingest", new IngestCommand(context));
        cli.addSubcommand("articles", new ArticlesCommand(context));
        cli.addSubcommand("ask", new AskCommand(context));
        cli.addSubcommand("quotes", new QuotesCommand(context));
        cli.addSubcommand("speakers", new SpeakersCommand(context));
        cli.addSubcommand("eval", new EvalCommand(context));
        cli.addSubcommand("bench", new BenchCommand(context));
        cli.setExecutionExceptionHandler(this::handle);
        return cli;
    }

    @Override
    public Integer call() {
        try (Application app = context.apps().get()) {
            app.warmUp();
            app.readAhead();
            Optional<Secret> token = app.config().telegramToken();
            if (token.isPresent()) {
                BotSettings settings = BotSettings.of(token.get(), app.config().telegramApiUrl())
                        .withDelivery(app.config().webhook(), app.config().instance());
                try (TelegramBot bot = app.telegramBot(settings)) {
                    return bot.run();
                }
            }
            return new ConsoleChat(app, context.in(), context.out()).run();
        }
    }

    /** Maps failures to one clear line on stderr and a non-zero exit code. */
    public int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintStream err = context.err();
        if (e instanceof ConfigException c) {
            err.println("citebot: " + c.getMessage());
            return 2;
        }
        if (e instanceof IngestException || e instanceof StoreException || e instanceof TelegramException
                || e instanceof IllegalArgumentException) {
            err.println("citebot: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
        LOG.debug("command failed", e);
        err.println("citebot: unexpected error: " + e);
        return 1;
    }
}

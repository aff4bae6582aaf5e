package dev.citebot;

import dev.citebot.cli.context.Application;
import dev.citebot.cli.CitebotCommand;
import dev.citebot.cli.context.CliContext;
import dev.citebot.config.Config;
import dev.citebot.config.ConfigLoader;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** The entry point: reads the command line and hands it to picocli with a way to build the {@link App}. */
public final class Main {
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";
    private Main() {
    }

    /**
     * Starts loading the bundled model first (nearly every command needs it, and the ONNX session takes longest
     * to build), from its copy in the database's folder once one is there, then runs the command line with every
     * application sharing that one model.
     */
    public static void main(String[] args) {
        listenOnLoopbackOnly();
        int exitCode;
        ConfigLoader early = new ConfigLoader(System.getenv(), Path.of(".env"));
        try (BundledModel model = BundledModel.start(early.embeddingOrDefault(), early.databaseFolderOrDefault())) {
            model.stopAtExit();
            exitCode = run(args, System.in, System.out, System.err, System.getenv(), Path.of(".env"),
                    config -> new App(config, model.model()));
        }
        System.exit(exitCode);
    }

    /**
     * Makes H2's automatic mixed-mode server (the shared database the CLI reaches while the bot runs) listen on
     * 127.0.0.1 instead of every interface, unless the operator set {@code h2.bindAddress} himself. H2 reads the
     * property once, when its classes load, so this runs before anything opens a database.
     */
    private static void listenOnLoopbackOnly() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    /**
     * Runs one command line and returns its exit code; {@code main} without the {@code System.exit}. Each
     * application it opens loads the bundled model itself.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                          Path dotEnv) {
        return run(args, in, out, err, env, dotEnv, App::new);
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                           Path dotEnv, Function<Config, Application> apps) {
        CitebotCommand root = new CitebotCommand(() -> apps.apply(loadConfig(env, dotEnv)), new CliContext.Databases(
                db -> apps.apply(loadConfig(env, dotEnv).withDatabase(db)),
                (pg, local) -> apps.apply(loadConfig(env, dotEnv).withDatabase(local).withPostgres(pg)),
                (where, url) -> new ConfigLoader(env, dotEnv).postgres(where, url), App::postgresServer),
                in, out, err);
        CommandLine cli = root.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Config loadConfig(Map<String, String> env, Path dotEnv) {
        return new ConfigLoader(env, dotEnv).load();
    }

}

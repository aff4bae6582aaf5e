package dev.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.App;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every command gets: a way to open the application on the configured database, or on another one
 * (only commands that need it pay for the model and the database), and the process's streams. Stdout carries results only; messages go to stderr.
 */
public record CliContext(Supplier<App> apps, Function<Path, App> appOnDatabase, InputStream in, PrintStream out,
                         PrintStream err, ObjectMapper json) {
}

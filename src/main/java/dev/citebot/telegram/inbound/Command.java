package dev.citebot.telegram.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command as typed: {@code /name}, {@code /name@bot} or either followed by an argument.
 *
 * @param name     lower-case, without the slash
 * @param argument the rest of the message, stripped; empty when there is none
 * @param target   the bot named after {@code @}, or empty when the command names no bot
 */
record Command(String name, String argument, Optional<String> target) {
    static final String START = "start";
    static final String HELP = "help";
    static final String ARTICLES = "articles";
    static final String ARTICLE = "article";
    static final String ASK = "ask";
    static final String SOURCE = "source";
    static final String NEW = "new";
    static final String QUOTES = "quotes";
    static final String SPEAKERS = "speakers";
    static final String ADD = "add";
    static final String REMOVE = "remove";

    private static final Pattern SHAPE =
            Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

    /** The command at the start of {@code text}, if the text is one. */
    static Optional<Command> parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String argument = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), argument, Optional.ofNullable(m.group(2))));
    }

    boolean known() {
        return switch (name) {
            case START, HELP, ARTICLES, ARTICLE, ASK, SOURCE, NEW, QUOTES, SPEAKERS, ADD, REMOVE -> true;
            default -> false;
        };
    }

    boolean addressedTo(String username) {
        return target.map(t -> t.equalsIgnoreCase(username)).orElse(false);
    }

    boolean addressedElsewhere(String username) {
        return target.isPresent() && !addressedTo(username);
    }
}

package dev.citebot.telegram.render;

import dev.citebot.attribute.SpeakerCount;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the bot says about adding and removing articles; methods returning HTML say so. */
public final class LibraryTexts {
    public static final String UNAVAILABLE = "Adding articles is not available here.";
    public static final String ADD_USAGE = "Send /add followed by a link to an article, e.g. /add https://example.org/story";
    public static final String REMOVE_USAGE = "Send /remove N, where N is the article's number in /articles.";
    public static final String ADMINS_ONLY = "Only the bot's admins may remove articles.";
    public static final String FAILED = "something went wrong while reading it";
    public static final String DOWNLOAD_FAILED = "the file could not be downloaded from Telegram";
    static final int SHOWN_SPEAKERS = 3;

    private LibraryTexts() {
    }

    /** The progress note, plain text: "Reading example.org …". */
    public static String reading(String what) {
        return "Reading " + what + " …";
    }

    public static String tooMany(int perHour) {
        return "You have added " + perHour + " articles in the last hour, the most one person may; please try"
                + " again later.";
    }

    public static String tooShort(int min) {
        return "the text is too short to be an article (fewer than " + min + " characters)";
    }

    public static String unsupportedFile(String name) {
        return name + ": unsupported file type (send .txt, .md or .html)";
    }

    /** HTML: why nothing was added. */
    public static String refused(String reason) {
        return "Not added: " + Html.escape(reason) + ". Nothing was stored.";
    }

    /** HTML: the article is already stored and the chat is now scoped to it. */
    public static String alreadyThere(int number, String title) {
        return "Already in the library as article " + number + ": <i>" + Html.escape(title) + "</i>.\n"
                + "Questions in this chat are now about it (/article all for all articles).";
    }

    public static String noSuchArticle(int count) {
        return "There is no such article; /articles lists " + count + ".";
    }

    public static String removed(int number, String title) {
        return "Removed article " + number + ": " + title + ".";
    }

    /** HTML: the summary of an article just added. */
    public static String added(String title, int paragraphs, int number, boolean shared, List<SpeakerCount> quoted) {
        List<String> lines = new ArrayList<>();
        lines.add("<b>Added</b> as article " + number + (shared ? " (shared with everyone)" : " (private to this chat)")
                + ":\n<i>" + Html.escape(title) + "</i>");
        lines.add(paragraphs + (paragraphs == 1 ? " paragraph" : " paragraphs"));
        List<SpeakerCount> top = quoted.subList(0, Math.min(SHOWN_SPEAKERS, quoted.size()));
        if (!top.isEmpty()) {
            lines.add("Quoted most: " + top.stream().map(s -> Html.escape(s.name()) + " (" + s.attributions() + ")")
                    .collect(Collectors.joining(", ")));
        }
        lines.add("Try asking:\n" + suggestions(top).stream().map(q -> "• " + Html.escape(q))
                .collect(Collectors.joining("\n")));
        lines.add("Questions in this chat are now about this article (/article all for all articles).");
        return String.join("\n\n", lines);
    }

    /**
     * Three questions: what the most quoted named speakers said (a name is capitalised word by word, so "Fishing
     * crews" or "officials" are left out), then the commands that list who said what.
     */
    static List<String> suggestions(List<SpeakerCount> top) {
        List<String> out = new ArrayList<>();
        List<SpeakerCount> named = top.stream().filter(s -> named(s.name())).toList();
        for (SpeakerCount s : named) {
            out.add("What did " + s.name() + " say?");
        }
        if (out.size() < 3) {
            out.add("/speakers");
        }
        if (out.size() < 3) {
            out.add(named.isEmpty() ? "/quotes NAME" : "/quotes " + named.get(0).name());
        }
        return out;
    }

    private static boolean named(String name) {
        String[] words = name.strip().split("\\s+");
        for (String w : words) {
            boolean joining = w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for");
            if (!joining && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return words.length > 0 && Character.isUpperCase(words[0].codePointAt(0));
    }
}

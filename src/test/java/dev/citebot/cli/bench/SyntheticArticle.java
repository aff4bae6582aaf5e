package dev.citebot.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A made-up news article of a given size for the large-article measurements: a title, then paragraphs of three
 * or four sentences in which 60 invented people say, warn and argue things ("…," Ruiz said.), with
 * narration between. Seeded, so the same size gives the same text. Run {@code main(OUT, BYTES)} to write one.
 */
public final class SyntheticArticle {
    private static final String[] FIRST = {"Ana", "Tomas", "Leila", "Owen", "Mira", "Jonas", "Priya", "Karl",
            "Ines", "Felix", "Nadia", "Yusuf"};
    private static final String[] LAST = {"Ruiz", "Berg", "Haddad", "Price", "Sato"};
    private static final String[] ROLES = {"the harbour master", "a council member", "the union spokeswoman",
            "an engineer at the port", "the mayor's adviser"};
    private static final String[] VERBS = {"said", "warned", "argued", "told reporters", "added"};
    private static final String[] TOPICS = {"the new cranes", "the flood barrier", "night shifts", "the ferry timetable",
            "dredging the channel", "the fuel depot", "container fees", "the pier lights"};

    private SyntheticArticle() {
    }

    public static String of(int bytes, long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder("Harbour council debates its long winter\n\n");
        int paragraph = 0;
        while (text.length() < bytes) {
            paragraph++;
            int sentences = 3 + r.nextInt(2);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(r, paragraph)).append(s + 1 < sentences ? " " : "");
            }
            text.append("\n\n");
        }
        return text.substring(0, text.lastIndexOf("\n\n", bytes) + 1);
    }

    private static String sentence(Random r, int paragraph) {
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        switch (r.nextInt(4)) {
            case 0:
                return first + " " + last + ", " + ROLES[r.nextInt(ROLES.length)] + ", " + VERBS[r.nextInt(VERBS.length)]
                        + " that " + topic + " would cost " + (2 + r.nextInt(40)) + " million by spring.";
            case 1:
                return "\u201cWe cannot wait for " + topic + " any longer,\u201d " + last + " "
                        + VERBS[r.nextInt(3)] + ".";
            case 2:
                return "According to " + last + ", the vote on " + topic + " was delayed until week "
                        + (paragraph % 52 + 1) + ".";
            default:
                return "The council met again on day " + paragraph + " and discussed " + topic + ".";
        }
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), of(Integer.parseInt(args[1]), 5), StandardCharsets.UTF_8);
    }
}

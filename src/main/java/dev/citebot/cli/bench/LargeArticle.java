package dev.citebot.cli.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A made-up news article of a given size in bytes, the same for the same seed: a title, then paragraphs of three to
 * six sentences, about a third of them quotations attributed in the usual news forms ({@code “…,” Name said.},
 * {@code Name, the role, said that …}). Names come from a few hundred made-up people, so the attribution index
 * meets many speakers mentioned many times; words, numbers and places vary, so sentences are nearly all distinct
 * and about as long as news sentences (15–30 words). Written for {@code bench --large}; no text of a real article.
 */
public final class LargeArticle {
    private static final List<String> FIRST = List.of("Amara", "Bruno", "Chen", "Dalia", "Emeka", "Freya", "Goran",
            "Hana", "Ivo", "Jonas", "Keiko", "Lars", "Mirela", "Nadim", "Oona", "Pavel", "Quinn", "Rosa", "Sami",
            "Tereza");
    private static final List<String> LAST = List.of("Abara", "Bergstrom", "Castellano", "Dimitrov", "Eklund",
            "Fairbanks", "Galloway", "Halvorsen", "Ibarra", "Jankowski", "Kowalczyk", "Lindqvist", "Moreau",
            "Nakamura", "Okonkwo", "Petrakis", "Quiroga", "Rasmussen", "Sandoval", "Thornbury");
    private static final List<String> ROLE = List.of("the finance minister", "a spokeswoman for the ministry",
            "the mayor", "an economist at the central bank", "the union leader", "a senior diplomat",
            "the opposition leader", "the company's chief executive", "a professor of public policy",
            "the health commissioner", "a local councillor", "the head of the port authority");
    private static final List<String> PLACE = List.of("Arnholt", "Brevik", "Caldera", "Dunmore", "Esterby",
            "Fallow Bay", "Greystone", "Harrowgate", "Illmoor", "Juniper Falls", "Kestrel", "Lowmarsh");
    private static final List<String> TOPIC = List.of("the new tram line", "the water tariffs", "the harbour expansion",
            "the school budget", "the wind farm", "the housing plan", "the fishing quotas", "the hospital merger",
            "the fuel subsidy", "the border crossing", "the pension reform", "the rail strike");
    private static final List<String> VERB = List.of("would cost", "could delay", "might raise", "was expected to cut",
            "had already lowered", "would double", "threatened to halve", "was meant to protect");
    private static final List<String> OBJECT = List.of("household bills", "the city's credit rating",
            "waiting times at the clinic", "exports of timber", "the number of ferry crossings", "rents near the centre",
            "jobs at the shipyard", "the price of bread", "tourist arrivals", "the share of renewable power");
    private static final List<String> WHEN = List.of("by the end of the year", "within two winters",
            "before the next election", "as early as spring", "over the coming decade", "once the talks resume");
    private static final List<String> REASON = List.of("because the contracts were signed in a hurry",
            "since nobody had asked the residents", "after the auditors found gaps in the accounts",
            "although the council had promised otherwise", "while the courts were still weighing the case");
    private static final List<String> SAID = List.of("said", "told reporters", "argued", "warned", "added");

    private final Random random;

    private LargeArticle(long seed) {
        this.random = new Random(seed);
    }

    /** The article's text (title line, blank line, paragraphs separated by blank lines), at most {@code bytes} of UTF-8. */
    public static String generate(long seed, int bytes) {
        return new LargeArticle(seed).text(bytes);
    }

    private String text(int bytes) {
        StringBuilder text = new StringBuilder("Council Weighs Costs of ").append(pick(TOPIC).substring(4)).append("\n\n");
        int size = utf8(text);
        while (true) {
            String paragraph = paragraph() + "\n\n";
            int more = utf8(paragraph);
            if (size + more > bytes) {
                return text.toString().stripTrailing() + "\n";
            }
            text.append(paragraph);
            size += more;
        }
    }

    private String paragraph() {
        StringBuilder p = new StringBuilder();
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence());
        }
        return p.toString();
    }

    private String sentence() {
        return switch (random.nextInt(6)) {
            case 0 -> "“" + capital(claim()) + ",” " + person() + " " + pick(SAID) + ".";
            case 1 -> person() + ", " + pick(ROLE) + ", said that " + claim() + ".";
            case 2 -> "“" + capital(claim()) + ",” said " + person() + ", " + pick(ROLE) + ", “and " + claim() + ".”";
            case 3 -> "In " + pick(PLACE) + ", " + number() + " residents signed a petition against " + pick(TOPIC)
                    + " " + pick(REASON) + ".";
            case 4 -> capital(pick(TOPIC)) + " " + pick(VERB) + " " + pick(OBJECT) + " by " + number() + " percent "
                    + pick(WHEN) + ", according to figures published in " + pick(PLACE) + ".";
            default -> "Officials in " + pick(PLACE) + " said " + claim() + " " + pick(REASON) + ".";
        };
    }

    private String claim() {
        return pick(TOPIC) + " " + pick(VERB) + " " + pick(OBJECT) + " in " + pick(PLACE) + " " + pick(WHEN);
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String number() {
        return Integer.toString(2 + random.nextInt(4000));
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}

package dev.citebot.eval;

import dev.citebot.text.Folding;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A failure analysis of an attribution run, for the {@code eval --failures} command: every gold attribution
 * missed (no prediction overlaps it), every false prediction (it overlaps no gold one), every boundary error
 * (paired by overlap but with Jaccard below 0.5) and every wrong source, each with its text, followed by counts
 * per category: misses by cue and by shape (quoted, several sentences, nested, source kind), false predictions
 * by cue, boundary errors by which end is off, and the edges where Jaccard pairs still differ (the span
 * conventions). Pairs are made as {@link AttributionTally} makes them. It prints article text, so its output is
 * for the terminal, never for the repository.
 */
public final class AttributionFailures {

    private static final double JACCARD = 0.5;
    private static final int SNIPPET = 160;
    private static final int EDGE = 12;
    private static final int TOP = 40;
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "will", "would", "could", "can", "also", "not", "did", "does", "do", "should", "may", "might",
            "reportedly");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "his", "their", "its", "who");

    private final StringBuilder lines = new StringBuilder();
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    /** Adds one article's failures. */
    public void add(String name, String text, List<PredictedAttribution> ps, List<GoldAttribution> gs) {
        List<int[]> overlap = AttributionTally.pairs(ps, gs, (p, g) -> p.content().overlap(g.content()) > 0);
        boolean[] pPaired = new boolean[ps.size()];
        boolean[] gPaired = new boolean[gs.size()];
        for (int[] pair : overlap) {
            pPaired[pair[0]] = true;
            gPaired[pair[1]] = true;
            paired(name, text, ps.get(pair[0]), gs.get(pair[1]));
        }
        for (int j = 0; j < gs.size(); j++) {
            if (!gPaired[j]) {
                missed(name, text, gs.get(j), gs, ps);
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            if (!pPaired[i]) {
                PredictedAttribution p = ps.get(i);
                count("false predictions by cue", cue(text, p.cue()));
                line("FALSE", name, "cue=" + quote(text, p.cue()) + " src=" + quote(text, p.source()) + " :: "
                        + snippet(text, p.content()));
            }
        }
    }

    /** The failure lines, then the counts, largest first. */
    public String report() {
        StringBuilder out = new StringBuilder(lines);
        counts.forEach((table, tally) -> {
            int total = tally.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "%n== %s (%d) ==%n", table, total));
            tally.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                    .forEach(e -> out.append(String.format(Locale.ROOT, "%6d  %s%n", e.getValue(), e.getKey())));
        });
        return out.toString();
    }

    private void paired(String name, String text, PredictedAttribution p, GoldAttribution g) {
        boolean sourceRight = AttributionTally.sourceRight(p, g);
        if (p.content().jaccard(g.content()) < JACCARD) {
            String which = side(first(p.content()), first(g.content()), "starts") + ", "
                    + side(last(p.content()), last(g.content()), "ends");
            count("boundary errors (overlap, Jaccard < 0.5)", which);
            line("BOUNDARY", name, which + "\n      gold: " + snippet(text, g.content()) + "\n      ours: "
                    + snippet(text, p.content()));
        } else {
            count("Jaccard pairs: gold start vs ours", edge(text, first(g.content()), first(p.content()), true));
            count("Jaccard pairs: gold end vs ours", edge(text, last(g.content()) + 1, last(p.content()) + 1, false));
        }
        if (!sourceRight) {
            count("wrong sources", g.source().isEmpty() ? "gold has none" : sourceKind(text, g.source()));
            line("SOURCE", name, "gold=" + quote(text, g.source()) + " ours=" + quote(text, p.source()) + " :: "
                    + snippet(text, g.content()));
        }
    }

    private void missed(String name, String text, GoldAttribution g, List<GoldAttribution> all,
                        List<PredictedAttribution> ps) {
        String cue = cue(text, g.cue());
        String content = text.substring(first(g.content()), last(g.content()) + 1);
        boolean quoted = content.indexOf('“') >= 0 || content.indexOf('"') >= 0;
        boolean sentences = content.contains("\n") || content.matches("(?s).*[.?!][”\"’]? +[“\"]?\\p{Lu}.*");
        boolean nested = all.stream().anyMatch(o -> o != g && contains(o.content(), g.cue()));
        boolean covered = ps.stream().anyMatch(p -> p.content().overlap(g.content()) > 0);
        count("misses by cue", cue);
        count("misses overlapped by a prediction paired with another gold one", covered ? "yes" : "no");
        count("misses by shape", (quoted ? "quoted" : "unquoted") + (sentences ? ", several sentences" : "")
                + (nested ? ", nested" : ""));
        count("misses by source", g.source().isEmpty() ? "none" : sourceKind(text, g.source()));
        count("misses by length", lengthBucket(content.split("\\s+").length));
        line("MISS", name, "@" + first(g.content()) + " cue=" + quote(text, g.cue()) + " src=" + quote(text, g.source())
                + (nested ? " nested" : "") + (covered ? " covered" : "") + " :: " + snippet(text, g.content()));
    }

    private static String side(int ours, int gold, String what) {
        return what + (ours == gold ? " same" : ours < gold ? " early" : " late");
    }

    /** The text between the two edges, as gold-minus-ours ("+that ") or ours-minus-gold ("-.”"). */
    private static String edge(String text, int gold, int ours, boolean start) {
        if (gold == ours) {
            return "same";
        }
        String between = text.substring(Math.min(gold, ours), Math.max(gold, ours));
        boolean goldWider = start ? gold < ours : gold > ours;
        String shown = between.length() > EDGE ? "(" + between.length() + " chars)" : between.replace("\n", "\\n");
        return (goldWider ? "gold has +" : "ours has +") + "[" + shown + "]";
    }

    private static String sourceKind(String text, Spans source) {
        String s = text.substring(first(source), last(source) + 1).toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(s) ? "pronoun" : Character.isUpperCase(text.charAt(first(source)))
                ? "capitalised" : "common";
    }

    private static String lengthBucket(int words) {
        return words <= 5 ? "1-5 words" : words <= 15 ? "6-15 words" : words <= 40 ? "16-40 words" : "41+ words";
    }

    /** The cue in lower case without auxiliaries: "has long argued" becomes "argued". */
    private static String cue(String text, Spans cue) {
        if (cue.isEmpty()) {
            return "(none)";
        }
        String words = Arrays.stream(Folding.lowerCase(quote(text, cue))
                        .split("[^\\p{L}']+"))
                .filter(w -> !w.isEmpty() && !AUXILIARIES.contains(w) && !w.endsWith("ly"))
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? "(punctuation)" : words;
    }

    private static boolean contains(Spans outer, Spans inner) {
        if (inner.isEmpty()) {
            return false;
        }
        BitSet b = (BitSet) inner.chars().clone();
        b.andNot(outer.chars());
        return b.isEmpty();
    }

    private static String quote(String text, Spans s) {
        if (s.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        BitSet b = s.chars();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
            int end = b.nextClearBit(i);
            out.append(out.length() == 0 ? "" : " … ").append(text, i, end);
            i = end;
        }
        return out.toString().replace('\n', ' ');
    }

    private static String snippet(String text, Spans s) {
        String q = quote(text, s);
        int half = SNIPPET / 2;
        return q.length() <= SNIPPET ? q : q.substring(0, half) + " … " + q.substring(q.length() - half);
    }

    private static int first(Spans s) {
        return s.chars().nextSetBit(0);
    }

    private static int last(Spans s) {
        return s.chars().length() - 1;
    }

    private void count(String table, String key) {
        counts.computeIfAbsent(table, t -> new HashMap<>()).merge(key, 1, Integer::sum);
    }

    private void line(String kind, String article, String detail) {
        lines.append(String.format(Locale.ROOT, "%-8s %s  %s%n", kind, article, detail));
    }
}

package dev.citebot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attributions of a PolNeAR brat standoff file: {@code T} lines give spans ({@code Tn<TAB>Kind
 * start end[;start end]<TAB>text}), {@code E} lines link an attribution's {@code Content}, {@code Cue} and,
 * when present, {@code Source}. An event without content is skipped.
 */
public final class BratFile {

    private BratFile() {
    }

    public static List<GoldAttribution> parse(String ann) {
        Map<String, Spans> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\r?\n")) {
            String[] cols = line.split("\t");
            if (cols.length >= 2 && line.startsWith("T")) {
                spans.put(cols[0], spans(cols[1]));
            } else if (cols.length >= 2 && line.startsWith("E")) {
                events.add(cols[1].trim().split(" +"));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] event : events) {
            Spans content = null;
            Spans source = Spans.of(0, 0);
            Spans cue = Spans.of(0, 0);
            for (String arg : event) {
                int colon = arg.indexOf(':');
                String role = arg.substring(0, colon);
                Spans target = spans.get(arg.substring(colon + 1));
                if (role.equals("Content") && target != null) {
                    content = target;
                } else if (role.equals("Source") && target != null) {
                    source = target;
                } else if (role.equals("Cue") && target != null) {
                    cue = target;
                }
            }
            if (content != null) {
                out.add(new GoldAttribution(content, source, cue));
            }
        }
        return out;
    }

    /** "Kind 10 20;25 30" to the offsets it covers. */
    private static Spans spans(String kindAndRanges) {
        int space = kindAndRanges.indexOf(' ');
        List<int[]> ranges = new ArrayList<>();
        if (space > 0) {
            for (String range : kindAndRanges.substring(space + 1).split(";")) {
                String[] ends = range.trim().split(" ");
                ranges.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
            }
        }
        return Spans.ofRanges(ranges);
    }
}

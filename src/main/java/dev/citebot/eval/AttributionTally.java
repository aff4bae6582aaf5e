package dev.citebot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Running counts of the attribution metrics over articles. Predictions and gold attributions are paired greedily
 * one to one, the pair sharing the most characters first: under "overlap" any shared character makes a pair,
 * under "Jaccard" only pairs with Jaccard &ge; 0.5 count. A paired prediction's source is right when its speaker
 * mention overlaps the gold source, or when neither has one. End to end, a prediction is right when it is paired
 * under Jaccard and its source is right.
 */
public final class AttributionTally {

    private static final double JACCARD = 0.5;

    private int predicted;
    private int gold;
    private int overlapPairs;
    private int jaccardPairs;
    private int sourceRight;
    private int endToEnd;

    /** Adds one article's predictions and gold attributions. */
    public void add(List<PredictedAttribution> predictions, List<GoldAttribution> golds) {
        predicted += predictions.size();
        gold += golds.size();
        List<int[]> overlap = pairs(predictions, golds, (p, g) -> p.content().overlap(g.content()) > 0);
        overlapPairs += overlap.size();
        for (int[] pair : overlap) {
            sourceRight += sourceRight(predictions.get(pair[0]), golds.get(pair[1])) ? 1 : 0;
        }
        List<int[]> jaccard = pairs(predictions, golds, (p, g) -> p.content().jaccard(g.content()) >= JACCARD);
        jaccardPairs += jaccard.size();
        for (int[] pair : jaccard) {
            endToEnd += sourceRight(predictions.get(pair[0]), golds.get(pair[1])) ? 1 : 0;
        }
    }

    public AttributionMetrics metrics() {
        return new AttributionMetrics(predicted, gold, overlapPairs, jaccardPairs, sourceRight, endToEnd);
    }

    static boolean sourceRight(PredictedAttribution p, GoldAttribution g) {
        if (g.source().isEmpty()) {
            return p.source().isEmpty();
        }
        return p.source().overlap(g.source()) > 0;
    }

    interface Admits {
        boolean test(PredictedAttribution p, GoldAttribution g);
    }

    /** Greedy one-to-one pairs {@code {prediction, gold, shared characters}}, most shared characters first. */
    static List<int[]> pairs(List<PredictedAttribution> ps, List<GoldAttribution> gs, Admits admits) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = 0; j < gs.size(); j++) {
                if (admits.test(ps.get(i), gs.get(j))) {
                    candidates.add(new int[] {i, j, ps.get(i).content().overlap(gs.get(j).content())});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        boolean[] pUsed = new boolean[ps.size()];
        boolean[] gUsed = new boolean[gs.size()];
        List<int[]> out = new ArrayList<>();
        for (int[] c : candidates) {
            if (!pUsed[c[0]] && !gUsed[c[1]]) {
                pUsed[c[0]] = true;
                gUsed[c[1]] = true;
                out.add(c);
            }
        }
        return out;
    }
}

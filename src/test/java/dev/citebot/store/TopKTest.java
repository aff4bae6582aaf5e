package dev.citebot.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopKTest {

    @Test
    void keepsTheBestOfManyInOrderLikeAFullSort() {
        Random random = new Random(42);
        for (int k : new int[]{1, 2, 5, 10, 100}) {
            List<double[]> offered = new ArrayList<>();
            TopK top = new TopK(k);
            for (int row = 0; row < 1000; row++) {
                double score = Math.round(random.nextDouble() * 200) / 200.0;
                offered.add(new double[]{score, row});
                top.offer(score, row);
            }
            top.sortBestFirst();

            List<Integer> expected = offered.stream()
                    .sorted(Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> p[1]))
                    .limit(k)
                    .map(p -> (int) p[1])
                    .collect(Collectors.toList());
            assertThat(rows(top)).as("k=%d", k).isEqualTo(expected);
            for (int i = 0; i < top.size(); i++) {
                assertThat(top.score(i)).isEqualTo(offered.get(top.row(i))[0]);
            }
        }
    }

    @Test
    void equalScoresKeepTheEarliestRows() {
        TopK top = new TopK(3);
        for (int row = 0; row < 10; row++) {
            top.offer(0.5, row);
        }
        top.sortBestFirst();

        assertThat(rows(top)).containsExactly(0, 1, 2);
    }

    @Test
    void holdsFewerWhenFewerWereOffered() {
        TopK top = new TopK(10);
        top.offer(0.1, 0);
        top.offer(0.9, 1);
        top.offer(0.5, 2);
        top.sortBestFirst();

        assertThat(rows(top)).containsExactly(1, 2, 0);
        assertThat(top.score(0)).isEqualTo(0.9);
    }

    @Test
    void wouldKeepSaysWhatOfferWouldDo() {
        TopK top = new TopK(2);
        assertThat(top.wouldKeep(0.1, 9)).as("room left").isTrue();
        top.offer(0.5, 3);
        top.offer(0.7, 4);

        assertThat(top.wouldKeep(0.4, 0)).as("worse than the worst kept").isFalse();
        assertThat(top.wouldKeep(0.5, 5)).as("equal score, later row").isFalse();
        assertThat(top.wouldKeep(0.5, 2)).as("equal score, earlier row").isTrue();
        assertThat(top.wouldKeep(0.6, 9)).isTrue();
        top.offer(0.5, 2);
        top.sortBestFirst();
        assertThat(rows(top)).containsExactly(4, 2);
    }

    @Test
    void capacityMustBePositive() {
        assertThatThrownBy(() -> new TopK(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> rows(TopK top) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            rows.add(top.row(i));
        }
        return rows;
    }
}

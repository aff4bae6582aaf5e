package dev.citebot.retrieve;

import dev.citebot.article.Passages;
import dev.citebot.article.Sentence;
import dev.citebot.store.StoredRows;
import dev.langchain4j.data.segment.TextSegment;

import java.util.Arrays;
import java.util.List;

/**
 * The passages of a store snapshot as primitive columns: passage {@code p} is the {@code p}-th stored row whose
 * segment carries the passage keys ({@link Passages#isPassage}). Read from the store's integer columns, so that no
 * segment is decoded unless a row keeps a passage key in another form than an Integer or Long; {@link Passage}
 * objects are made only when asked for.
 */
final class PassageTable {
    private static final List<String> KEYS = List.of(Passages.ARTICLE_ID, Passages.PARAGRAPH, Passages.SENTENCE,
            Passages.START, Passages.END);

    private final long[] articleIds;
    private final int[] paragraphs;
    private final int[] sentences;
    private final int[] starts;
    private final int[] ends;
    private final int[] rows;

    private PassageTable(long[] articleIds, int[] paragraphs, int[] sentences, int[] starts, int[] ends, int[] rows) {
        this.articleIds = articleIds;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.starts = starts;
        this.ends = ends;
        this.rows = rows;
    }

    static PassageTable of(StoredRows stored) {
        long[][] c = stored.integers(KEYS);
        PassageTable all = new PassageTable(new long[stored.size()], new int[stored.size()], new int[stored.size()],
                new int[stored.size()], new int[stored.size()], new int[stored.size()]);
        int size = 0;
        for (int row = 0; row < stored.size(); row++) {
            if (allPresent(c, row)) {
                all.set(size++, row, c[0][row], new Sentence((int) c[1][row], (int) c[2][row], (int) c[3][row],
                        (int) c[4][row]));
            } else {
                TextSegment segment = stored.segment(row);
                if (segment != null && Passages.isPassage(segment)) {
                    all.set(size++, row, Passages.articleId(segment), Passages.sentence(segment));
                }
            }
        }
        return all.first(size);
    }

    int size() {
        return starts.length;
    }

    long articleId(int passage) {
        return articleIds[passage];
    }

    int start(int passage) {
        return starts[passage];
    }

    int end(int passage) {
        return ends[passage];
    }

    /** The store row the passage was read from. */
    int row(int passage) {
        return rows[passage];
    }

    Passage passage(int p) {
        return new Passage(articleIds[p], new Sentence(paragraphs[p], sentences[p], starts[p], ends[p]));
    }

    private static boolean allPresent(long[][] columns, int row) {
        for (long[] column : columns) {
            if (column[row] == StoredRows.ABSENT) {
                return false;
            }
        }
        return true;
    }

    private void set(int passage, int row, long articleId, Sentence s) {
        articleIds[passage] = articleId;
        paragraphs[passage] = s.paragraph();
        sentences[passage] = s.index();
        starts[passage] = s.start();
        ends[passage] = s.end();
        rows[passage] = row;
    }

    private PassageTable first(int size) {
        return new PassageTable(Arrays.copyOf(articleIds, size), Arrays.copyOf(paragraphs, size),
                Arrays.copyOf(sentences, size), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                Arrays.copyOf(rows, size));
    }
}

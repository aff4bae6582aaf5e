package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical form of a proper name: the fullest run of name words anywhere in the article that ends with the
 * mention's words, titles left out ("Peskov" becomes "Dmitry Peskov"). Of equally full forms, the one nearest
 * before the mention wins ("Clinton" after "Hillary Clinton" rather than "Chelsea Clinton" further back); with
 * none before it, the mention itself if it is that full, else the first in the article.
 *
 * <p>The full forms of a name are found once per article (see {@link ArticleTokens#remembered}), so each further
 * mention costs a binary search, not a walk over every occurrence of its last word.
 */
final class CanonicalNames {

    private final Words words;

    CanonicalNames(Words words) {
        this.words = words;
    }

    String of(ArticleTokens a, int nameFirst, int nameLast) {
        List<String> name = new ArrayList<>(nameLast - nameFirst + 1);
        for (int k = nameFirst; k <= nameLast; k++) {
            name.add(a.get(k).text());
        }
        FullForms forms = a.remembered(new Key(name), () -> fullForms(a, name));
        int before = forms.lastStartingBefore(nameFirst);
        if (before >= 0) {
            return a.slice(forms.starts[before], forms.starts[before] + forms.span);
        }
        if (nameLast - nameFirst == forms.span) {
            return a.slice(nameFirst, nameLast);
        }
        return a.slice(forms.starts[0], forms.starts[0] + forms.span);
    }

    /** Every occurrence of the name's words, each extended leftwards over plain name words; the longest kept. */
    private FullForms fullForms(ArticleTokens a, List<String> name) {
        int length = name.size();
        int span = length - 1;
        List<Integer> starts = new ArrayList<>();
        for (int i : a.positionsOf(name.get(length - 1))) {
            if (i < length - 1 || !sameWords(a, i - length + 1, name)) {
                continue;
            }
            int j = i - length + 1;
            while (j - 1 >= 0 && a.sameLine(j) && isPlainName(a, j - 1)) {
                j--;
            }
            if (i - j > span) {
                span = i - j;
                starts.clear();
            }
            if (i - j == span) {
                starts.add(j);
            }
        }
        return new FullForms(span, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private boolean isPlainName(ArticleTokens a, int k) {
        return words.isNameWord(a, k) && words.titleEndingAt(a, k, 0) == 0;
    }

    private static boolean sameWords(ArticleTokens a, int from, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!a.get(from + k).text().equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    private record Key(List<String> name) {
    }

    /** The fullest forms of one name: their first token indices, ascending, and their common span. */
    private record FullForms(int span, int[] starts) {
        /** The index in {@link #starts} of the last form starting before {@code token}, or -1. */
        int lastStartingBefore(int token) {
            return SortedInts.firstAtLeast(starts, token) - 1;
        }
    }
}

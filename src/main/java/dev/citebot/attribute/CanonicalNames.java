package dev.citebot.attribute;

/**
 * The canonical form of a proper name: the fullest run of name words anywhere in the article that ends with the
 * mention's words, titles left out ("Peskov" becomes "Dmitry Peskov"). Of equally full forms, the one nearest
 * before the mention wins ("Clinton" after "Hillary Clinton" rather than "Chelsea Clinton" further back).
 */
final class CanonicalNames {

    private final Words words;

    CanonicalNames(Words words) {
        this.words = words;
    }

    String of(ArticleTokens a, int nameFirst, int nameLast) {
        int length = nameLast - nameFirst + 1;
        String lastWord = a.get(nameLast).text();
        int bestFirst = nameFirst;
        int bestLast = nameLast;
        for (int i : a.positionsOf(lastWord)) {
            if (i < length - 1 || !sameWords(a, i - length + 1, nameFirst, length)) {
                continue;
            }
            int j = i - length + 1;
            while (j - 1 >= 0 && a.sameLine(j) && isPlainName(a, j - 1)) {
                j--;
            }
            int best = bestLast - bestFirst;
            boolean longer = i - j > best;
            boolean nearer = i - j == best && j < nameFirst && (bestFirst >= nameFirst || j > bestFirst);
            if (longer || nearer) {
                bestFirst = j;
                bestLast = i;
            }
        }
        return a.slice(bestFirst, bestLast);
    }

    private boolean isPlainName(ArticleTokens a, int k) {
        return words.isNameWord(a, k) && words.titleEndingAt(a, k, 0) == 0;
    }

    private static boolean sameWords(ArticleTokens a, int from, int nameFirst, int length) {
        for (int k = 0; k < length; k++) {
            if (!a.get(from + k).text().equals(a.get(nameFirst + k).text())) {
                return false;
            }
        }
        return true;
    }
}

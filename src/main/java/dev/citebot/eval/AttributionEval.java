package dev.citebot.eval;

import dev.citebot.attribute.Attribution;
import dev.citebot.attribute.AttributionExtractor;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.ingest.ParsedArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores the attribution extractor on a PolNeAR-style corpus: each article is read and split as ingest would
 * (so offsets are the file's), its attributions extracted and compared with the gold ones.
 */
public final class AttributionEval {

    private final ArticleReader reader;
    private final ArticleSplitter splitter;
    private final AttributionExtractor extractor;

    public AttributionEval(ArticleReader reader, ArticleSplitter splitter, AttributionExtractor extractor) {
        this.reader = reader;
        this.splitter = splitter;
        this.extractor = extractor;
    }

    public AttributionMetrics score(List<PolnearCorpus.Article> articles) {
        AttributionTally tally = new AttributionTally();
        for (PolnearCorpus.Article article : articles) {
            tally.add(predict(reader.read(article.text())), article.gold());
        }
        return tally.metrics();
    }

    /** What the extractor finds in one article, as spans. */
    public List<PredictedAttribution> predict(ParsedArticle article) {
        List<PredictedAttribution> out = new ArrayList<>();
        for (Attribution a : extractor.extract(article.text(), splitter.split(article).sentences())) {
            out.add(new PredictedAttribution(Spans.of(a.contentStart(), a.contentEnd()),
                    Spans.of(a.speaker().start(), a.speaker().end())));
        }
        return out;
    }
}

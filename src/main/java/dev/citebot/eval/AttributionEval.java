package dev.citebot.eval;

import dev.citebot.attribute.Attribution;
import dev.citebot.attribute.AttributionExtractor;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ParsedArticle;

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

    /** The failure analysis of the same run (see {@link AttributionFailures}). */
    public String failures(List<PolnearCorpus.Article> articles) {
        AttributionFailures failures = new AttributionFailures();
        for (PolnearCorpus.Article article : articles) {
            ParsedArticle parsed = reader.read(article.text());
            failures.add(article.text().getFileName().toString(), parsed.text(), predict(parsed), article.gold());
        }
        return failures.report();
    }

    /** What the extractor finds in one article, as spans. */
    public List<PredictedAttribution> predict(ParsedArticle article) {
        List<PredictedAttribution> out = new ArrayList<>();
        for (Attribution a : extractor.extract(article.text(), splitter.split(article).sentences())) {
            out.add(new PredictedAttribution(Spans.of(a.contentStart(), a.contentEnd()),
                    Spans.of(a.speaker().start(), a.speaker().end()),
                    a.cue() == null ? Spans.of(0, 0) : Spans.of(a.cueStart(), a.cueEnd())));
        }
        return out;
    }
}

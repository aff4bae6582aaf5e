package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import dev.citebot.text.Spaces;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "keep the better": our jsoup {@link ArticleExtractor} against Readability4J on every article page
 * fixture. Each page earns one point for the headline it shows (exactly, after collapsing blank space), one per
 * story sentence found in the extracted text, and one per piece of page furniture (navigation, share bar, ads,
 * newsletter box, related links, comments, footer) not found in it. A page an extractor refuses or fails on is
 * scored as an empty extraction. We keep jsoup as long as its total is at least Readability4J's.
 */
class ExtractorComparisonTest {
    private static final String URL = "https://example.org/story";

    private record Expectation(String page, String title, List<String> keep, List<String> drop) {
        int max() {
            return 1 + keep.size() + drop.size();
        }
    }

    private record Extracted(String title, String text) {
        static final Extracted NOTHING = new Extracted("", "");
    }

    private static final List<Expectation> PAGES = List.of(
            new Expectation("quay.html", "Harbour Board Approves Repairs to the Eastern Quay",
                    List.of("The harbour board voted on Tuesday to spend four million euros on repairs to the eastern"
                                    + " quay, where cracks in the concrete forced the closure of two berths last winter.",
                            "“The quay has carried ships for ninety years, and it needs more than patches now,” said"
                                    + " Mara Okafor, the harbour master.",
                            "Jonas Reed, who chairs the fishermen's cooperative, warned that a third berth could fail"
                                    + " before the summer season if nothing was done.",
                            "“We will not let the fleet move to another port while we rebuild,” Okafor told the"
                                    + " meeting.",
                            "its chair has said she expects the loan to pass without opposition."),
                    List.of("Sport", "cookies", "Share on social media", "Email this story", "kayaks",
                            "Related stories", "Lighthouse keeper", "Read more harbour news", "Reader42",
                            "All rights reserved")),
            new Expectation("ferry.html", "Ferry Timetable to Change in Spring",
                    List.of("The island ferry will leave half an hour earlier on weekdays from April, the operator"
                                    + " announced on Monday, after commuters complained that they missed the first"
                                    + " train to the city.",
                            "“Most of our passengers travel on to the station, so we are moving the crossing to"
                                    + " match the trains,” said Tomas Reyes, the operator's director of services.",
                            "Anna Kowal, who crosses every morning, said the earlier ferry would save her an hour of"
                                    + " waiting at the station each day."),
                    List.of("Home", "© 2026")),
            new Expectation("library.html", "Library to Open on Sundays from June",
                    List.of("The town library will open its doors on Sunday afternoons from the first week of June,"
                                    + " the culture committee decided on Wednesday after a year of requests from"
                                    + " students and working parents.",
                            "“Many families can only come at the weekend, and Saturday mornings are simply too"
                                    + " crowded,” said Oskar Lindqvist, who chairs the committee.",
                            "The extra hours will be staffed by two librarians and a rota of volunteers, which the"
                                    + " committee expects to cost about thirty thousand euros a year.",
                            "“We still need about a dozen people who can give us one Sunday a month,” she said.",
                            "decide then whether to keep the Sunday opening through the next year."),
                    List.of("cookie settings", "Subscribe for one euro", "Business", "Copy link",
                            "Read also", "morning briefing", "More from Local", "Night bus", "ValleyReader",
                            "Most read", "Storm damages", "Privacy policy")),
            new Expectation("bridge.html", "Old Rail Bridge to Become a Cycle Path",
                    List.of("The disused rail bridge over the river will be turned into a path for cyclists and"
                                    + " walkers, the regional transport office said on Monday, ending a decade of"
                                    + " argument over whether to demolish it.",
                            "“Tearing it down would have cost almost as much as repairing it, and we would have lost"
                                    + " a landmark,” said Helga Marsh, the office's head of planning.",
                            "Engineers found last year that the frame was sound, although the old sleepers had rotted"
                                    + " through.",
                            "Dario Fenn, a local shopkeeper, said the path would bring customers to a street that most"
                                    + " visitors never see.",
                            "The city council is due to vote on its share in October."),
                    List.of("Front page", "Opinion", "Photo: Riverside Post archive", "Most read",
                            "Tram fares", "covers transport and planning", "Share this article",
                            "You may also like", "playground", "Join the conversation", "bikefan",
                            "Advertise with us")));

    @Test
    void jsoupScoresAtLeastAsWellAsReadability4jOnEveryArticleFixture() throws IOException {
        int jsoupTotal = 0;
        int readabilityTotal = 0;
        int max = 0;
        List<String> rows = new ArrayList<>();
        for (Expectation e : PAGES) {
            String html = ArticleExtractorTest.page(e.page());
            Extracted j = safely(ExtractorComparisonTest::jsoup, html);
            Extracted r = safely(ExtractorComparisonTest::readability4j, html);
            int jsoup = score(e, j);
            int readability = score(e, r);
            rows.add("%-13s jsoup %2d/%d  readability4j %2d/%d".formatted(e.page(), jsoup, e.max(), readability,
                    e.max()));
            rows.add("    jsoup misses: " + misses(e, j) + "\n    readability4j misses: " + misses(e, r));
            jsoupTotal += jsoup;
            readabilityTotal += readability;
            max += e.max();
        }
        rows.add("%-13s jsoup %2d/%d  readability4j %2d/%d".formatted("TOTAL", jsoupTotal, max, readabilityTotal,
                max));
        System.out.println("Extractor comparison (issue 13):\n" + String.join("\n", rows));

        assertThat(jsoupTotal).as(String.join("\n", rows)).isGreaterThanOrEqualTo(readabilityTotal);
    }

    @Test
    void theScoreSeesBothMissingStoryAndLeftoverFurniture() {
        Expectation e = PAGES.get(0);

        assertThat(score(e, Extracted.NOTHING)).isEqualTo(e.drop().size());
        assertThat(score(e, new Extracted(e.title(), String.join(" ", e.keep()) + " " + e.drop().get(0))))
                .isEqualTo(e.max() - 1);
    }

    private static int score(Expectation e, Extracted x) {
        String text = Spaces.collapse(x.text());
        int points = Spaces.collapse(x.title()).equals(e.title()) ? 1 : 0;
        points += (int) e.keep().stream().filter(text::contains).count();
        points += (int) e.drop().stream().filter(d -> !text.contains(d)).count();
        return points;
    }

    /** The criteria {@code x} fails, for the printout: a wrong title, a lost sentence, kept furniture. */
    private static List<String> misses(Expectation e, Extracted x) {
        String text = Spaces.collapse(x.text());
        List<String> misses = new ArrayList<>();
        if (!Spaces.collapse(x.title()).equals(e.title())) {
            misses.add("title was \"" + x.title() + "\"");
        }
        e.keep().stream().filter(k -> !text.contains(k))
                .forEach(k -> misses.add("lost \"" + k.substring(0, Math.min(40, k.length())) + "...\""));
        e.drop().stream().filter(text::contains).forEach(d -> misses.add("kept \"" + d + "\""));
        return misses;
    }

    private static Extracted safely(Function<String, Extracted> extractor, String html) {
        try {
            return extractor.apply(html);
        } catch (RuntimeException refusedOrFailed) {
            return Extracted.NOTHING;
        }
    }

    private static Extracted jsoup(String html) {
        ParsedArticle a = new ArticleExtractor().extract(Jsoup.parse(html, URL), URL);
        return new Extracted(a.title(), a.text());
    }

    private static Extracted readability4j(String html) {
        Article a = new Readability4J(URL, html).parse();
        return new Extracted(a.getTitle() == null ? "" : a.getTitle(),
                a.getTextContent() == null ? "" : a.getTextContent());
    }
}

package dev.citebot.answer;

import dev.citebot.article.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stories each quote someone called Varga. "What did Varga want instead of …?" asked of the whole library is
 * answered from the story whose Varga spoke of it, although there the sentence calls her "she" and the other story
 * writes "Varga said": before, the other Varga's passage was put first for naming her outright, and then refused as
 * being about another story.
 */
class NamesakeSurnamesIT {
    private static final String POOL = "Pool Hours Cut\n\n"
            + "The Elmfield council voted on Monday to close the town pool on Sundays from March.\n\n"
            + "\"Families swim on Sundays, not on Tuesdays,\" Councillor Edit Varga said. She wanted the pool kept "
            + "open on Sundays and closed on Tuesday mornings instead, when fewer than ten people swim.\n\n"
            + "The council expects to save 40,000 euros a year.";
    private static final String MUSEUM = "Museum Loses Grant\n\n"
            + "The Rivermouth museum will close its east wing after losing a state grant.\n\n"
            + "\"Nobody asked us what the wing costs,\" Varga said. Tomas Varga, the museum's curator, has run "
            + "it since 2011.\n\n"
            + "The wing holds the town's collection of ship models.";

    @RegisterExtension
    static final OneArticle LIBRARY = new OneArticle("Pool Hours Cut", POOL, "pool.txt",
            new ParsedArticle("Museum Loses Grant", MUSEUM, "museum.txt"));

    @Test
    void theSurnameAskedIsTheOneWhoSpokeOfIt() {
        Answer answer = LIBRARY.ask("what did varga want to do instead of closing the pool on sundays");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("closed on Tuesday mornings instead");
        assertThat(answer.quotes().get(0).speaker()).isEqualTo("Edit Varga");
    }
}

package dev.citebot.answer;

import dev.citebot.attribute.SpeakerCount;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who the articles quote, most attributions first: "Who is quoted in the article?" asks for the speakers, not for a
 * sentence that resembles the question.
 */
@FunctionalInterface
public interface QuotedSpeakers {
    /** "Who is quoted?", "Which officials are quoted in the article?", "Who are the speakers?", "Who speaks?". */
    Pattern ASKS = Pattern.compile("^(?:who|which\\s+(?:people|persons|officials|sources|speakers|politicians|"
            + "experts|leaders))\\s+(?:is|are|was|were|gets|get|got)\\s+(?:quoted|cited)(?:\\s+(?:in|by)\\s+" + Lead.TEXT
            + ")?\\s*[?.!]*$|^who\\s+(?:are\\s+the\\s+(?:speakers|sources)|speaks|talks)(?:\\s+in\\s+" + Lead.TEXT
            + ")?\\s*[?.!]*$",
            Pattern.CASE_INSENSITIVE);

    /** The speakers quoted in {@code article} (or all articles), leaving out the {@code hidden} ones. */
    List<SpeakerCount> speakers(OptionalLong article, Set<Long> hidden);

    static boolean asks(String question) {
        return ASKS.matcher(question.strip()).matches();
    }
}

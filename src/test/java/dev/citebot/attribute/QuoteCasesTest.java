package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quote-finding edge cases in the manner of the sayswho fixtures (direct quotes, inversion, apposition, pronoun
 * and nominal speakers, mixed quotes), rewritten as our own sentences. A case that needs more than one sentence
 * to decide is run on the sentence that carries the reporting verb.
 */
class QuoteCasesTest {

    private final Sentences sentences = new Sentences(new RuleSpeakerFinder(Lexicon.bundled()));

    private String nameOf(String article, String sentence) {
        return sentences.speakerIn(article, sentence).map(Speaker::name).orElse(null);
    }

    @Test
    void directQuoteAfterTheVerb() {
        String s = "Okafor said, \"We love this town!\"";
        assertThat(nameOf(s, s)).isEqualTo("Okafor");
    }

    @Test
    void pronounAfterTheQuoteResolvesToThePreviousSentence() {
        String article = "Okafor spoke from the stage. \"We love this town,\" he said.";
        Optional<Speaker> s = sentences.speakerIn(article, "\"We love this town,\" he said.");
        assertThat(s).map(Speaker::mention).contains("he");
        assertThat(s).map(Speaker::name).contains("Okafor");
    }

    @Test
    void invertedVerbBeforeTheName() {
        String article = "\"We love this town!\" insists Okafor. \"Yes, we really do.\"";
        assertThat(nameOf(article, "\"We love this town!\" insists Okafor.")).isEqualTo("Okafor");
        assertThat(nameOf(article, "\"Yes, we really do.\"")).isNull();
    }

    @Test
    void pronounWithNothingBeforeItHasNoSpeaker() {
        String s = "\"Some folks disagree,\" he admitted.";
        assertThat(nameOf(s, s)).isNull();
    }

    @Test
    void quotedTitleAndScareQuotesStillReportTheClaim() {
        String title = "Okafor claims that his favourite film is \"The Long Goodbye\".";
        String scare = "Okafor believes that dogs are \"angels\".";
        assertThat(nameOf(title, title)).isEqualTo("Okafor");
        assertThat(nameOf(scare, scare)).isEqualTo("Okafor");
    }

    @Test
    void titledNameFollowedByItsDepartment() {
        String article = "\"This is a sad day\", said Sergeant Pike of the Harbour Police. \"He was only twenty.\"";
        Speaker s = sentences.speakerIn(article, "\"This is a sad day\", said Sergeant Pike of the Harbour Police.")
                .orElseThrow();
        assertThat(s.mention()).isEqualTo("Sergeant Pike");
        assertThat(s.name()).isEqualTo("Pike");
        assertThat(s.role()).isEqualTo("Sergeant");
    }

    @Test
    void apostropheInsideAQuestionDoesNotOpenAQuotation() {
        String article = "She walked to the barn. \"Where are the horses' saddles?\" she asked.";
        assertThat(nameOf(article, "\"Where are the horses' saddles?\" she asked.")).isNull();
    }

    @Test
    void quotationEndingAtALineBreak() {
        String article = "'calm' on Harbour Road\"\nCrews are clearing the road.\n"
                + "\"Crews are still at the scene,\" Dover police said in a statement Monday.";
        Speaker s = sentences.speakerIn(article,
                "\"Crews are still at the scene,\" Dover police said in a statement Monday.").orElseThrow();
        assertThat(s.mention()).isEqualTo("Dover police");
    }

    @Test
    void appositionAfterAnInvertedName() {
        String article = "\"He's going to hurt someone,\" said Ray Ortiz, a county sheriff's detective who has tracked "
                + "the thief for months. \"He waves that gun at everyone.\"";
        Speaker s = sentences.speakerIn(article, article.substring(0, article.indexOf(" \"He waves"))).orElseThrow();
        assertThat(s.name()).isEqualTo("Ray Ortiz");
        assertThat(s.role()).isEqualTo("county sheriff's detective");
    }

    @Test
    void mixedQuoteAndAFollowingIndirectReport() {
        String article = "Mensah said in order to help people, the crews have to \"keep calm and fix whatever breaks.\"\n"
                + "The chief said the work is never easy, but added that it matters.";
        assertThat(nameOf(article, "Mensah said in order to help people, the crews have to \"keep calm and fix "
                + "whatever breaks.\"")).isEqualTo("Mensah");
        assertThat(nameOf(article, "The chief said the work is never easy, but added that it matters."))
                .isEqualTo("The chief");
    }

    @Test
    void nominalSpeakerAttachedToAQuotation() {
        String article = "Garnier said he had learned a lesson.\n\"Think before you act,\" the clown said.";
        assertThat(nameOf(article, "\"Think before you act,\" the clown said.")).isEqualTo("the clown");
    }

    /** A short article in the manner of the fixture's news excerpt: pronouns, places and a surname. */
    @Test
    void speakersAcrossAShortArticle() {
        String article = """
                Lena Brooks was closing the Copper Kettle cafe on Friday night when three tired hikers came in.
                They had lost the trail near Pine Ridge, they said, and the storm was getting worse.
                Brooks looked at the door of the Copper Kettle. The rain was hammering the windows.
                “I could not send anyone back out into that,” she said. “So I put the kettle on.”
                Neighbours on the street said the power failed soon after.
                Maya Quint, who was sheltering near the Copper Kettle with friends after the Harvest Fair, put the \
                number closer to “a dozen.”
                “They were soaked, cold and very polite,” she noted.
                In the car park, taxi driver Sam Okoro was about to leave when he saw the lights go out.
                “Then the whole street went dark,” Okoro added.
                """;
        assertThat(nameOf(article, "They had lost the trail near Pine Ridge, they said, and the storm was getting "
                + "worse.")).as("no plural antecedent before 'they'").isNull();
        assertThat(nameOf(article, "“I could not send anyone back out into that,” she said. “So I put the kettle on.”"))
                .isEqualTo("Lena Brooks");
        assertThat(nameOf(article, "Neighbours on the street said the power failed soon after."))
                .isEqualTo("Neighbours on the street");
        assertThat(nameOf(article, "“They were soaked, cold and very polite,” she noted.")).isEqualTo("Maya Quint");
        Speaker okoro = sentences.speakerIn(article, "“Then the whole street went dark,” Okoro added.").orElseThrow();
        assertThat(okoro.name()).isEqualTo("Sam Okoro");
        assertThat(okoro.mention()).isEqualTo("Okoro");
        assertThat(nameOf(article, "Brooks looked at the door of the Copper Kettle.")).isNull();
    }
}

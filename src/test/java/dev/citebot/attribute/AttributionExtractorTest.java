package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One or two cases per attribution pattern, on sentences written for these tests. */
class AttributionExtractorTest {

    @Test
    void reportedSpeechWithThat() {
        Extracted e = Extracted.from("Mayor Lena Okafor said on Monday that the bridge would reopen in May.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Lena Okafor");
        assertThat(e.all.get(0).speaker().role()).isEqualTo("Mayor");
        assertThat(e.all.get(0).cue()).isEqualTo("said");
        assertThat(e.content(0)).isEqualTo("that the bridge would reopen in May");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.INDIRECT);
    }

    @Test
    void aPronounStandsForTheSourceOfAnAccordingToBeforeIt() {
        Extracted e = Extracted.from("LANDRY, Maine (Wire) — The mill shut its boilers on Sunday.",
                "The leak was found at about 2 a.m., according to Chief Engineer Ruth Amsel. By dawn, crews had "
                        + "closed every valve, she said.");
        assertThat(e.all).hasSize(2);
        assertThat(e.name(1)).isEqualTo("Ruth Amsel");
    }

    @Test
    void cueSpanKeepsItsAuxiliaries() {
        Extracted e = Extracted.from("The council has warned that fares will rise.");
        assertThat(e.all.get(0).cue()).isEqualTo("has warned");
        assertThat(e.text.substring(e.all.get(0).cueStart(), e.all.get(0).cueEnd())).isEqualTo("has warned");
    }

    @Test
    void directQuoteWithTrailingCue() {
        Extracted e = Extracted.from("“The bridge is safe,” said Tomas Berg, a city engineer.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Tomas Berg");
        assertThat(e.all.get(0).speaker().role()).isEqualTo("city engineer");
        assertThat(e.content(0)).isEqualTo("“The bridge is safe,”");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.DIRECT);
    }

    @Test
    void straightQuotesWork() {
        Extracted e = Extracted.from("\"We will not wait,\" Okafor said.");
        assertThat(e.content(0)).isEqualTo("\"We will not wait,\"");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.DIRECT);
    }

    @Test
    void quotationInterruptedByItsCueIsOneContent() {
        Extracted e = Extracted.from("“We tried,” Berg said, “but the money ran out.”");
        assertThat(e.all).hasSize(1);
        assertThat(e.content(0)).startsWith("“We tried,”").endsWith("“but the money ran out.”");
    }

    @Test
    void indirectSpeechWithTrailingCue() {
        Extracted e = Extracted.from("The repairs will take two years, the ministry said.");
        assertThat(e.name(0)).isEqualTo("the ministry");
        assertThat(e.content(0)).isEqualTo("The repairs will take two years");
    }

    @Test
    void accordingTo() {
        Extracted e = Extracted.from("According to Okafor, the repairs will cost more than planned.");
        assertThat(e.all.get(0).cue()).isEqualTo("According to");
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.content(0)).isEqualTo("the repairs will cost more than planned");
    }

    @Test
    void accordingToAnyNounPhrase() {
        Extracted e = Extracted.from("According to exit polls, turnout fell in the north.");
        assertThat(e.name(0)).isEqualTo("exit polls");
        assertThat(e.content(0)).isEqualTo("turnout fell in the north");
    }

    @Test
    void subjectSetOffByARelativeClause() {
        Extracted e = Extracted.from("Okafor, who has led the city since 2019, said the budget was balanced.");
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.content(0)).isEqualTo("the budget was balanced");
    }

    @Test
    void aRelativeClauseOfTheSpeakerEndsBeforeTheSentencesOwnVerb() {
        Extracted e = Extracted.from("Mayor Okafor, who believed that the vote was lost, told her aides to draft a "
                + "new budget.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("believed", "told");
        assertThat(e.content(0)).isEqualTo("that the vote was lost");
        assertThat(e.content(1)).isEqualTo("her aides to draft a new budget");
        Extracted driver = Extracted.from("One crane operator, who asked not to be named, said he feared the plan "
                + "would cost him his job.");
        Attribution said = driver.all.stream().filter(a -> a.cue().equals("said")).findFirst().orElseThrow();
        assertThat(said.content(driver.text)).isEqualTo("he feared the plan would cost him his job");
        assertThat(driver.name(driver.all.indexOf(said))).isEqualTo("One crane operator");
    }

    @Test
    void toldTheNewspaperThat() {
        Extracted e = Extracted.from("An official told the Daily Courier that the plan was dead.");
        assertThat(e.name(0)).isEqualTo("An official");
        assertThat(e.content(0)).isEqualTo("that the plan was dead");
    }

    @Test
    void possessiveNominalCue() {
        Extracted e = Extracted.from("Residents ignored Okafor's warning that the river would flood.");
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.all.get(0).cue()).isEqualTo("warning");
        assertThat(e.content(0)).isEqualTo("that the river would flood");
    }

    @Test
    void inAStatement() {
        Extracted e = Extracted.from("In a statement, the ministry said the ferry would run again.");
        assertThat(e.name(0)).isEqualTo("the ministry");
        assertThat(e.content(0)).isEqualTo("the ferry would run again");
    }

    @Test
    void mixedQuoteHoldsAQuotedFragment() {
        Extracted e = Extracted.from("Berg said the old bridge was “a disaster waiting to happen.”");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(e.content(0)).isEqualTo("the old bridge was “a disaster waiting to happen.”");
    }

    @Test
    void aFragmentInSingleMarksMakesAReportMixedButANameOrOneWordInThemDoesNot() {
        Extracted e = Extracted.from("The minister accused the council of running a ‘reckless and cynical’ campaign.",
                "Maria Lopez said the ‘Friends of the Pier’ group was a ‘distraction’ from the budget.");

        assertThat(e.content(0)).contains("‘reckless and cynical’");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(e.name(1)).isEqualTo("Maria Lopez");
        assertThat(e.all.get(1).kind()).isEqualTo(Attribution.Kind.INDIRECT);
    }

    @Test
    void quotationContinuedInTheNextParagraphKeepsItsSpeaker() {
        Extracted e = Extracted.from("“We have waited long enough,” Okafor said. “The money is there.",
                "“Now we need the will.”", "The vote is on Friday.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.content(0)).startsWith("“We have waited").endsWith("“Now we need the will.”");
    }

    @Test
    void narrationIsNotAttributed() {
        Extracted e = Extracted.from("The bridge was built in 1932. It carries 20,000 cars a day.");
        assertThat(e.all).isEmpty();
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        Extracted e = Extracted.from("The so-called “smart bridge” opened next to the film “River Days.”");
        assertThat(e.all).isEmpty();
    }

    @Test
    void pronounResolvesToTheNearestEarlierSpeaker() {
        Extracted e = Extracted.from("Lena Okafor opened the meeting.", "“We are out of time,” she said.");
        assertThat(e.all).hasSize(1);
        assertThat(e.mention(0)).isEqualTo("she");
        assertThat(e.name(0)).isEqualTo("Lena Okafor");
    }

    @Test
    void pronounSkipsNamesInsideQuotations() {
        Extracted e = Extracted.from("Tomas Berg spoke first. “Ask Lena Okafor about the costs,” he said.");
        assertThat(e.name(0)).isEqualTo("Tomas Berg");
    }

    @Test
    void surnameIsNamedInFull() {
        Extracted e = Extracted.from("City engineer Tomas Berg inspected the piers.", "Berg said the steel was sound.");
        assertThat(e.name(0)).isEqualTo("Tomas Berg");
        assertThat(e.mention(0)).isEqualTo("Berg");
    }

    @Test
    void definiteDescriptionResolvesThroughAnEarlierApposition() {
        Extracted e = Extracted.from("Marc Lebrun, a juggler from Nantes, arrived late.",
                "“I missed the train,” the juggler said.");
        assertThat(e.name(0)).isEqualTo("Marc Lebrun");
    }

    @Test
    void twoSpeakersInCoordinatedClauses() {
        Extracted e = Extracted.from("Okafor said the plan was ready, and Berg said the money was not.");
        assertThat(e.all).extracting(Attribution::speaker).extracting(Speaker::name)
                .containsExactly("Okafor", "Berg");
        assertThat(e.content(0)).isEqualTo("the plan was ready");
        assertThat(e.content(1)).isEqualTo("the money was not");
    }

    @Test
    void transcriptLabel() {
        Extracted e = Extracted.from("HOST: Welcome back to the programme.");
        assertThat(e.name(0)).isEqualTo("HOST");
        assertThat(e.content(0)).isEqualTo("Welcome back to the programme");
    }

    @Test
    void transcriptLabelCoversItsWholeParagraph() {
        Extracted e = Extracted.from("HOST: Welcome back. Tonight we talk about bridges.", "The show then cut away.");
        assertThat(e.all).hasSize(1);
        assertThat(e.content(0)).isEqualTo("Welcome back. Tonight we talk about bridges");
    }

    @Test
    void openingAdverbialIsNotTheContent() {
        Extracted e = Extracted.from("During the rally on Monday, the senator said the mill would stay open.");
        assertThat(e.name(0)).isEqualTo("the senator");
        assertThat(e.content(0)).isEqualTo("the mill would stay open");
    }

    @Test
    void participleAfterADirectQuoteContinuesTheReport() {
        Extracted e = Extracted.from("“We are ready,” Berg said, adding that the crews had trained for months.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("said", "adding");
        assertThat(e.name(1)).isEqualTo("Berg");
        assertThat(e.content(1)).isEqualTo("that the crews had trained for months");
    }

    @Test
    void offsetsIndexTheArticleText() {
        Extracted e = Extracted.from("Okafor said the plan was ready.");
        Attribution a = e.all.get(0);
        assertThat(e.text.substring(a.speaker().start(), a.speaker().end())).isEqualTo(a.speaker().mention());
        assertThat(e.text.substring(a.cueStart(), a.cueEnd())).isEqualTo(a.cue());
    }
    @Test
    void beliefVerbReportsTheClauseAfterIt() {
        Extracted e = Extracted.from("Harbour pilots fear that the channel will silt up by spring.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("fear");
        assertThat(e.name(0)).isEqualTo("Harbour pilots");
        assertThat(e.content(0)).isEqualTo("that the channel will silt up by spring");
    }

    @Test
    void trailingBeliefVerbReportsTheClauseBeforeIt() {
        Extracted e = Extracted.from("The channel will silt up by spring, Okafor suspects.");
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.content(0)).isEqualTo("The channel will silt up by spring");
    }

    @Test
    void beliefVerbWithoutAClauseIsNoCue() {
        assertThat(Extracted.from("Okafor knows the harbour well.").all).isEmpty();
    }

    @Test
    void intentionVerbReportsItsInfinitiveUpToAnAdjunct() {
        Extracted e = Extracted.from("Okafor plans to close the pier at night during the winter.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("plans");
        assertThat(e.content(0)).isEqualTo("to close the pier at night");
    }

    @Test
    void intentionVerbWithoutAnInfinitiveIsNoCue() {
        assertThat(Extracted.from("Okafor wants a new boat.").all).isEmpty();
    }

    @Test
    void stanceVerbReportsItsObjectUpToTheNextVerbPhrase() {
        Extracted e = Extracted.from("The union endorsed Ines Wolde and praised her budget, which cut fares.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("endorsed", "praised");
        assertThat(e.name(0)).isEqualTo("The union");
        assertThat(e.content(0)).isEqualTo("Ines Wolde");
        assertThat(e.name(1)).isEqualTo("The union");
        assertThat(e.content(1)).isEqualTo("her budget");
    }

    @Test
    void unnamedPluralSubjectSpeaksBeforeAClause() {
        Extracted e = Extracted.from("Independent analyses show the fares would rise.");
        assertThat(e.name(0)).isEqualTo("Independent analyses");
        assertThat(e.content(0)).isEqualTo("the fares would rise");
    }
    @Test
    void coordinatedVerbsShareTheSubjectAndSplitTheContent() {
        Extracted e = Extracted.from("Even Lund, the harbour's oldest ally, said it was opposed to the toll and warned the"
                + " council to drop it.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("said", "warned");
        assertThat(e.name(1)).isEqualTo("Lund");
        assertThat(e.content(0)).isEqualTo("it was opposed to the toll");
        assertThat(e.content(1)).isEqualTo("the council to drop it");
    }

    @Test
    void relativeThatGivesTheSubject() {
        Extracted e = Extracted.from("The toll is opposed by fishermen and by several towns that support the old ferry.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("support");
        assertThat(e.name(0)).isEqualTo("several towns");
        assertThat(e.content(0)).isEqualTo("the old ferry");
    }

    @Test
    void titleCaseHeadlineIsReadAsASentence() {
        String text = "Harbour Pilots Say Channel Will Silt Up\n\nThe pilots say the channel will silt up.\n";
        List<Attribution> all = new AttributionExtractor(Lexicon.bundled()).extract(text,
                new ArticleSplitter().split(new ParsedArticle("Harbour Pilots Say Channel Will Silt Up", text, "t"))
                        .sentences());
        Attribution headline = all.get(0);
        assertThat(headline.speaker().mention()).isEqualTo("Harbour Pilots");
        assertThat(headline.cue()).isEqualTo("Say");
        assertThat(headline.content(text)).isEqualTo("Channel Will Silt Up");
    }
    @Test
    void aRoleGivenOnceIsCarriedToTheSpeakersOtherAttributions() {
        Extracted e = Extracted.from("Mayor Ilse Berg said the pier was safe. Berg later denied that the "
                + "cranes were old. She added that repairs would start soon. Tom Vik, a fisherman, said he was "
                + "worried.");
        assertThat(e.all).extracting(a -> a.speaker().name() + "/" + a.speaker().role()).containsExactly(
                "Ilse Berg/Mayor", "Ilse Berg/Mayor", "Ilse Berg/Mayor",
                "Tom Vik/fisherman");
    }

    @Test
    void stanceVerbWithAPrepositionReportsItsObject() {
        Extracted e = Extracted.from("Okafor spoke about the new toll at length.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("spoke");
        assertThat(e.content(0)).isEqualTo("the new toll at length");
    }

    @Test
    void writerAndThingsSpeakAsWritten() {
        Extracted e = Extracted.from("The council sent a letter. It says the pier must close. I think the letter is wrong.");
        assertThat(e.all).extracting(a -> a.speaker().name()).containsExactly("It", "I");
        assertThat(e.content(0)).isEqualTo("the pier must close");
        assertThat(e.content(1)).isEqualTo("the letter is wrong");
    }
    @Test
    void signedQuotationsOnSuccessiveLinesEachRunBackToTheirOwnOpeningMark() {
        Extracted e = Extracted.from("“The toll is unfair. Drop it.”― Ana Ruiz\u00a0\n“We want the ferry back.” ― Bo Chen\n"
                + "“Ask us first.”― Cy Lund.");
        assertThat(e.all).extracting(a -> a.speaker().name()).containsExactly("Ana Ruiz", "Bo Chen", "Cy Lund");
        assertThat(e.content(0)).isEqualTo("“The toll is unfair. Drop it.”");
        assertThat(e.content(1)).isEqualTo("“We want the ferry back.”");
        assertThat(e.content(2)).isEqualTo("“Ask us first.”");
    }
    @Test
    void reportInsideAnotherReportIsPartOfItsContent() {
        Extracted e = Extracted.from("Berg said the captain refused to sail and the crew feared a storm.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("said");
        assertThat(e.content(0)).isEqualTo("the captain refused to sail and the crew feared a storm");
    }

    @Test
    void quotationInsideAnotherReportKeepsItsSpeaker() {
        Extracted e = Extracted.from("The paper reported that Okafor said “the pier stays shut.”");
        assertThat(e.all).extracting(a -> a.speaker().name()).containsExactly("The paper", "Okafor");
        assertThat(e.content(1)).isEqualTo("“the pier stays shut.”");
    }

    @Test
    void timePhraseBetweenSubjectAndVerb() {
        Extracted e = Extracted.from("Okafor in 2019 said the pier was safe.");
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.content(0)).isEqualTo("the pier was safe");
    }

    @Test
    void laterReportAfterADashEndsTheEarlierContent() {
        Extracted e = Extracted.from("Lund said the toll was unfair -- and Okafor noted that fares had doubled.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("said", "noted");
        assertThat(e.content(0)).isEqualTo("the toll was unfair");
        assertThat(e.content(1)).isEqualTo("that fares had doubled");
    }

    @Test
    void openingPhraseWithATitleInQuotesIsNotTheContent() {
        Extracted e = Extracted.from("On the radio program “Harbour Talk,” Okafor said the pier would reopen.");
        assertThat(e.content(0)).isEqualTo("the pier would reopen");
    }
    @Test
    void possessorsIntentionTakesItsInfinitive() {
        Extracted e = Extracted.from("Fishermen gathered after the council's latest decision to close the pier.");
        Attribution decision = e.all.stream().filter(a -> "decision".equals(a.cue())).findFirst().orElseThrow();
        assertThat(decision.speaker().name()).isEqualTo("the council");
        assertThat(decision.content(e.text)).isEqualTo("to close the pier");
    }

    @Test
    void possessivePronounIsResolvedLikeASubject() {
        Extracted e = Extracted.from("Mayor Ines Wolde spoke on Monday. Her plan to close the pier, she said, was final.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("plan", "said");
        assertThat(e.name(0)).isEqualTo("Ines Wolde");
        assertThat(e.content(0)).isEqualTo("to close the pier");
    }
    @Test
    void passiveWithItsAgentReportsItsSubject() {
        Extracted e = Extracted.from("The toll plan was endorsed by the union on Friday.");
        assertThat(e.name(0)).isEqualTo("the union");
        assertThat(e.mention(0)).isEqualTo("the union");
        assertThat(e.content(0)).isEqualTo("The toll plan");
    }
    @Test
    void aTrailingParticipleEndsTheContentEvenAfterANestedReport() {
        Extracted e = Extracted.from("Lund said he doubted the toll would pass, arguing that fares were already high.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("said", "arguing");
        assertThat(e.content(0)).isEqualTo("he doubted the toll would pass");
    }

    @Test
    void coordinatedSubjectWhoseFirstHalfSpeaks() {
        Extracted e = Extracted.from("Experts on harbours and coastal engineering said the pier would hold.");
        assertThat(e.mention(0)).isEqualTo("Experts on harbours and coastal engineering");
        assertThat(e.content(0)).isEqualTo("the pier would hold");
    }
    @Test
    void participleAfterAQuotationAndItsCueReportsWhatFollowsIt() {
        Extracted e = Extracted.from("“We tried. The money ran out,” Berg said, suggesting a new toll for the pier.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("said", "suggesting");
        assertThat(e.name(1)).isEqualTo("Berg");
        assertThat(e.content(0)).isEqualTo("“We tried. The money ran out,”");
        assertThat(e.content(1)).isEqualTo("a new toll for the pier");
    }
    @Test
    void verbThatOnlyFramesTheCueKeepsItsSubject() {
        Extracted e = Extracted.from("Okafor appeared to suggest that the pier was unsafe. Lund went on to praise the"
                + " harbour board.");
        assertThat(e.all).extracting(Attribution::cue).containsExactly("suggest", "praise");
        assertThat(e.all).extracting(a -> a.speaker().name()).containsExactly("Okafor", "Lund");
        assertThat(e.content(0)).isEqualTo("that the pier was unsafe");
        assertThat(e.content(1)).isEqualTo("the harbour board");
    }
    @Test
    void theNextQuotedSentenceContinuesTheQuotationNotALaterStance() {
        Extracted e = Extracted.from("“The pier is old,” said Ana Ruiz, a diver who has long opposed the toll. “It will not"
                + " last another winter.”");
        Attribution ruiz = e.all.get(0);
        assertThat(ruiz.speaker().name()).isEqualTo("Ana Ruiz");
        assertThat(ruiz.content(e.text)).startsWith("“The pier is old,”").endsWith("“It will not last another winter.”");
    }
}

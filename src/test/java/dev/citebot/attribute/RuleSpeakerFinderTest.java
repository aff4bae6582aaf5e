package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule at a time, on sentences written for these tests. Every found mention's offsets are checked. */
class RuleSpeakerFinderTest {

    private final Sentences sentences = new Sentences(new RuleSpeakerFinder(Lexicon.bundled()));

    private Speaker speakerOf(String sentence) {
        return sentences.speakerOf(sentence).orElseThrow(() -> new AssertionError("no speaker: " + sentence));
    }

    private Speaker speakerIn(String article, String sentence) {
        return sentences.speakerIn(article, sentence).orElseThrow(() -> new AssertionError("no speaker: " + sentence));
    }

    @Nested
    class SubjectBeforeTheVerb {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Maria Lopez said the bridge would reopen in May.            | Maria Lopez          | Maria Lopez
                The mayor has warned that the budget is short.              | The mayor            | The mayor
                Officials had also suggested that the vote be delayed.      | Officials            | Officials
                A senior official insisted the talks were on track.         | A senior official    | A senior official
                The Daily Courier reported that the mill would close.       | The Daily Courier    | The Daily Courier
                Norway has accused its neighbour of overfishing.            | Norway               | Norway
                Later, the spokesman added that nobody was hurt.            | the spokesman        | the spokesman
                Police said the road had been cleared by noon.              | Police               | Police
                Cruz has long argued that the rule is unfair.               | Cruz                 | Cruz
                Witnesses outside the station said the train never stopped. | Witnesses outside the station | Witnesses outside the station
                """)
        void nounPhraseBeforeAReportingVerbWithAuxiliaries(String sentence, String mention, String name) {
            Speaker s = speakerOf(sentence);
            assertThat(s.mention()).isEqualTo(mention);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.role()).isNull();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                UK prime minister Keir Starmer said the offer stands.          | Keir Starmer     | UK prime minister
                French President Emmanuel Macron warned of delays.             | Emmanuel Macron  | French President
                Secretary of State Hillary Clinton said the talks would resume. | Hillary Clinton | Secretary of State
                Senator Ruth Hale (D-Ore.) said the bill was dead.             | Ruth Hale        | Senator
                Harbour spokeswoman Ida Krog told reporters the pier was safe. | Ida Krog         | Harbour spokeswoman
                """)
        void titleBeforeTheNameIsTheRole(String sentence, String name, String role) {
            Speaker s = speakerOf(sentence);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.role()).isEqualTo(role);
            assertThat(s.mention()).startsWith(role).endsWith(name);
        }

        @Test
        void institutionNameIsNotSplitAtItsTitleWords() {
            Speaker s = speakerOf("Walrus Police Department said the suspect had fled.");
            assertThat(s.name()).isEqualTo("Walrus Police Department");
            assertThat(s.role()).isNull();
        }

        @Test
        void nameSetOffByARelativeClause() {
            Speaker s = speakerOf("Ines Moreau, who chairs the committee, said the vote was fair.");
            assertThat(s.name()).isEqualTo("Ines Moreau");
        }

        @Test
        void appositionAfterTheNameIsTheRole() {
            Speaker s = speakerOf("Anna Berg, a city treasurer, said the accounts were balanced.");
            assertThat(s.name()).isEqualTo("Anna Berg");
            assertThat(s.role()).isEqualTo("city treasurer");
        }

        @Test
        void appositionAfterACourtesyTitleIsTheRole() {
            Speaker s = speakerOf("Dr. Ruth Ambler, the district's chief medical officer, said the clinic would open.");
            assertThat(s.name()).isEqualTo("Ruth Ambler");
            assertThat(s.role()).isEqualTo("district's chief medical officer");
        }

        @Test
        void indefiniteRoleBeforeANameInApposition() {
            Speaker s = speakerOf("A Salvation Army organiser, Piet Maas, said the beds were full.");
            assertThat(s.name()).isEqualTo("Piet Maas");
            assertThat(s.role()).isEqualTo("Salvation Army organiser");
        }

        @Test
        void aDescribedServiceSpeaks() {
            Speaker s = speakerOf("The regional ferry service said it would station a spare boat in the harbour each night.");
            assertThat(s.name()).isEqualTo("The regional ferry service");
        }

        @Test
        void nameInApposition_toARole_isTheSpeaker() {
            Speaker s = speakerOf("The town's chief engineer, Ole Brun, said the pier was safe.");
            assertThat(s.name()).isEqualTo("Ole Brun");
            assertThat(s.role()).isEqualTo("town's chief engineer");
        }

        @Test
        void leftmostSubjectBeforeSeveralAsides() {
            Speaker s = speakerOf("Rosa Diaz, 61, of Ashton, Md., who watched from the shore, said the boat capsized.");
            assertThat(s.name()).isEqualTo("Rosa Diaz");
        }

        @Test
        void secondVerbOfACoordinationSpeaksForTheFirstSubject() {
            Speaker s = speakerOf("Dahl thanked the workers and said the project came in under budget.");
            assertThat(s.name()).isEqualTo("Dahl");
        }

        @Test
        void nameInAppositionSpeaksForTheSecondVerbOfACoordination() {
            Speaker s = speakerOf("The harbour's new director, Lena Holm, toured the docks and promised that "
                    + "the cranes would be replaced.");
            assertThat(s.name()).isEqualTo("Lena Holm");
            assertThat(s.role()).isEqualTo("harbour's new director");
        }

        @Test
        void datelineIsNotTheSpeaker() {
            Speaker s = speakerOf("OSLO -- Prime Minister Kari Dahl, opening the bridge on Saturday, said it would last.");
            assertThat(s.name()).isEqualTo("Kari Dahl");
            assertThat(s.role()).isEqualTo("Prime Minister");
        }
    }

    @Nested
    class AfterAQuotation {

        @Test
        void invertedNameWithApposition() {
            Speaker s = speakerOf("“We are not done yet,” said John Smith, a night-shift detective with the county police.");
            assertThat(s.mention()).isEqualTo("John Smith");
            assertThat(s.role()).isEqualTo("night-shift detective with the county police");
        }

        @Test
        void anyNounPhraseAttachedToTheQuotation() {
            Speaker s = speakerOf("“Think before you act,” the juggler said.");
            assertThat(s.mention()).isEqualTo("the juggler");
            assertThat(s.name()).isEqualTo("the juggler");
        }

        @Test
        void definiteDescriptionResolvedThroughAnEarlierApposition() {
            String article = "Marc Garnier, a clown from Lyon, was fined. “Think before you act,” the clown said.";
            Speaker s = speakerIn(article, "“Think before you act,” the clown said.");
            assertThat(s.mention()).isEqualTo("the clown");
            assertThat(s.name()).isEqualTo("Marc Garnier");
            assertThat(s.role()).isEqualTo("clown");
        }

        @Test
        void aDescriptionStandsForTheNearestEarlierApposition() {
            String article = "Marc Garnier, a clown from Lyon, was fined. “Think first,” the clown said. "
                    + "Ines Duval, a clown from Nantes, was not. “Laugh more,” the clown said.";
            assertThat(speakerIn(article, "“Think first,” the clown said.").name()).isEqualTo("Marc Garnier");
            assertThat(speakerIn(article, "“Laugh more,” the clown said.").name()).isEqualTo("Ines Duval");
        }

        @Test
        void invertedPresentTense() {
            assertThat(speakerOf("“It was the right call,” insists Ada Crane.").name()).isEqualTo("Ada Crane");
        }

        @Test
        void straightAndDoubledApostropheQuotationMarks() {
            assertThat(speakerOf("''We will see,'' said Dahl.").name()).isEqualTo("Dahl");
            assertThat(speakerOf("\"I said no,\" Dahl told reporters.").mention()).isEqualTo("Dahl");
        }

        @Test
        void verbAttachedToTheQuotationWinsOverAnEarlierOne() {
            Speaker s = speakerOf("As Lund noted last week, the harbour is full, “but we will build more berths,” Dahl said.");
            assertThat(s.name()).isEqualTo("Dahl");
        }

        @Test
        void addresseeAfterToldIsNotTheSpeaker() {
            assertThat(sentences.speakerOf("“Go home,” told the guards.")).isEmpty();
        }
    }

    @Nested
    class OtherConstructions {

        @Test
        void aVerbInEdAfterANameIsNoPartOfTheSpeaker() {
            String article = "Ann Lee leads the union. Ms. Lee called that promise “worthless without a signature.”";
            assertThat(speakerIn(article, "Ms. Lee called that promise “worthless without a signature.”").name())
                    .isEqualTo("Ann Lee");
            String reports = "Tom Hart read the surveys. Mr. Hart scrutinized reports like the annual survey, which "
                    + "tied fares to fuel prices.";
            assertThat(sentences.speakerIn(reports, "Mr. Hart scrutinized reports like the annual survey, which "
                    + "tied fares to fuel prices.")).as("\"reports\" is no verb here").isEmpty();
        }

        @Test
        void agentOfAPassive() {
            Speaker s = speakerOf("The warning was repeated by Interior Minister Olav Lund on Monday.");
            assertThat(s.name()).isEqualTo("Olav Lund");
            assertThat(s.role()).isEqualTo("Interior Minister");
        }

        @Test
        void accordingTo() {
            Speaker s = speakerOf("The ferry will run twice a day, according to a spokeswoman for the port authority.");
            assertThat(s.mention()).isEqualTo("a spokeswoman for the port authority");
            assertThat(speakerOf("Rents doubled, according to Marta Ruiz.").name()).isEqualTo("Marta Ruiz");
        }

        @Test
        void possessiveAttributionNoun() {
            assertThat(speakerOf("Nilsen's warning that the dam could fail went unheeded.").name()).isEqualTo("Nilsen");
        }

        @Test
        void inAStatement() {
            Speaker s = speakerOf("In a statement on Friday, the union condemned the closure.");
            assertThat(s.mention()).isEqualTo("the union");
        }

        @Test
        void participleAfterACommaSpeaksForTheMainSubject() {
            assertThat(speakerOf("Denmark rejected the proposal, arguing that it would raise prices.").name())
                    .isEqualTo("Denmark");
            assertThat(speakerOf("The Harbour Gazette has published a report indicating that rents doubled.").name())
                    .isEqualTo("The Harbour Gazette");
        }

        @Test
        void participleAfterAName() {
            assertThat(speakerOf("The video ends with footage of Lund saying he will run again.").name())
                    .isEqualTo("Lund");
        }

        @Test
        void documentRelaysANamedSpeakerInItsContent() {
            Speaker s = speakerOf("The report notes that the harbour authority had previously warned of delays.");
            assertThat(s.mention()).isEqualTo("the harbour authority");
        }

        @Test
        void documentSpeaksWhenItsContentHasNoNamedSpeaker() {
            assertThat(speakerOf("The report claims the harbour is full.").mention()).isEqualTo("The report");
            assertThat(speakerOf("The statement noted they had promised action.").mention()).isEqualTo("The statement");
        }
    }

    @Nested
    class Pronouns {

        @Test
        void resolvedToTheNameInThePreviousSentence() {
            String article = "Elena Varga runs the bakery on Mill Street. “Flour prices doubled this year,” she said.";
            Speaker s = speakerIn(article, "“Flour prices doubled this year,” she said.");
            assertThat(s.mention()).isEqualTo("she");
            assertThat(s.name()).isEqualTo("Elena Varga");
        }

        @Test
        void aBodyWhoseTitleFollowsInThePossessiveIsPassedOver() {
            String article = "Halvex's chief executive, Ida Brandt, apologised to customers in a video. "
                    + "\"We let you down,\" he said.";
            assertThat(speakerIn(article, "\"We let you down,\" he said.").name()).isEqualTo("Ida Brandt");
        }

        @Test
        void namesInsideQuotationsAreSkipped() {
            String article = "Tom Reed spoke first. “Ask Anna Berg about it,” he said.";
            assertThat(speakerIn(article, "“Ask Anna Berg about it,” he said.").name()).isEqualTo("Tom Reed");
        }

        @Test
        void placesAfterPrepositionsAreSkipped() {
            String article = "Jonas Holm arrived late. The talks were held at Lake Vista. He said the storm delayed him.";
            assertThat(speakerIn(article, "He said the storm delayed him.").name()).isEqualTo("Jonas Holm");
        }

        @Test
        void earlierSpeakerWithTheirRole() {
            String article = "Kremlin spokesman Dmitry Peskov said the talks were over. He added that no date was set.";
            Speaker s = speakerIn(article, "He added that no date was set.");
            assertThat(s.name()).isEqualTo("Dmitry Peskov");
            assertThat(s.role()).isEqualTo("Kremlin spokesman");
            assertThat(s.mention()).isEqualTo("He");
        }

        @Test
        void pluralPronounResolvedToPluralSpeakers() {
            String article = "Farmers in the valley said the drought was severe. They added that wells had run dry.";
            assertThat(speakerIn(article, "They added that wells had run dry.").name()).isEqualTo("Farmers in the valley");
        }

        @Test
        void singularPronounDoesNotResolveToPluralSpeakers() {
            String article = "Officials said the road would close. He added that it would reopen in June.";
            assertThat(sentences.speakerIn(article, "He added that it would reopen in June.")).isEmpty();
        }

        @Test
        void heIsNotAWomanTheArticleCallsShe() {
            String article = "Ann Lee said she would cut the fares. Later Ann Lee said she would stay on. "
                    + "Ann Lee met Tom Hart on the pier. “The fares are too high,” he said.";
            assertThat(speakerIn(article, "“The fares are too high,” he said.").name()).isEqualTo("Tom Hart");
            String titled = "Mrs. Lee runs the ferry. Lee met Tom Hart on the pier. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(titled, "“The fares are too high,” he said.").name()).isEqualTo("Tom Hart");
        }

        @Test
        void heIsNotAWomanTheArticleIntroducesAsOne() {
            String article = "Tom Hart runs the ferry. His daughter, Ann Lee, met the council on the pier. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(article, "“The fares are too high,” he said.").name()).isEqualTo("Tom Hart");
        }

        @Test
        void heIsNoNameBeforeATitleItQualifies() {
            String article = "Tom Hart runs the ferry. On Monday, Democratic presidential nominee Ann Lee toured the pier. "
                    + "“The fares are too high,” she said.";
            assertThat(speakerIn(article, "“The fares are too high,” she said.").name()).isEqualTo("Ann Lee");
            String senator = "Ann Lee runs the ferry. The former U.S. senator toured the pier. "
                    + "“The fares are too high,” she said.";
            assertThat(speakerIn(senator, "“The fares are too high,” she said.").name()).isEqualTo("Ann Lee");
        }

        @Test
        void heIsNoNameWrittenAllInCapitals() {
            String article = "Tom Hart runs the ferry.\n\nQUESTIONABLE FARES — Critics doubt the new prices. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(article, "“The fares are too high,” he said.").name()).isEqualTo("Tom Hart");
        }

        @Test
        void oneSentenceOfEvidenceRulesNoOneOut() {
            String article = "Ann Lee said she would cut the fares. Ann Lee met Tom Hart on the pier. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(article, "“The fares are too high,” he said.").name()).isEqualTo("Ann Lee");
        }

        @Test
        void aWordThatOnlyOpensSentencesIsNoAntecedent() {
            String article = "Tom Hart spoke at the pier. Finally, the vote was held. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(article, "“The fares are too high,” he said.").name()).isEqualTo("Tom Hart");
            String surname = "Kerr Putney runs the police. Ann Lee spoke first. "
                    + "Putney, the chief, met the council, and he said the fares would fall.";
            assertThat(speakerIn(surname, "Putney, the chief, met the council, and he said the fares would fall.")
                    .name()).as("a surname that also stands inside a name").isEqualTo("Kerr Putney");
            String subject = "Ann Lee spoke first. Okafor looked at the crowd. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(subject, "“The fares are too high,” he said.").name())
                    .as("a surname opening its sentence as the subject").isEqualTo("Okafor");
        }

        @Test
        void heIsNoBodyBehindTheNorADocument() {
            String article = "Tom Hart spoke at the pier. The Commission announced new fares on Monday. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(article, "“The fares are too high,” he said.").name()).isEqualTo("Tom Hart");
            String document = "Tom Hart spoke at the pier. The statement said new fares would come. "
                    + "“The fares are too high,” he said.";
            assertThat(speakerIn(document, "“The fares are too high,” he said.").name()).as("nor a document")
                    .isEqualTo("Tom Hart");
        }

        @Test
        void noAntecedentMeansNoSpeaker() {
            assertThat(sentences.speakerOf("“Nothing will change,” he said.")).isEmpty();
        }
    }

    @Nested
    class CanonicalName {

        @Test
        void surnameIsNamedInFull() {
            String article = "Kremlin spokesman Dmitry Peskov spoke on Monday. Later, Peskov said the talks had stalled.";
            Speaker s = speakerIn(article, "Later, Peskov said the talks had stalled.");
            assertThat(s.name()).isEqualTo("Dmitry Peskov");
            assertThat(s.mention()).isEqualTo("Peskov");
            assertThat(s.role()).isNull();
        }

        @Test
        void ofEquallyFullNamesTheNearestBeforeWins() {
            String article = "Hillary Clinton spoke. Chelsea Clinton waved. Later, Clinton said the night went well.";
            assertThat(speakerIn(article, "Later, Clinton said the night went well.").name()).isEqualTo("Chelsea Clinton");
        }

        @Test
        void aNamesakeIntroducedAsARelativeDoesNotTakeTheSurname() {
            String article = "Former mayor Tom Lee spoke at the pier for his wife Ann Lee. "
                    + "Lee said the fares would fall.";
            assertThat(speakerIn(article, "Lee said the fares would fall.").name()).isEqualTo("Tom Lee");
            String comma = "Senator Tom Lee spoke. Critics had mocked his wife, Ann Lee, for weeks. "
                    + "Ann Lee laughed. Lee said he would stay.";
            assertThat(speakerIn(comma, "Lee said he would stay.").name())
                    .as("introduced as a relative once, always").isEqualTo("Tom Lee");
            String first = "Senator Tom Lee spoke. Critics had mocked his wife, Ann, for weeks. "
                    + "Ann Lee laughed. Lee said he would stay.";
            assertThat(speakerIn(first, "Lee said he would stay.").name()).as("her first name after the kinship word")
                    .isEqualTo("Tom Lee");
            String only = "Critics had mocked his wife, Ann Lee, for weeks. Lee said she would stay.";
            assertThat(speakerIn(only, "Lee said she would stay.").name()).as("no other form before it")
                    .isEqualTo("Ann Lee");
        }

        @Test
        void aTitleTakesNoFullFormOfTheOtherGender() {
            String lady = "The mayor toured the pier with the first lady, Ann Lee. Mr. Lee said the fares would fall.";
            assertThat(speakerIn(lady, "Mr. Lee said the fares would fall.").name()).isEqualTo("Lee");
            String husband = "Her husband, Tom Lee, runs the ferry. Mrs. Lee said the fares would fall.";
            assertThat(speakerIn(husband, "Mrs. Lee said the fares would fall.").name()).isEqualTo("Lee");
            String nearest = "Tom Lee spoke at the pier. His sister, Ann Lee, sold the tickets. "
                    + "Mr. Lee said the fares would fall.";
            assertThat(speakerIn(nearest, "Mr. Lee said the fares would fall.").name())
                    .as("the nearest form of his gender before").isEqualTo("Tom Lee");
            String unknown = "Sam Lee spoke at the pier. Mrs. Lee said the fares would fall.";
            assertThat(speakerIn(unknown, "Mrs. Lee said the fares would fall.").name())
                    .as("a form of no known gender stays").isEqualTo("Sam Lee");
        }

        @Test
        void aPartyIsNoPartOfTheName() {
            String party = "Republican Ann Lee spoke at the pier. Lee said the fares would fall.";
            assertThat(speakerIn(party, "Lee said the fares would fall.").name()).isEqualTo("Ann Lee");
        }

        @Test
        void aNicknameInAQuotationIsNoPartOfTheName() {
            String nickname = "Ann Lee spoke. Tom Hart said, \"Beating Sleepy Ann Lee was easy.\" "
                    + "Lee said the fares would fall.";
            assertThat(speakerIn(nickname, "Lee said the fares would fall.").name()).isEqualTo("Ann Lee");
        }

        @Test
        void aPrepositionOpeningTheSentenceIsNoPartOfTheName() {
            String article = "Tom Hart spoke. Unlike Hart, the board stayed quiet. Hart said the fares would fall.";
            assertThat(speakerIn(article, "Hart said the fares would fall.").name()).isEqualTo("Tom Hart");
        }

        @Test
        void aVerbOpeningTheSentenceIsNoPartOfTheName() {
            String verb = "Mayor Ann Lee spoke. Blaming Lee for the fares is easy. Lee said the fares would fall.";
            assertThat(speakerIn(verb, "Lee said the fares would fall.").name()).isEqualTo("Ann Lee");
        }

        @Test
        void aHeadlinesCapitalisedWordsAreNoPartOfTheNameUnlessTheTextWritesThem() {
            String article = "Dock Workers Rip Ann Lee Over Fares\n\nAnn Lee runs the ferry. "
                    + "Lee said the fares would fall.";
            assertThat(speakerIn(article, "Lee said the fares would fall.").name()).isEqualTo("Ann Lee");
        }

        @Test
        void organisationWithItsArticleStaysAsWritten() {
            String article = "The Sunday Times ran the story. Earlier, The Times had also suggested it was unrealistic.";
            assertThat(speakerIn(article, "Earlier, The Times had also suggested it was unrealistic.").name())
                    .isEqualTo("The Times");
        }
    }

    @Nested
    class Narration {

        @ParameterizedTest
        @ValueSource(strings = {
                "The river rose two metres overnight.",
                "It seems that several towns are unwilling to help.",
                "“Officials said nothing,” a banner read.",
                "The claims were false.",
                "Two men accused of theft appeared in court.",
                "He was told that the ferry was late.",
                "The figures were reported in the annual review.",
                "The crowd grew restless, adding to the tension.",
                "His grand plan to rebuild the pier collapsed.",
                "The three mayoral debates run 90 minutes each.",
                "The best plan to save the harbour was never tried.",
                "Rain points to a wet weekend.",
                "The committee hearing ran late into the night.",
        })
        void noSpeaker(String sentence) {
            assertThat(sentences.speakerOf(sentence)).isEmpty();
        }
    }

    /** Sources of evidence, beliefs and stances: PolNeAR counts these as attributions, and so does citebot. */
    @Nested
    class EvidenceBeliefAndStance {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "The figures suggested a decline.|The figures",
                "Reports suggest the ferry is late.|Reports",
                "Critics mocked a Donald Trump tweet about the debate.|Critics",
                "Sixty percent said the ferry was too slow.|Sixty percent",
                "Harbour pilots fear that the channel will silt up.|Harbour pilots",
                "Mayor Ines Wolde wants to close the pier at night.|Ines Wolde",
                "The union endorsed Ines Wolde on Friday.|The union",
        })
        void speaker(String sentence, String name) {
            assertThat(sentences.speakerOf(sentence)).map(Speaker::name).contains(name);
        }
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        SpeakerFinder finder = new RuleSpeakerFinder(Lexicon.bundled());
        assertThatThrownBy(() -> finder.find("Lund said so.", 5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finder.find("Lund said so.", 0, 40)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a name someone asks about fits a speaker; the names are made up. */
class SpeakerQueryTest {

    @Test
    void anHonorificAndAFamilyNameWrittenFirstFitsAsAFallback() {
        Speaker wen = speaker("Wen Liqun");
        assertThat(SpeakerQuery.match("Mr. Wen", wen)).isZero();
        assertThat(SpeakerQuery.byTitledName("Mr. Wen", wen)).isTrue();
        assertThat(SpeakerQuery.byTitledName("Dr Wen", wen)).isTrue();
        assertThat(SpeakerQuery.byTitledName("Ms. Liqun", wen)).isTrue();
    }

    @Test
    void aPluralPossessiveFitsWithOrWithoutItsApostrophe() {
        Speaker guild = speaker("The Dockers' Guild");
        assertThat(SpeakerQuery.match("the dockers guild", guild)).isEqualTo(1.0);
        assertThat(SpeakerQuery.match("the dockers’ guild", guild)).isEqualTo(1.0);
    }

    @Test
    void aBodysSpokespersonFitsWhicheverWordForThemIsAsked() {
        Speaker fair = new Speaker("Ola Fair", "Ola Fair", "spokesperson for the city's parks department", 0, 5);
        assertThat(SpeakerQuery.match("the parks spokeswoman", fair)).isEqualTo(1.0);
        assertThat(SpeakerQuery.match("the spokesman for the parks department", fair)).isEqualTo(1.0);
        assertThat(SpeakerQuery.match("the police spokeswoman", fair)).isZero();
    }

    @Test
    void oneWordFitsANameThatBeginsWithIt() {
        assertThat(SpeakerQuery.match("Pellworth", speaker("Pellworth Mills Inc."))).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("Mills", speaker("Pellworth Mills Inc."))).isZero();
        assertThat(SpeakerQuery.match("council", new Speaker("the council members", "the council members", null, 0, 5)))
                .isZero();
    }

    @Test
    void aSurnameBeforeAGenerationalSuffixFits() {
        Speaker osei = speaker("Kwame Asante Osei Jr.");
        assertThat(SpeakerQuery.match("Dr. Osei", osei)).isZero();
        assertThat(SpeakerQuery.byTitledName("Dr. Osei", osei)).isTrue();
    }

    @Test
    void onlyAnHonorificAndOneWholeWordOfTheNameFit() {
        Speaker pak = speaker("Pak Su-won");
        assertThat(SpeakerQuery.byTitledName("Pak", pak)).isFalse();
        assertThat(SpeakerQuery.byTitledName("Mr. Won", pak)).isFalse();
        assertThat(SpeakerQuery.byTitledName("Mr. Su-won", pak)).isTrue();
        assertThat(SpeakerQuery.byTitledName("Mr. Pak Su", pak)).isFalse();
        assertThat(SpeakerQuery.byTitledName("Mrs. Park", pak)).isFalse();
        assertThat(SpeakerQuery.byTitledName("Mr. Ida", speaker("Ida Brandt Okafor"))).isTrue();
        assertThat(SpeakerQuery.byTitledName("Mr. Brandt", speaker("Ida Brandt Okafor"))).isFalse();
    }

    @Test
    void aDescriptionFitsByItsLastWordOnlyWhenTheQuestionHoldsItsOtherWordsOrThatWordAlone() {
        assertThat(SpeakerQuery.match("the anonymous source", speaker("a source"))).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the senior harbour official", speaker("the harbour official"))).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the French leader", speaker("the band leader"))).isZero();
        assertThat(SpeakerQuery.match("the regulator", speaker("the aviation regulator"))).as("the head alone")
                .isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the Supreme Court", speaker("the appeals court"))).isZero();
        assertThat(SpeakerQuery.match("Brandt", speaker("Ida Brandt"))).as("a surname").isEqualTo(0.9);
    }

    @Test
    void aRoleFitsWhenItHoldsEveryWordOfTheAskedOneAndEndsAlike() {
        Speaker osei = new Speaker("Kwame Osei", "former Ruritanian harbour minister Kwame Osei",
                "former Ruritanian harbour minister", 0, 10);
        assertThat(SpeakerQuery.match("the former harbour minister", osei)).isEqualTo(1);
        assertThat(SpeakerQuery.match("the harbour minister", osei)).isEqualTo(1);
        assertThat(SpeakerQuery.match("the former finance minister", osei)).isZero();
        assertThat(SpeakerQuery.match("the Harbour Times", new Speaker("a source", "a source",
                "speaking to the Harbour Times", 0, 8))).as("whom the speaker spoke to").isZero();
        assertThat(SpeakerQuery.match("The Times", new Speaker("a source", "a source",
                "speaking to the Harbour Times", 0, 8))).as("the end of another name spoken to").isZero();
        assertThat(SpeakerQuery.match("the former minister of harbours", osei)).isZero();
        assertThat(SpeakerQuery.match("the harbour policy center", new Speaker("Ann Lee", "Ann Lee",
                "an economist at the Harbour Board's policy center", 0, 7))).as("a post at a place").isZero();
    }

    @Test
    void theBossOfABodyIsTheOneWhoseRoleHeadsIt() {
        Speaker ceo = new Speaker("Ida Brandt", "Ida Brandt", "Halvex's chief executive", 0, 10);
        assertThat(SpeakerQuery.match("the boss of Halvex", ceo)).isEqualTo(1);
        assertThat(SpeakerQuery.match("Halvex's boss", ceo)).isEqualTo(1);
        assertThat(SpeakerQuery.match("the head of the water agency", new Speaker("Ole Vik", "Ole Vik",
                "director of the water agency", 0, 7))).isEqualTo(1);
        assertThat(SpeakerQuery.match("the boss of Norbank", ceo)).as("another body").isZero();
        assertThat(SpeakerQuery.match("the boss of Halvex", new Speaker("Tom Lee", "Tom Lee", "Halvex engineer",
                0, 7))).as("no title that heads").isZero();
    }

    @Test
    void aPossessiveAsksForTheOneWhoseRoleIsWhatItPossesses() {
        Speaker lawyer = new Speaker("Ruth Amir", "Ruth Amir", "lawyer", 0, 9);
        assertThat(SpeakerQuery.match("Holm's lawyer", lawyer)).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("Holm's doctor", lawyer)).isZero();
        assertThat(SpeakerQuery.match("Holm's lawyer", new Speaker("Ruth Amir", "Ruth Amir", "Berg family lawyer",
                0, 9))).as("a role that names another client").isZero();
    }

    @Test
    void aDescriptionFitsWithoutItsWordOfReach() {
        Speaker service = new Speaker("The regional ferry service", "The regional ferry service", null, 0, 26);
        assertThat(SpeakerQuery.match("the ferry service", service)).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the bus service", service)).isZero();
    }

    @Test
    void aPossessiveFitsARoleThatNamesItsOwnerAfterIt() {
        Speaker spokeswoman = new Speaker("Lea Dorn", "Lea Dorn", "spokeswoman for the port authority", 0, 8);
        assertThat(SpeakerQuery.match("the port authority's spokeswoman", spokeswoman)).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the union's spokeswoman", spokeswoman)).isZero();
        assertThat(SpeakerQuery.match("the port authority's lawyer", spokeswoman)).isZero();
    }

    @Test
    void aSurnameWithAnotherFirstNameIsAnotherPerson() {
        assertThat(SpeakerQuery.match("Ann Brandt", speaker("Ida Brandt"))).isZero();
        assertThat(SpeakerQuery.match("Ida Brandt", speaker("Brandt"))).as("the surname alone").isEqualTo(0.9);
        assertThat(SpeakerQuery.match("Mayor Brandt", speaker("Ida Brandt"))).as("an office").isEqualTo(0.9);
        assertThat(SpeakerQuery.match("Harbour Mayor Ida Brandt", speaker("Ida Brandt"))).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the Morning Ledger", speaker("the Evening Ledger"))).isZero();
    }

    @Test
    void aBodyFitsItsSpokespersonLessWellThanAFullName() {
        Speaker harbour = new Speaker("Ida Brandt", "Ida Brandt", "Harbour Board spokeswoman", 0, 10);
        assertThat(SpeakerQuery.match("the Harbour Board", harbour)).isEqualTo(0.9);
        assertThat(SpeakerQuery.match("Ida Brandt", harbour)).isEqualTo(1);
        assertThat(SpeakerQuery.match("the Harbour", harbour)).as("not a body's spokesperson").isZero();
        assertThat(SpeakerQuery.match("the harbour board guy", harbour)).as("said casually").isEqualTo(0.9);
        assertThat(SpeakerQuery.match("the harbour guy", harbour)).isZero();
        assertThat(SpeakerQuery.match("the Board", new Speaker("Ida Brandt", "Ida Brandt", "Harbour Board chair", 0,
                10))).as("a chair is not a spokesperson").isZero();
    }

    private static Speaker speaker(String name) {
        return new Speaker(name, name, null, 0, name.length());
    }

    @Test
    void aPostAskedBeforeItsBodyFitsTheRoleThatNamesTheBodyAfterIt() {
        Speaker tully = new Speaker("Maureen Tully", "Maureen Tully", "chair of the Merrow Cove Board of Selectmen", 0,
                5);
        assertThat(SpeakerQuery.match("the board chair", tully)).isEqualTo(1.0);
        assertThat(SpeakerQuery.match("the selectmen chair", tully)).isEqualTo(1.0);
        assertThat(SpeakerQuery.match("the union chair", tully)).isZero();
        assertThat(SpeakerQuery.match("the board president", tully)).isZero();
    }

    @Test
    void aPostAskedByItsNounFitsARelativeClauseOfItsVerb() {
        Speaker ferraro = new Speaker("Lucia Ferraro", "Lucia Ferraro", "who owns Ferraro's Trattoria on Dock Street",
                0, 13);
        assertThat(SpeakerQuery.match("the trattoria owner", ferraro)).isEqualTo(1.0);
        assertThat(SpeakerQuery.match("the trattoria manager", ferraro)).isZero();
        assertThat(SpeakerQuery.match("the bakery owner", ferraro)).isZero();
    }
}

package dev.citebot.attribute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaker names that the rules must read whole: titles, party tags, and names of bodies that hold "and". */
class SpeakerNameRulesTest {

    @Test
    void delegateTitleBeforeANameIsATitleNotTheName() {
        Extracted e = Extracted.from("“This is a farce,” said Del. Mary Jones of Guam.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Mary Jones");
    }

    @Test
    void aPartyAndStateTagAfterANameIsNotTheSpeaker() {
        Extracted e = Extracted.from("Few backers remain, such as Sen. Tom Baker, R-Ohio, now saying that the bill "
                + "should change.");
        assertThat(e.all).isNotEmpty();
        assertThat(e.name(0)).isEqualTo("Tom Baker");
    }

    @Test
    void aBodyWhoseNameHoldsAndIsNamedWhole() {
        Extracted e = Extracted.from("In 2015, research conducted by the Center for Port and Harbor Studies found "
                + "that most ferries ran late.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("the Center for Port and Harbor Studies");
    }

    @Test
    void laudingIsAStanceOnWhatIsLauded() {
        Extracted e = Extracted.from("In March, Gov. Ann Smith of Ohio lauded the mayor in her annual address for "
                + "bringing \"fresh and bold thinking.\"");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Ann Smith");
    }

    @Test
    void aColonAfterTheCueIntroducesTheNextSentence() {
        Extracted e = Extracted.from("The Harbor Review reports: \"In a sign of weak demand, just 20 percent of the "
                + "tickets were sold. Last year it was 40 percent.\"");
        assertThat(e.all).isNotEmpty();
        assertThat(e.name(0)).isEqualTo("The Harbor Review");
        assertThat(e.content(0)).contains("just 20 percent");
    }

    @Test
    void itStandsForTheBodyNamedJustBefore() {
        Extracted e = Extracted.from("The Port Authority met on Friday. It said that fares would rise in May.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("The Port Authority");
        assertThat(e.mention(0)).isEqualTo("It");
    }

    @Test
    void itAfterAPersonIsLeftAsWritten() {
        Extracted e = Extracted.from("Mayor Lena Okafor spoke on Friday. It said that fares would rise in May.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("It");
    }

    @Test
    void identifyingIsAStanceOnItsObject() {
        Extracted e = Extracted.from("Sen. John Reed (Ore.), who lost the primary, identified cost as the main "
                + "reason for the delay.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("John Reed");
        assertThat(e.content(0)).startsWith("cost as the main reason");
    }

    @Test
    void talkingToSomeoneAboutSomethingIsAStanceOnIt() {
        Extracted e = Extracted.from("Critic Laura Bell talks to Reyes about the cost of the new pier in the film.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Laura Bell");
        assertThat(e.content(0)).startsWith("the cost of the new pier");
    }

    @Test
    void confrontingIsAStanceOnWhomItConfronts() {
        Extracted e = Extracted.from("Later, the reporter Ana Silva confronted the mayor with his earlier remarks.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Ana Silva");
    }

    @Test
    void aSurnamesLowerCaseParticleBelongsToTheName() {
        Extracted e = Extracted.from("Mayor Anna van Dijk opened the pier on Monday. \"It took nine years,\" "
                + "van Dijk said. Van Dijk added that the city would pay for repairs.");
        assertThat(e.all).hasSize(2);
        assertThat(e.name(0)).isEqualTo("Anna van Dijk");
        assertThat(e.name(1)).isEqualTo("Anna van Dijk");
    }

    @Test
    void aParticleAfterTheSpeakingVerbStartsTheName() {
        Extracted e = Extracted.from("\"We will not leave,\" said Karim bin Saleh, the harbour master.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Karim bin Saleh");
    }

    @Test
    void aNumberWrittenWithASlashIsAModifierNotTheSpeaker() {
        Extracted e = Extracted.from("\"We are still waiting,\" said 24/7 nurse Ellen Marsh.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Ellen Marsh");
        assertThat(e.role(0)).isEqualTo("24/7 nurse");
    }

    @Test
    void aTitleBeforeACapitalisedParticleStaysATitle() {
        Extracted e = Extracted.from("Lena Van Horn runs the clinic. \"It is full,\" Ms. Van Horn said.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Lena Van Horn");
    }

    @Test
    void figuresReleasedByABodyAreThatBodysWord() {
        Extracted e = Extracted.from("The routes carry about 900 riders a night, according to fare figures released "
                + "by the transit agency.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("the transit agency");
        assertThat(e.content(0)).contains("900 riders a night");
    }

    @Test
    void anArticleDoesNotHeadAPluralSpeaker() {
        Extracted e = Extracted.from("The council closed the pool on Sundays, a change city leaders said was "
                + "overdue.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("city leaders");
    }

    @Test
    void aPluralAfterAParticipleIsItsObjectNotTheSpeaker() {
        Extracted e = Extracted.from("A union representing bus drivers endorsed the mayor on Friday.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("A union representing bus drivers");
    }

    @Test
    void aTitledAppositionIsTheRole() {
        Extracted e = Extracted.from("Maureen Tully, chair of the harbour board, said the vote would wait.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Maureen Tully");
        assertThat(e.role(0)).isEqualTo("chair of the harbour board");
    }

    @Test
    void anAppositionAfterAnAge() {
        Extracted e = Extracted.from("Gus Pereira, 72, a retired harbour master, said the town was shrinking.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Gus Pereira");
        assertThat(e.role(0)).isEqualTo("retired harbour master");
    }

    @Test
    void aTitledAppositionAfterTheSpeakingVerb() {
        Extracted e = Extracted.from("\"We are tired,\" said Teresa Vance, president of the drivers union, outside "
                + "the depot.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Teresa Vance");
        assertThat(e.role(0)).isEqualTo("president of the drivers union");
    }

    @Test
    void aRelativeClauseOfWhatSomeoneOwnsOrRunsIsTheRole() {
        Extracted e = Extracted.from("Lucia Ferraro, 47, who owns Ferraro's Trattoria on Dock Street and has run it "
                + "for 16 years, said she was paying a hauler.", "\"We lose tables,\" said Tom Peltier, who runs the "
                + "Riverbend Inn.");
        assertThat(e.all).hasSize(2);
        assertThat(e.role(0)).isEqualTo("who owns Ferraro's Trattoria on Dock Street");
        assertThat(e.role(1)).isEqualTo("who runs the Riverbend Inn");
    }
}

package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionAnalyzerTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @Test
    void onlyAWhoQuestionWithAReportingVerbAsksWhoSaidIt() {
        assertThat(QuestionAnalyzer.asksWhoSaid("Who warned that the bridge could close?")).isTrue();
        assertThat(QuestionAnalyzer.asksWhoSaid("Which paper reported the strike?")).isTrue();
        assertThat(QuestionAnalyzer.asksWhoSaid("Who will open the bridge?")).isFalse();
        assertThat(QuestionAnalyzer.asksWhoSaid("Who is Lena Ortiz?")).isFalse();
    }

    @Test
    void whatDidSomeoneSayNamesTheSubject() {
        QuestionAnalysis q = analyzer.analyze("What did Jane Roe warn about?");

        assertThat(q.type()).isEqualTo(QuestionType.WHAT_SAID);
        assertThat(q.subject()).contains("Jane Roe");
        assertThat(q.entities()).containsExactly("Jane Roe");
        assertThat(q.terms()).containsExactly("warn");
    }

    @Test
    void whatSomeoneIsSayingAsksForTheirWords() {
        QuestionAnalysis q = analyzer.analyze("what is the ferry captain saying about the storm");

        assertThat(q.type()).isEqualTo(QuestionType.WHAT_SAID);
        assertThat(q.terms()).contains("storm").doesNotContain("say");
    }

    @Test
    void aReflexiveAfterTheSubjectIsNoPartOfIt() {
        assertThat(analyzer.analyze("What did the dockers themselves say about the strike?").subject())
                .contains("the dockers");
    }

    @Test
    void aQuestionPutAsARequestOrTerselyIsReadAsWhatDidTheySay() {
        for (String q : new String[]{"could you tell me what Jane Roe said?", "jane roe quotes",
                "Jane Roe's remarks"}) {
            QuestionAnalysis analysis = analyzer.analyze(q);

            assertThat(analysis.type()).as(q).isEqualTo(QuestionType.WHAT_SAID);
            assertThat(analysis.subject()).as(q)
                    .hasValueSatisfying(s -> assertThat(s).isEqualToIgnoringCase("Jane Roe"));
        }
    }

    @Test
    void askingWhetherSomeoneSpokeOrMadeAStatementNamesTheSubject() {
        for (String q : new String[]{"Has Jane Roe made any statement?", "Did Jane Roe issue a public statement?",
                "Has Jane Roe spoken about the harbour?", "Did Jane Roe talk about the bridge?",
                "Did Jane Roe react to the toll plan?"}) {
            QuestionAnalysis analysis = analyzer.analyze(q);

            assertThat(analysis.type()).as(q).isEqualTo(QuestionType.WHAT_SAID);
            assertThat(analysis.subject()).as(q).contains("Jane Roe");
        }
        assertThat(analyzer.analyze("Has Jane Roe made any progress?").subject()).isEmpty();
    }

    @Test
    void theArticleItselfIsNoSpeaker() {
        QuestionAnalysis q = analyzer.analyze("How does the article describe the mood at the harbour?");

        assertThat(q.subject()).isEmpty();
        assertThat(q.type()).isEqualTo(QuestionType.OTHER);
        assertThat(analyzer.analyze("What did the harbour master say?").subject()).hasValue("the harbour master");
    }

    @Test
    void aRoleCanBeTheSubject() {
        QuestionAnalysis q = analyzer.analyze("What did the harbour master say?");

        assertThat(q.subject()).contains("the harbour master");
        assertThat(q.entities()).isEmpty();
    }

    @Test
    void aPrepositionOpeningTheQuestionIsNoName() {
        assertThat(analyzer.analyze("Under what terms would the ferry run?").entities()).isEmpty();
        assertThat(analyzer.analyze("Despite the strike, who kept the Bergen ferry running?").entities())
                .containsExactly("Bergen");
        assertThat(analyzer.analyze("Hart said what about the fares?").entities())
                .as("a name opening the question stays").containsExactly("Hart");
    }

    @Test
    void whoSaidWithAQuotationKeepsThePhraseOutOfTheEntities() {
        QuestionAnalysis q = analyzer.analyze("Who said “The Bridge Will Open in May”?");

        assertThat(q.type()).isEqualTo(QuestionType.WHO);
        assertThat(q.quotedPhrase()).contains("The Bridge Will Open in May");
        assertThat(q.entities()).isEmpty();
        assertThat(q.subject()).isEmpty();
    }

    @Test
    void whichNewspaperReportedIsAWhoQuestion() {
        assertThat(analyzer.analyze("Which newspaper reported that the ferry was late?").type()).isEqualTo(QuestionType.WHO);
    }

    @Test
    void possessiveStanceMakesTheOwnerTheSubject() {
        QuestionAnalysis q = analyzer.analyze("What is Norway's position on the treaty?");

        assertThat(q.type()).isEqualTo(QuestionType.WHAT_SAID);
        assertThat(q.subject()).contains("Norway");
        assertThat(q.entities()).containsExactly("Norway");
    }

    @Test
    void aWorryOrAConcernIsAStanceToo() {
        assertThat(analyzer.analyze("What was Lund's worry about the bonds?").subject()).contains("Lund");
        assertThat(analyzer.analyze("What are the union's concerns?").subject()).contains("the union");
    }

    @Test
    void aDescribedOwnerOfAStanceIsTheSubjectToo() {
        QuestionAnalysis q = analyzer.analyze("what's the shipping company's position on the strike?");

        assertThat(q.type()).isEqualTo(QuestionType.WHAT_SAID);
        assertThat(q.subject()).contains("the shipping company");
    }

    @Test
    void whenAndWhyQuestionsKeepTheirTypeAndSubject() {
        QuestionAnalysis when = analyzer.analyze("When did Ann Lee say the port would close?");
        QuestionAnalysis why = analyzer.analyze("Why did The Herald think the plan was unrealistic?");

        assertThat(when.type()).isEqualTo(QuestionType.WHEN);
        assertThat(when.subject()).contains("Ann Lee");
        assertThat(why.type()).isEqualTo(QuestionType.WHY);
        assertThat(why.subject()).contains("The Herald");
        assertThat(why.entities()).containsExactly("The Herald");
    }

    @Test
    void plainQuestionsHaveNoSubject() {
        QuestionAnalysis q = analyzer.analyze("What is the population of Oslo?");

        assertThat(q.type()).isEqualTo(QuestionType.OTHER);
        assertThat(q.subject()).isEmpty();
        assertThat(q.entities()).containsExactly("Oslo");
        assertThat(q.terms()).containsExactly("popul", "oslo");
    }

    @Test
    void namesWithDotsHyphensAndAccentsAreEntitiesWhole() {
        QuestionAnalysis q = new QuestionAnalyzer().analyze("What did Maizière say about X.25 and NP-complete?");

        assertThat(q.entities()).containsExactly("Maizière", "X.25", "NP-complete");
    }

    @Test
    void noOneAndEveryoneAreNoSpeakers() {
        for (String q : new String[]{"What does no one want?", "What does nobody want?", "What did everyone say?",
                "What do people want?"}) {
            assertThat(new QuestionAnalyzer().analyze(q).subject()).as(q).isEmpty();
        }
        assertThat(new QuestionAnalyzer().analyze("What does Ann Lee want?").subject()).contains("Ann Lee");
    }
}

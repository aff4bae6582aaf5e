package dev.citebot.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class NameVariantsTest {
    private static final Function<String, Optional<String>> NO_INITIALS = acronym -> Optional.empty();

    private final NameVariants names = NameVariants.bundled();

    /** A vocabulary as {@link Mentions} judges it, from the words of a text of my own. */
    private static Predicate<String> vocabulary(String text) {
        Set<String> words = Set.copyOf(Words.words(text));
        return name -> Mentions.mentioned(name, words::contains, w -> false);
    }

    @Test
    void aCapitalTheArticleDoesNotNameIsReadAsItsCountry() {
        Predicate<String> article = vocabulary("Russia said on Tuesday that the talks in Geneva had failed.");

        assertThat(names.rewrite("What did Moscow say about the talks?", article, NO_INITIALS))
                .isEqualTo("What did Russia say about the talks?");
        assertThat(names.rewrite("Did Moscow's envoy attend?", article, NO_INITIALS))
                .as("a possessive stays").isEqualTo("Did Russia's envoy attend?");
    }

    @Test
    void aWorldWarIsReadAsTheOrdinalTheArticleWrites() {
        Predicate<String> article = vocabulary("Officials fear a third world war, as in the Second World War.");

        assertThat(names.rewrite("Who fears World War III?", article, NO_INITIALS))
                .isEqualTo("Who fears third world war?");
        assertThat(names.rewrite("What happened in WWII?", article, NO_INITIALS))
                .isEqualTo("What happened in Second World War?");
    }

    @Test
    void everydayWordsAndAnOfficeInLowerCaseAreReadAsTheArticleWritesThem() {
        Predicate<String> article = vocabulary("The UK prime minister said no one wants the government to fall.");

        assertThat(names.rewrite("what did the british pm say", article, NO_INITIALS))
                .isEqualTo("what did the UK prime minister say");
        assertThat(names.rewrite("Does nobody want the govt to fall?", article, NO_INITIALS))
                .isEqualTo("Does no one want the government to fall?");
        assertThat(names.rewrite("Does nobody want it?", vocabulary("Nobody wants it."), NO_INITIALS))
                .as("held as written").isEqualTo("Does nobody want it?");
    }

    @Test
    void aCommonAbbreviationIsReadAsTheWordsTheArticleWrites() {
        Predicate<String> article = vocabulary("The clinic will close its emergency department at night.");

        assertThat(names.rewrite("How long will the ER be shut?", article, NO_INITIALS))
                .isEqualTo("How long will the emergency department be shut?");
        assertThat(names.rewrite("why cant they keep the emergency room open", article, NO_INITIALS))
                .isEqualTo("why cant they keep the emergency department open");
        assertThat(names.rewrite("Is the ICU full?", vocabulary("The intensive care unit is full."), NO_INITIALS))
                .isEqualTo("Is the intensive care unit full?");
        assertThat(names.rewrite("What did the GP say?", vocabulary("The island's only family doctor spoke."),
                NO_INITIALS)).isEqualTo("What did the family doctor say?");
    }

    @Test
    void aPeopleAskedAboutIsItsPlaceByTheNameTheArticleHolds() {
        Predicate<String> article = vocabulary("Russia said the Kremlin would not take part.");

        assertThat(names.placeOfPeople("the Russians", article)).contains("Russia");
        assertThat(names.placeOfPeople("russians", article)).contains("Russia");
        assertThat(names.placeOfPeople("the French", vocabulary("Paris said no."))).contains("Paris");
        assertThat(names.placeOfPeople("the Russian minister", article)).isEmpty();
        assertThat(names.placeOfPeople("the Russian government", article)).contains("Russia");
        assertThat(names.placeOfPeople("Russian officials", article)).contains("Russia");
        assertThat(names.placeOfPeople("the government", article)).isEmpty();
        assertThat(names.placeOfPeople("the Kremlin", article)).as("a name, not a people").isEmpty();
        assertThat(names.placeOfPeople("the French", vocabulary("Nobody said anything."))).isEmpty();
    }

    @Test
    void aNameTheArticleHoldsIsNeverChanged() {
        Predicate<String> article = vocabulary("Moscow and Russia both appear in this text.");

        assertThat(names.rewrite("What did Moscow say?", article, NO_INITIALS)).isEqualTo("What did Moscow say?");
    }

    @Test
    void aNameNoOtherNameOfWhichTheArticleHoldsStaysForTheRefusal() {
        Predicate<String> article = vocabulary("The mayor opened a bridge over the river.");

        assertThat(names.rewrite("What did Moscow say?", article, NO_INITIALS)).isEqualTo("What did Moscow say?");
        assertThat(names.rewrite("What did Zelensky say?", article, NO_INITIALS)).isEqualTo("What did Zelensky say?");
    }

    @Test
    void aNationalityAndAnOfficeAbbreviationAreReadAsTheArticleWritesThem() {
        Predicate<String> article = vocabulary("The UK prime minister said the U.S. president would visit.");

        assertThat(names.rewrite("What did the British PM say?", article, NO_INITIALS))
                .isEqualTo("What did the UK prime minister say?");
        assertThat(names.rewrite("Who will the American president visit?", article, NO_INITIALS))
                .isEqualTo("Who will the U.S. president visit?");
    }

    @Test
    void aCompanyOfficersAbbreviationIsReadAsTheArticleWritesIt() {
        Predicate<String> article = vocabulary("Chief Information Officer Raymond Osei said the general manager "
                + "and the district attorney were told.");
        assertThat(names.rewrite("What did the CIO say?", article, NO_INITIALS))
                .isEqualTo("What did the chief information officer say?");
        assertThat(names.rewrite("What did the GM and the DA say?", article, NO_INITIALS))
                .isEqualTo("What did the general manager and the district attorney say?");
        Predicate<String> officers = vocabulary("The chief financial officer, the chief operating officer, the chief "
                + "technology officer and the state attorney general met.");
        assertThat(names.rewrite("Did the CFO, the COO, the CTO or the AG speak?", officers, NO_INITIALS))
                .isEqualTo("Did the chief financial officer, the chief operating officer, the chief technology "
                        + "officer or the attorney general speak?");
    }

    @Test
    void anAdjectiveIsReadOnlyAsAnAdjectiveOrANameInCapitals() {
        Predicate<String> britain = vocabulary("Britain sent an envoy to London.");
        Predicate<String> russian = vocabulary("A Russian envoy arrived in Paris.");

        assertThat(names.rewrite("How did British art survive?", britain, NO_INITIALS))
                .as("not 'Britain art'").isEqualTo("How did British art survive?");
        assertThat(names.rewrite("What did the Russians say?", russian, NO_INITIALS))
                .as("held: the plural of a word the article has").isEqualTo("What did the Russians say?");
        assertThat(names.rewrite("What did the Russian say?", vocabulary("Russia protested."), NO_INITIALS))
                .isEqualTo("What did the Russian say?");
    }

    @Test
    void aListLineHoldsNamesAndAfterASemicolonAdjectives() {
        NameVariants.Group group = NameVariants.group("Ruritania | RR | Strelsau ; Ruritanian | Ruritanians");

        assertThat(group.names()).containsExactly("Ruritania", "RR", "Strelsau");
        assertThat(group.adjectives()).containsExactly("Ruritanian", "Ruritanians");
        assertThat(NameVariants.group("prime minister | PM").adjectives()).isEmpty();
    }

    @Test
    void aNameInCapitalsIsOnlyReadAsSuchInCapitals() {
        Predicate<String> article = vocabulary("The United States and the prime minister agreed.");

        assertThat(names.rewrite("What did the US say?", article, NO_INITIALS))
                .isEqualTo("What did the United States say?");
        assertThat(names.rewrite("Did they tell us what the pm meant?", article, NO_INITIALS))
                .as("'us' is not 'US'; 'pm' is 'PM' in a chat")
                .isEqualTo("Did they tell us what the prime minister meant?");
        assertThat(names.rewrite("Did the pm leave at 5 pm?", article, NO_INITIALS))
                .as("but not after a number").isEqualTo("Did the prime minister leave at 5 pm?");
    }

    @Test
    void anAcronymIsReadAsTheWordsItsLettersBegin() {
        Predicate<String> article = vocabulary("The Morning Ledger reported the deal.");

        assertThat(names.rewrite("What did the ML report?", article,
                acronym -> acronym.equals("ML") ? Optional.of("Morning Ledger") : Optional.empty()))
                .isEqualTo("What did the Morning Ledger report?");
    }

    @Test
    void aWordInItsOtherEnglishSpellingIsReadAsTheArticleSpellsIt() {
        Predicate<String> article = vocabulary("The defense ministry will organize a labor conference in the center.");

        assertThat(names.rewrite("What will the defence ministry organise at the centre?", article, NO_INITIALS))
                .isEqualTo("What will the defense ministry organize at the center?");
        assertThat(names.rewrite("What about the labour conference?", article, NO_INITIALS))
                .isEqualTo("What about the labor conference?");
        assertThat(NameVariants.spelling("offence", vocabulary("no such word here")))
                .as("only a spelling the articles hold").isEmpty();
    }

    @Test
    void theSentencesClosingFullStopIsNotPartOfTheName() {
        Predicate<String> article = vocabulary("Ukraine asked for help.");

        assertThat(names.rewrite("Tell me about Kyiv.", article, NO_INITIALS)).isEqualTo("Tell me about Ukraine.");
    }

    @Test
    void theFirstHeldNameOfTheGroupIsTaken() {
        Predicate<String> article = vocabulary("Kiev’s allies met in Ukraine.");

        assertThat(names.rewrite("Who are Kyiv's allies?", article, NO_INITIALS)).isEqualTo("Who are Kiev's allies?");
    }
}

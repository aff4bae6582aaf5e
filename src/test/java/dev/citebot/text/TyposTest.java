package dev.citebot.text;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class TyposTest {
    private static final Set<String> HELD = Set.of("harbour", "master", "wexley", "ostrava", "marek", "marks", "said");
    private static final Predicate<String> HOLDS = w -> HELD.contains(w.toLowerCase());
    private static final Predicate<String> ANY = w -> true;

    @Test
    void aNameMisspeltByOneLetterIsReadAsTheHeldOne() {
        assertThat(Typos.rewrite("What did Wexlye say?", ANY, HOLDS)).isEqualTo("What did Wexley say?");
        assertThat(Typos.rewrite("what did wexly say", ANY, HOLDS)).isEqualTo("what did wexley say");
        assertThat(Typos.rewrite("Who is Ostravaa?", ANY, HOLDS)).isEqualTo("Who is Ostrava?");
        assertThat(Typos.rewrite("Who is Ostrova?", ANY, HOLDS)).isEqualTo("Who is Ostrava?");
    }

    @Test
    void shortAmbiguousHeldOrUnaskedWordsStayAsWritten() {
        assertThat(Typos.rewrite("What did Marec say?", ANY, HOLDS)).as("marek and marks? one edit: marek only")
                .isEqualTo("What did Marek say?");
        assertThat(Typos.rewrite("What did Mark say?", ANY, HOLDS)).as("under five letters")
                .isEqualTo("What did Mark say?");
        assertThat(Typos.rewrite("What did Marek say?", ANY, HOLDS)).isEqualTo("What did Marek say?");
        assertThat(Typos.rewrite("What did Wexlye say?", w -> false, HOLDS)).isEqualTo("What did Wexlye say?");
        assertThat(Typos.neighbour("Marex", w -> w.equals("marek") || w.equals("mares"))).isNull();
    }
}

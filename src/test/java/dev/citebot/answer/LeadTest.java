package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadTest {
    @Test
    void askingWhatTheArticleIsAboutAsksForItsLead() {
        for (String q : new String[]{"What is the article about?", "what's this story about", "whats the article about",
                "Summarize the article", "What does the article say?", "summary?", "Give me a summary of this article"}) {
            assertThat(Lead.asks(q)).as(q).isTrue();
        }
    }

    @Test
    void aMoreSpecificQuestionIsNoLeadQuestion() {
        for (String q : new String[]{"What does the article say about Japan?", "What is the coalition about?",
                "How does the article describe the mood?", "What is the article's source?"}) {
            assertThat(Lead.asks(q)).as(q).isFalse();
        }
    }
}

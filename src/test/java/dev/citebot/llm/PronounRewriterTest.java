package dev.citebot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PronounRewriterTest {
    private final PronounRewriter rewriter = new PronounRewriter();

    private static List<ChatMessage> after(String speaker, String title) {
        Map<String, Object> attributes = new HashMap<>();
        if (speaker != null) {
            attributes.put(Conversations.SPEAKER, speaker);
        }
        attributes.put(Conversations.ARTICLE_TITLE, title);
        return List.of(UserMessage.from("first question"),
                AiMessage.builder().text("first answer").attributes(attributes).build());
    }

    @Test
    void personalPronounsBecomeThePreviousSpeaker() {
        List<ChatMessage> history = after("Ann Lee", "Harbour Plans Stall");

        assertThat(rewriter.rewrite("What else did she say?", history)).isEqualTo("What else did Ann Lee say?");
        assertThat(rewriter.rewrite("Why did he criticise his own board?", history))
                .isEqualTo("Why did Ann Lee criticise Ann Lee’s own board?");
        assertThat(rewriter.rewrite("Who asked her about her plan?", history))
                .isEqualTo("Who asked Ann Lee about Ann Lee’s plan?");
    }

    @Test
    void itMeansTheArticleAndTheyTheSpeakerWhenThereIsOne() {
        assertThat(rewriter.rewrite("What else does it say?", after("Ann Lee", "Harbour Plans Stall")))
                .isEqualTo("What else does the article “Harbour Plans Stall” say?");
        assertThat(rewriter.rewrite("What did they decide?", after("the harbour board", "Harbour Plans Stall")))
                .isEqualTo("What did the harbour board decide?");
        assertThat(rewriter.rewrite("What did they decide?", after(null, "Harbour Plans Stall")))
                .isEqualTo("What did the article “Harbour Plans Stall” decide?");
    }

    @Test
    void leavesQuotedWordsAndQuestionsWithoutHistoryAlone() {
        assertThat(rewriter.rewrite("Who said “it is late” after he spoke?", after("Ann Lee", "T")))
                .isEqualTo("Who said “it is late” after Ann Lee spoke?");
        assertThat(rewriter.rewrite("What did he say?", List.of())).isEqualTo("What did he say?");
        assertThat(rewriter.rewrite("What did he say?", List.of(UserMessage.from("q"), AiMessage.from("a"))))
                .isEqualTo("What did he say?");
    }

    @Test
    void usesTheLatestAnswerThatHadASpeakerOrArticle() {
        List<ChatMessage> history = new java.util.ArrayList<>(after("Ann Lee", "T"));
        history.addAll(after("Bo Chen", "T"));
        history.add(UserMessage.from("refused question"));
        history.add(AiMessage.from("The articles don't say."));

        assertThat(rewriter.rewrite("And he?", history)).isEqualTo("And Bo Chen?");
    }
}

package dev.citebot.chat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class PronounRewriterTest {
    private final PronounRewriter rewriter = new PronounRewriter();

    private static List<ChatMessage> after(String speaker, long article) {
        Map<String, Object> attributes = new HashMap<>();
        if (speaker != null) {
            attributes.put(Conversations.SPEAKER, speaker);
        }
        attributes.put(Conversations.ARTICLE_ID, article);
        return List.of(UserMessage.from("first question"),
                AiMessage.builder().text("first answer").attributes(attributes).build());
    }

    @Test
    void personalPronounsBecomeThePreviousSpeaker() {
        List<ChatMessage> history = after("Ann Lee", 7);

        assertThat(rewriter.rewrite("What else did she say?", history).question()).isEqualTo("What else did Ann Lee say?");
        assertThat(rewriter.rewrite("Why did he criticise his own board?", history).question())
                .isEqualTo("Why did Ann Lee criticise Ann Lee’s own board?");
        assertThat(rewriter.rewrite("Who asked her about her plan?", history).question())
                .isEqualTo("Who asked Ann Lee about Ann Lee’s plan?");
    }

    @Test
    void itMeansTheArticleAndTheyTheSpeakerWhenThereIsOne() {
        assertThat(rewriter.rewrite("What else does it say?", after("Ann Lee", 7)))
                .isEqualTo(new FollowUp("What else does the article say?", OptionalLong.of(7)));
        assertThat(rewriter.rewrite("What did they decide?", after("the harbour board", 7)))
                .isEqualTo(FollowUp.of("What did the harbour board decide?"));
        assertThat(rewriter.rewrite("What did they decide about its pier?", after(null, 7)))
                .isEqualTo(new FollowUp("What did the article decide about the article’s pier?", OptionalLong.of(7)));
    }

    @Test
    void anItThatRefersToNothingStays() {
        assertThat(rewriter.rewrite("Is it true that he resigned?", after("Ann Lee", 7)))
                .isEqualTo(FollowUp.of("Is it true that Ann Lee resigned?"));
        assertThat(rewriter.rewrite("Was it Lee? It seems so.", after("Ann Lee", 7)).article()).isEmpty();
    }

    @Test
    void leavesQuotedWordsAndQuestionsWithoutHistoryAlone() {
        assertThat(rewriter.rewrite("Who said “it is late” after he spoke?", after("Ann Lee", 7)).question())
                .isEqualTo("Who said “it is late” after Ann Lee spoke?");
        assertThat(rewriter.rewrite("What did he say?", List.of()).question()).isEqualTo("What did he say?");
        assertThat(rewriter.rewrite("What did he say?", List.of(UserMessage.from("q"), AiMessage.from("a"))).question())
                .isEqualTo("What did he say?");
    }

    @Test
    void aSubjectOrPossessivePronounStaysWhenTheQuestionNamesSomeoneBeforeIt() {
        List<ChatMessage> history = after("Ann Lee", 7);

        for (String own : List.of("Who told the Harbour Gazette that nobody wants their boats moved?",
                "Did Bo Chen say he would stay?", "What did Bo Chen say about his budget?",
                "Did everyone agree that she was right?", "Who said no one wants their pier closed?",
                "Did the U.S. say their boats would stay?", "Did Mr. Chen say his budget was cut?")) {
            assertThat(rewriter.rewrite(own, history).question()).isEqualTo(own);
        }
        assertThat(rewriter.rewrite("Did he say Europe would back his plan?", history).question())
                .isEqualTo("Did Ann Lee say Europe would back his plan?");
    }

    @Test
    void anObjectPronounOrOneAfterAnEarlierSentenceStillBecomesThePreviousSpeaker() {
        List<ChatMessage> history = after("Ann Lee", 7);

        assertThat(rewriter.rewrite("What did Bo Chen say about him?", history).question())
                .isEqualTo("What did Bo Chen say about Ann Lee?");
        assertThat(rewriter.rewrite("What did he say about Chen? And about his budget?", history).question())
                .isEqualTo("What did Ann Lee say about Chen? And about Ann Lee’s budget?");
        assertThat(rewriter.rewrite("What else did he say about his plan?", history).question())
                .isEqualTo("What else did Ann Lee say about Ann Lee’s plan?");
    }

    @Test
    void usesTheLatestAnswerThatHadASpeakerOrArticle() {
        List<ChatMessage> history = new java.util.ArrayList<>(after("Ann Lee", 7));
        history.addAll(after("Bo Chen", 7));
        history.add(UserMessage.from("refused question"));
        history.add(AiMessage.from("The articles don't say."));

        assertThat(rewriter.rewrite("And he?", history).question()).isEqualTo("And Bo Chen?");
    }
}

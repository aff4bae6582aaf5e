package dev.citebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Bot API update JSON as Telegram sends it, for the fake server and for routing tests. */
public final class Updates {
    static final long USER_ID = 777;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Updates() {
    }

    /** A text message; a negative chat id makes it a supergroup message from {@link #USER_ID}. */
    public static ObjectNode text(int updateId, long chatId, int messageId, String text) {
        ObjectNode update = update(updateId, chatId, messageId);
        message(update).put("text", text);
        return update;
    }

    /** A text message replying to message {@code repliedId}, which the bot sent. */
    public static ObjectNode replyToBot(int updateId, long chatId, int messageId, int repliedId, String text) {
        ObjectNode update = text(updateId, chatId, messageId, text);
        ObjectNode replied = message(chatId, repliedId);
        replied.set("from", botUser(JSON));
        replied.put("text", "an earlier answer");
        message(update).set("reply_to_message", replied);
        return update;
    }

    public static ObjectNode sticker(int updateId, long chatId, int messageId) {
        ObjectNode update = update(updateId, chatId, messageId);
        message(update).putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "u1")
                .put("type", "regular").put("width", 512).put("height", 512)
                .put("is_animated", false).put("is_video", false);
        return update;
    }

    /** A file sent as a document in a private chat. */
    public static ObjectNode document(int updateId, long chatId, int messageId, String fileId, String fileName,
                                      long size) {
        ObjectNode update = update(updateId, chatId, messageId);
        message(update).putObject("document").put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                .put("file_name", fileName).put("mime_type", "text/plain").put("file_size", size);
        return update;
    }

    /** A channel post forwarded into a private chat. */
    public static ObjectNode forwardedPost(int updateId, long chatId, int messageId, String channel, int postId,
                                           String text) {
        ObjectNode update = text(updateId, chatId, messageId, text);
        ObjectNode origin = message(update).putObject("forward_origin");
        origin.put("type", "channel").put("date", 1_699_999_000).put("message_id", postId);
        origin.putObject("chat").put("id", -100_777_000L).put("type", "channel").put("title", "Quay News")
                .put("username", channel);
        return update;
    }

    /** A press on a button under the bot's message {@code messageId}. */
    public static ObjectNode press(int updateId, long chatId, int messageId, String callbackId, String data) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        ObjectNode query = update.putObject("callback_query");
        query.put("id", callbackId);
        query.set("from", privateUser(USER_ID));
        query.put("chat_instance", "instance-1");
        query.put("data", data);
        ObjectNode message = message(chatId, messageId);
        message.set("from", botUser(JSON));
        message.put("text", "an answer");
        query.set("message", message);
        return update;
    }

    public static Update parse(ObjectNode json) {
        return JSON.convertValue(json, Update.class);
    }

    static ObjectNode botUser(ObjectMapper json) {
        ObjectNode bot = json.createObjectNode();
        bot.put("id", FakeBotApi.BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", "Citebot");
        bot.put("username", FakeBotApi.BOT_USERNAME);
        return bot;
    }

    static ObjectNode chat(ObjectMapper json, long chatId) {
        ObjectNode chat = json.createObjectNode();
        chat.put("id", chatId);
        if (chatId < 0) {
            chat.put("type", "supergroup");
            chat.put("title", "Readers");
        } else {
            chat.put("type", "private");
            chat.put("first_name", "Ann");
        }
        return chat;
    }

    private static ObjectNode message(ObjectNode update) {
        return (ObjectNode) update.get("message");
    }

    private static ObjectNode update(int updateId, long chatId, int messageId) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        ObjectNode message = message(chatId, messageId);
        message.set("from", chatId < 0 ? privateUser(USER_ID) : privateUser(chatId));
        update.set("message", message);
        return update;
    }

    private static ObjectNode message(long chatId, int messageId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat(JSON, chatId));
        return message;
    }

    private static ObjectNode privateUser(long id) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "Ann");
        return user;
    }
}

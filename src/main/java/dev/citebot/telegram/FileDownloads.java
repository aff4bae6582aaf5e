package dev.citebot.telegram;

import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.api.TelegramException;
import dev.citebot.telegram.send.Sender;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

import java.io.IOException;
import java.io.InputStream;

/**
 * Downloads files users send: {@code getFile}, then the bytes from {@code API_URL/file/botTOKEN/PATH} of the
 * configured Bot API server (telegrambots' own download always goes to api.telegram.org). The token never appears
 * in an exception message.
 */
final class FileDownloads {
    private final Sender sender;
    private final OkHttpClient http;
    private final BotSettings settings;

    FileDownloads(Sender sender, OkHttpClient http, BotSettings settings) {
        this.sender = sender;
        this.http = http;
        this.settings = settings;
    }

    /** @throws TelegramException when Telegram refuses, the download fails or the file is over {@code maxBytes} */
    byte[] download(String fileId, int maxBytes) {
        File file = sender.call(GetFile.builder().fileId(fileId).build());
        if (file == null || file.getFilePath() == null) {
            throw new TelegramException("Telegram gave no path for the file");
        }
        Request request = new Request.Builder().url(settings.apiUrl() + "/file/bot" + settings.token().reveal() + "/"
                + file.getFilePath()).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new TelegramException("the file download answered HTTP " + response.code());
            }
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new TelegramException("the file is larger than " + maxBytes + " bytes");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new TelegramException("the file download failed: "
                    + settings.token().redact(String.valueOf(e.getMessage())));
        }
    }
}

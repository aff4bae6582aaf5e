package dev.citebot.telegram.api;

import dev.citebot.config.Secret;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class RedactedThrowableTest {
    private static final Secret TOKEN = new Secret("123456:secret-token-value");

    @Test
    void theSecretIsRemovedFromEveryMessageInTheChainAndStackTracesStay() {
        IOException cause = new IOException("GET https://api.telegram.org/bot123456:secret-token-value/getMe");
        RuntimeException e = new RuntimeException("call failed for 123456:secret-token-value", cause);

        Throwable safe = RedactedThrowable.of(e, TOKEN);

        assertThat(printed(safe)).doesNotContain("secret-token-value").contains("bot****/getMe")
                .contains("java.io.IOException").contains(getClass().getName());
        assertThat(safe.getStackTrace()).isEqualTo(e.getStackTrace());
        assertThat(safe.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    }

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

package dev.citebot.telegram;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class ListenPortsTest {
    @Test
    void aPortIsFreeAndBelowTheRangeOutgoingConnectionsAreGiven() throws IOException {
        int port = ListenPorts.free();

        assertThat(port).isGreaterThanOrEqualTo(10_000).isLessThan(ListenPorts.ephemeralLow());
        try (ServerSocket s = new ServerSocket(port)) {
            assertThat(s.getLocalPort()).isEqualTo(port);
        }
    }
}

package dev.citebot.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into addresses; the system's DNS in production, a fixed table in tests. */
@FunctionalInterface
public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    static Resolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}

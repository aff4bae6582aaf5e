package dev.citebot.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses a fetch may connect to: public unicast addresses only. Refused are unspecified
 * ({@code 0.0.0.0}, {@code ::}), loopback, private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16},
 * {@code fc00::/7}, the old site-local {@code fec0::/10}), shared ({@code 100.64/10}), link-local
 * ({@code 169.254/16}, {@code fe80::/10}) with the cloud metadata addresses {@code 169.254.169.254} and
 * {@code fd00:ec2::254}, multicast, broadcast and the reserved {@code 240/4}. An IPv6 address that carries an IPv4
 * one (mapped {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4
 * {@code 2002::/16}) is judged by the IPv4 address it carries.
 *
 * @param allowLoopback when true, exactly {@code 127.0.0.1} is allowed (tests, local trials); every other loopback
 *                      address and everything else above stays refused
 */
public record AddressPolicy(boolean allowLoopback) {
    private static final byte[] LOCALHOST_V4 = {127, 0, 0, 1};

    /** Why {@code address} is refused, or empty when it may be reached. */
    public Optional<String> refusal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<Inet4Address> carried = carriedIpv4(v6.getAddress());
            return carried.isPresent() ? refusal(carried.get()) : refusalV6(v6);
        }
        return refusalV4(address.getAddress());
    }

    private Optional<String> refusalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 127) {
            return allowLoopback && Arrays.equals(b, LOCALHOST_V4) ? Optional.empty() : reason("a loopback");
        }
        if (a0 == 169 && a1 == 254) {
            return (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254 ? reason("the cloud metadata")
                    : reason("a link-local");
        }
        if (a0 == 0) {
            return reason("an unspecified");
        }
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) {
            return reason("a private");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return reason("a shared (carrier-grade NAT)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return reason("a multicast");
        }
        if (a0 >= 240) {
            return reason("a reserved or broadcast");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalV6(Inet6Address v6) {
        byte[] b = v6.getAddress();
        if (v6.isAnyLocalAddress()) {
            return reason("an unspecified");
        }
        if (v6.isLoopbackAddress()) {
            return reason("a loopback");
        }
        if (b[0] == (byte) 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == (byte) 0xc2) {
            return reason("the cloud metadata");
        }
        if (v6.isLinkLocalAddress()) {
            return reason("a link-local");
        }
        if ((b[0] & 0xfe) == 0xfc || v6.isSiteLocalAddress()) {
            return reason("a private");
        }
        if (v6.isMulticastAddress()) {
            return reason("a multicast");
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address embeds by one of the transition schemes named in the class comment. */
    static Optional<Inet4Address> carriedIpv4(byte[] b) {
        boolean zeros80 = allZero(b, 0, 10);
        if (zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return v4(b, 12);
        }
        if (zeros80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15)) {
            return v4(b, 12);
        }
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
            return v4(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return v4(b, 2);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Inet4Address> v4(byte[] b, int at) {
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + 4)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static Optional<String> reason(String kind) {
        return Optional.of(kind + " address");
    }
}

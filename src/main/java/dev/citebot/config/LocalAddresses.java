package dev.citebot.config;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Whether a text names an address a server of this machine can listen on. */
final class LocalAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LocalAddresses() {
    }

    /**
     * True for the wildcard addresses, loopback addresses, and the addresses of this machine's interfaces, written
     * as IPv4 dotted quads or IPv6 literals; false for host names (never looked up) and anything else.
     */
    static boolean isLocal(String text) {
        if (!(IPV4.matcher(text).matches() && octets(text)) && !text.contains(":")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }

    /** Every part at most 255, so that the JDK reads it as an address instead of looking it up as a name. */
    private static boolean octets(String dotted) {
        for (String part : dotted.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}

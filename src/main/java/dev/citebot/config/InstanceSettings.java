package dev.citebot.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * This instance of the bot among the instances sharing one database (see {@code UpdateInbox}'s leases).
 *
 * @param id    {@code CITEBOT_INSTANCE}: the name its inbox leases are held under; an instance restarted with the
 *              same name takes its own leases back at once. Default: the host name, with {@code -PORT} added in
 *              webhook mode, so that two instances on one machine differ
 * @param lease {@code CITEBOT_INBOX_LEASE}: seconds a claim on an update holds unless renewed (it is renewed
 *              every third of that while the answer is made); after an instance dies, its updates wait this long
 *              before another instance answers them. Default 30
 */
public record InstanceSettings(String id, Duration lease) {
    public static final String CITEBOT_INSTANCE = "CITEBOT_INSTANCE";
    public static final String CITEBOT_INBOX_LEASE = "CITEBOT_INBOX_LEASE";
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    private static final String ID_SHAPE = "[A-Za-z0-9._:-]{1,128}";

    public InstanceSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lease, "lease");
        if (!id.matches(ID_SHAPE) || lease.toSeconds() < 2) {
            throw new IllegalArgumentException("bad instance settings: " + id + ", " + lease);
        }
    }

    /** The host name (or {@code citebot} when it cannot be found), a 30 s lease. */
    public static InstanceSettings defaults() {
        return new InstanceSettings(hostName(), DEFAULT_LEASE);
    }

    static InstanceSettings read(Map<String, String> values, Integer webhookPort, List<String> problems) {
        return read(values, webhookPort, problems, InstanceSettings::hostName);
    }

    static InstanceSettings read(Map<String, String> values, Integer webhookPort, List<String> problems,
                                 Supplier<String> host) {
        String id = values.get(CITEBOT_INSTANCE);
        if (id == null) {
            id = host.get() + (webhookPort == null ? "" : "-" + webhookPort);
        } else if (!id.strip().matches(ID_SHAPE)) {
            problems.add(CITEBOT_INSTANCE + " must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'");
            id = "citebot";
        }
        return new InstanceSettings(id.strip(), lease(values.get(CITEBOT_INBOX_LEASE), problems));
    }

    private static Duration lease(String raw, List<String> problems) {
        if (raw == null) {
            return DEFAULT_LEASE;
        }
        String s = raw.strip();
        if (s.matches("\\d{1,4}") && Integer.parseInt(s) >= 2 && Integer.parseInt(s) <= 3_600) {
            return Duration.ofSeconds(Integer.parseInt(s));
        }
        problems.add(CITEBOT_INBOX_LEASE + " must be a whole number of seconds from 2 to 3600");
        return DEFAULT_LEASE;
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._:-]", "");
            return name.isEmpty() ? "citebot" : name.substring(0, Math.min(name.length(), 100));
        } catch (UnknownHostException e) {
            return "citebot";
        }
    }
}

package dev.citebot.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may add articles from the chat, and how fetching behaves.
 *
 * @param admins        Telegram user ids ({@code CITEBOT_ADMINS}) whose additions are shared and who may
 *                      {@code /remove}
 * @param openLibrary   {@code CITEBOT_OPEN_LIBRARY}: everyone's additions are shared
 * @param allowLoopback {@code CITEBOT_FETCH_ALLOW_LOOPBACK}: fetching may reach 127.0.0.1 (only), for tests and
 *                      local trials
 * @param addsPerHour   {@code CITEBOT_ADDS_PER_HOUR}: additions one user (not an admin) may make in an hour
 */
public record LibrarySettings(Set<Long> admins, boolean openLibrary, boolean allowLoopback, int addsPerHour) {
    public static final String CITEBOT_ADMINS = "CITEBOT_ADMINS";
    public static final String CITEBOT_OPEN_LIBRARY = "CITEBOT_OPEN_LIBRARY";
    public static final String CITEBOT_FETCH_ALLOW_LOOPBACK = "CITEBOT_FETCH_ALLOW_LOOPBACK";
    public static final String CITEBOT_ADDS_PER_HOUR = "CITEBOT_ADDS_PER_HOUR";
    /** No admins, private additions, no loopback, 10 additions an hour. */
    public static final LibrarySettings DEFAULT = new LibrarySettings(Set.of(), false, false, 10);

    public LibrarySettings {
        admins = Set.copyOf(admins);
        if (addsPerHour < 1) {
            throw new IllegalArgumentException("addsPerHour must be positive");
        }
    }

    public boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    public LibrarySettings withAdmins(Set<Long> ids) {
        return new LibrarySettings(ids, openLibrary, allowLoopback, addsPerHour);
    }

    public LibrarySettings withOpenLibrary(boolean open) {
        return new LibrarySettings(admins, open, allowLoopback, addsPerHour);
    }

    public LibrarySettings withLoopback(boolean allow) {
        return new LibrarySettings(admins, openLibrary, allow, addsPerHour);
    }

    public LibrarySettings withAddsPerHour(int perHour) {
        return new LibrarySettings(admins, openLibrary, allowLoopback, perHour);
    }

    /** Reads the four variables from {@code values}, adding a line to {@code problems} for each bad one. */
    static LibrarySettings read(Map<String, String> values, List<String> problems) {
        return new LibrarySettings(admins(values.get(CITEBOT_ADMINS), problems),
                flag(values, CITEBOT_OPEN_LIBRARY, problems), flag(values, CITEBOT_FETCH_ALLOW_LOOPBACK, problems),
                perHour(values.get(CITEBOT_ADDS_PER_HOUR), problems));
    }

    private static Set<Long> admins(String raw, List<String> problems) {
        if (raw == null) {
            return Set.of();
        }
        Set<Long> ids = new java.util.HashSet<>();
        for (String part : raw.split(",")) {
            String id = part.strip();
            if (!id.matches("\\d{1,19}")) {
                problems.add(CITEBOT_ADMINS + " must be comma-separated Telegram user ids, e.g. 12345,67890");
                return Set.of();
            }
            ids.add(Long.parseLong(id));
        }
        return ids;
    }

    private static boolean flag(Map<String, String> values, String name, List<String> problems) {
        String raw = values.get(name);
        if (raw == null) {
            return false;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                problems.add(name + " must be true or false");
                yield false;
            }
        };
    }

    private static int perHour(String raw, List<String> problems) {
        if (raw == null) {
            return DEFAULT.addsPerHour();
        }
        if (!raw.strip().matches("\\d{1,6}") || Integer.parseInt(raw.strip()) < 1) {
            problems.add(CITEBOT_ADDS_PER_HOUR + " must be a whole number of at least 1");
            return DEFAULT.addsPerHour();
        }
        return Integer.parseInt(raw.strip());
    }
}

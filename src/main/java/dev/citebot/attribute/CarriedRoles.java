package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A role an article gives a speaker once, carried to the speaker's other attributions in that article: after
 * "Mayor Agnes Whitlow told a press conference …", "Whitlow rejected the criticism, saying …" and a later "she
 * said" are the mayor's words too, so that a reader who asks what "the mayor" answered finds them. The first role
 * in text order is carried; an attribution with a role of its own keeps it.
 */
final class CarriedRoles {

    private CarriedRoles() {
    }

    static List<Attribution> filled(List<Attribution> all) {
        Map<String, String> roles = new HashMap<>();
        for (Attribution a : all) {
            if (a.speaker().role() != null) {
                roles.putIfAbsent(a.speaker().name(), a.speaker().role());
            }
        }
        List<Attribution> out = new ArrayList<>(all.size());
        for (Attribution a : all) {
            String carried = a.speaker().role() == null ? roles.get(a.speaker().name()) : null;
            out.add(carried == null ? a : a.withRole(carried));
        }
        return out;
    }
}

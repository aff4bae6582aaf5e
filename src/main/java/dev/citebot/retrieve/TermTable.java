package dev.citebot.retrieve;

import java.util.Arrays;

/**
 * An insert-only table of distinct strings, numbered 0, 1, 2, … in the order they were added. A word can be
 * looked up from characters in a buffer, so that indexing makes a {@code String} only for a word the table has
 * not seen yet. Not thread-safe while it is being filled; safe to read once filled and published.
 */
final class TermTable {
    private String[] slots = new String[1024];
    private int[] slotIds = new int[1024];
    private String[] terms = new String[256];
    private int size;

    int size() {
        return size;
    }

    String term(int id) {
        return terms[id];
    }

    /** The id of {@code term}, or -1. */
    int id(String term) {
        int mask = slots.length - 1;
        for (int slot = spread(term.hashCode()) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            if (slots[slot].equals(term)) {
                return slotIds[slot];
            }
        }
        return -1;
    }

    /** The id of {@code term}, added if it is new. */
    int add(String term) {
        int mask = slots.length - 1;
        int slot = spread(term.hashCode()) & mask;
        for (; slots[slot] != null; slot = (slot + 1) & mask) {
            if (slots[slot].equals(term)) {
                return slotIds[slot];
            }
        }
        return insert(slot, term);
    }

    /**
     * The id of the word in {@code chars[0, length)} whose {@link String#hashCode} is {@code hash}, added (as a
     * new String) if it is new.
     */
    int add(char[] chars, int length, int hash) {
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (; slots[slot] != null; slot = (slot + 1) & mask) {
            if (equal(slots[slot], chars, length)) {
                return slotIds[slot];
            }
        }
        return insert(slot, new String(chars, 0, length));
    }

    private int insert(int slot, String term) {
        int id = size++;
        if (id == terms.length) {
            terms = Arrays.copyOf(terms, id * 2);
        }
        terms[id] = term;
        slots[slot] = term;
        slotIds[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        String[] oldSlots = slots;
        int[] oldIds = slotIds;
        slots = new String[oldSlots.length * 2];
        slotIds = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != null) {
                int slot = spread(oldSlots[i].hashCode()) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                slotIds[slot] = oldIds[i];
            }
        }
    }

    private static boolean equal(String term, char[] chars, int length) {
        if (term.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (term.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

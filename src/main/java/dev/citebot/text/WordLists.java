package dev.citebot.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists shipped in the jar under {@code /lexicon/}: one entry per line, {@code #} starting a comment
 * line. Read here so that every layer that needs one (sentence splitting at ingest, the attribution rules) reads
 * the same file.
 */
public final class WordLists {
    private static final String DIRECTORY = "/lexicon/";
    /** Every inflected form of verbs that report speech or belief ("said", "has warned"). */
    public static final String REPORTING_VERBS = "reporting-verbs.txt";
    /** Words naming a speaker by office or role ("spokesman", "sen."). */
    public static final String TITLES = "titles.txt";
    /** Every inflected form of the other verbs that introduce speech ("shouted", "demanded"); not attribution cues. */
    public static final String SPEECH_VERBS = "speech-verbs.txt";
    /** Other names of places, bodies and offices, a group a line (see {@link NameVariants}), in their letter case. */
    public static final String NAME_VARIANTS = "name-variants.txt";

    private WordLists() {
    }

    /** The reporting verbs and the other speech verbs: every verb that can introduce what someone said. */
    public static Set<String> verbsOfSaying() {
        Set<String> all = new HashSet<>(bundled(REPORTING_VERBS));
        all.addAll(bundled(SPEECH_VERBS));
        return Set.copyOf(all);
    }

    /**
     * The entries of {@code /lexicon/FILE}, trimmed and in lower case.
     *
     * @throws IllegalStateException when the jar has no such list
     */
    public static Set<String> bundled(String file) {
        return lines(file).stream().map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The entries of {@code /lexicon/FILE} in file order, trimmed, in their letter case.
     *
     * @throws IllegalStateException when the jar has no such list
     */
    public static List<String> lines(String file) {
        try (InputStream in = WordLists.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIRECTORY + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
        }
    }
}

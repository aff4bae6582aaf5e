package dev.citebot.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PolNeAR-style folder: {@code text/NAME.txt} articles and {@code attributions/NAME_ANNOTATOR.ann} brat files.
 * Where several annotators' files exist for an article, the first in name order is used; an article without
 * one is left out.
 */
public final class PolnearCorpus {

    /** One article with its gold attributions. */
    public record Article(Path text, List<GoldAttribution> gold) {
    }

    private PolnearCorpus() {
    }

    /** Whether {@code folder} looks like a PolNeAR folder. */
    public static boolean isCorpus(Path folder) {
        return Files.isDirectory(folder.resolve("text")) && Files.isDirectory(folder.resolve("attributions"));
    }

    /** The articles of {@code folder} in name order. */
    public static List<Article> read(Path folder) {
        Map<String, Path> firstAnn = new LinkedHashMap<>();
        for (Path ann : sorted(folder.resolve("attributions"), ".ann")) {
            String name = ann.getFileName().toString();
            int cut = name.lastIndexOf('_');
            firstAnn.putIfAbsent(cut < 0 ? name : name.substring(0, cut), ann);
        }
        List<Article> out = new ArrayList<>();
        for (Path txt : sorted(folder.resolve("text"), ".txt")) {
            String name = txt.getFileName().toString();
            Path ann = firstAnn.get(name.substring(0, name.length() - 4));
            if (ann != null) {
                out.add(new Article(txt, BratFile.parse(readString(ann))));
            }
        }
        return out;
    }

    private static List<Path> sorted(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.citebot.ingest;

import java.util.Locale;
import java.util.Optional;

/** The article file formats, recognised by file-name extension (case-insensitive). */
enum FileFormat {
    TEXT, MARKDOWN, HTML;

    /** The format of a file name or path; a name without an extension is plain text. */
    static Optional<FileFormat> of(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "", "txt" -> Optional.of(TEXT);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    /** The last segment of a path or resource name. */
    static String baseName(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }
}

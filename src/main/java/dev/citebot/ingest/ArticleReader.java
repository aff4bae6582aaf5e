package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import dev.citebot.text.Spaces;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads article files ({@code .txt} or no extension, {@code .md}/{@code .markdown}, {@code .html}/{@code .htm};
 * UTF-8 only) and checks them before anything is stored. Every rejection is an {@link IngestException} whose
 * message is one short line that starts with the file name.
 *
 * <p>Plain text is kept exactly as read (only a leading byte-order mark is dropped), so offsets into
 * {@link ParsedArticle#text()} are offsets into the file's characters. Markdown is stored as its reader sees it,
 * markup removed line by line (see {@link MarkdownText}), so quotes never carry {@code **} or link targets. HTML is reduced to its main text,
 * see {@link HtmlArticle}.
 */
public final class ArticleReader {
    /** Largest accepted file: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final String SUPPORTED = "use .txt, .md or .html";

    /** Reads and validates one file; the article's source is {@code path.toString()}. */
    public ParsedArticle read(Path path) {
        String name = fileName(path);
        if (!Files.exists(path)) {
            throw new IngestException(name + ": file not found");
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(name + ": is a folder, not a file");
        }
        if (!supports(path)) {
            throw unsupported(name);
        }
        if (size(path, name) > MAX_BYTES) {
            throw tooLarge(name);
        }
        return parse(name, readBytes(path, name), path.toString());
    }

    /** Validates and parses file content; the format comes from {@code fileName}'s extension. */
    public ParsedArticle parse(String fileName, byte[] bytes, String source) {
        String name = FileFormat.baseName(fileName);
        FileFormat format = FileFormat.of(name).orElseThrow(() -> unsupported(name));
        String text = decode(name, checkBytes(name, bytes));
        if (Spaces.isBlank(text, 0, text.length())) {
            throw new IngestException(name + ": file has no text (only blank space)");
        }
        return switch (format) {
            case TEXT -> new ParsedArticle(firstNonBlankLine(text), text, source);
            case MARKDOWN -> markdown(name, MarkdownText.strip(text), source);
            case HTML -> HtmlArticle.extract(name, text, source);
        };
    }

    /** Whether the file name has a supported extension (or none); the file itself is not looked at. */
    public boolean supports(Path path) {
        return FileFormat.of(fileName(path)).isPresent();
    }

    /**
     * The article files named by {@code inputs}, in order: a file stands for itself (it must exist); a folder
     * for its supported files, recursively and sorted by path. Hidden files and folders inside a folder are
     * passed over silently; every other unsupported file is reported to {@code notes} as
     * {@code skipped NAME: unsupported file type}. A folder without a supported file is an error.
     */
    public List<Path> expand(List<Path> inputs, Consumer<String> notes) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(expandFolder(input, notes));
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new IngestException(fileName(input) + ": file not found");
            }
        }
        return files;
    }

    private List<Path> expandFolder(Path folder, Consumer<String> notes) {
        List<Path> supported = new ArrayList<>();
        for (Path file : visibleFiles(folder)) {
            if (supports(file)) {
                supported.add(file);
            } else {
                notes.accept("skipped " + folder.relativize(file) + ": unsupported file type");
            }
        }
        if (supported.isEmpty()) {
            throw new IngestException(fileName(folder) + ": folder has no .txt, .md or .html files");
        }
        return supported;
    }

    private static List<Path> visibleFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(folder) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isHidden(file) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new IngestException(fileName(folder) + ": folder cannot be read", e);
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        return fileName(path).startsWith(".");
    }

    private static byte[] checkBytes(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IngestException(name + ": file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new IngestException(name + ": binary file, not text (it contains NUL bytes)");
            }
        }
        return bytes;
    }

    /** Strict UTF-8 decoding: a malformed byte is an error that names its offset, never a replacement char. */
    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new IngestException(name + ": not valid UTF-8 text (invalid byte at offset " + in.position() + ")");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ParsedArticle markdown(String name, String text, String source) {
        if (Spaces.isBlank(text, 0, text.length())) {
            throw new IngestException(name + ": file has no text once its Markdown markup is removed");
        }
        return new ParsedArticle(markdownTitle(text), text, source);
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().map(Spaces::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }

    /** The first ATX heading's text, else the first non-blank line. */
    private static String markdownTitle(String text) {
        return text.lines()
                .filter(line -> Lines.isAtxHeading(line, 0, line.length()))
                .map(Lines::atxHeadingText)
                .filter(title -> !title.isEmpty())
                .findFirst()
                .orElseGet(() -> firstNonBlankLine(text));
    }

    private static long size(Path path, String name) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static byte[] readBytes(Path path, String name) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static IngestException unsupported(String name) {
        return new IngestException(name + ": unsupported file type (" + SUPPORTED + ")");
    }

    private static IngestException tooLarge(String name) {
        return new IngestException(name + ": file is larger than 5 MB");
    }

    private static IngestException unreadable(String name, IOException cause) {
        return new IngestException(name + ": file cannot be read", cause);
    }
}

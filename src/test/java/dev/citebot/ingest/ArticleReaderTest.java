package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void plainTextIsKeptExactlyAndItsFirstNonBlankLineIsTheTitle() throws IOException {
        String text = "\n  \r\n  Bridge Opens Downtown  \r\n\r\nThe mayor spoke.  \r\n";
        Path file = write("bridge.txt", text);

        ParsedArticle article = reader.read(file);

        assertThat(article.text()).isEqualTo(text);
        assertThat(article.title()).isEqualTo("Bridge Opens Downtown");
        assertThat(article.source()).isEqualTo(file.toString());
    }

    @Test
    void leadingByteOrderMarkIsDroppedAndNothingElse() throws IOException {
        Path file = write("bom.txt", "\uFEFFTitle\n\nBody \uFEFF text.\n");

        ParsedArticle article = reader.read(file);

        assertThat(article.text()).isEqualTo("Title\n\nBody \uFEFF text.\n");
        assertThat(article.title()).isEqualTo("Title");
    }

    @Test
    void fileWithoutExtensionIsReadAsPlainText() throws IOException {
        ParsedArticle article = reader.read(write("README", "Notes on the vote\n\nIt passed."));

        assertThat(article.title()).isEqualTo("Notes on the vote");
        assertThat(article.text()).isEqualTo("Notes on the vote\n\nIt passed.");
    }

    @Test
    void markdownTitleIsTheFirstAtxHeadingWithoutItsHashes() throws IOException {
        String text = "Draft, do not publish\n\n# Council Approves Budget ##\n\nThe vote was 7-2.\n";
        ParsedArticle article = reader.read(write("budget.MD", text));

        assertThat(article.title()).isEqualTo("Council Approves Budget");
        assertThat(article.text()).isEqualTo(text);
    }

    @Test
    void markdownWithoutHeadingTakesItsFirstNonBlankLine() throws IOException {
        ParsedArticle article = reader.read(write("plain.markdown", "\n#hashtag news\n\nBody."));

        assertThat(article.title()).isEqualTo("#hashtag news");
    }

    @Test
    void htmlKeepsTheArticleBlocksUnderItsHeadline() throws IOException {
        String html = """
                <html><head><title>Bridge | Daily Site</title><style>p { color: red }</style>
                <script>var tracking = 1;</script></head>
                <body><nav><p>Home</p><p>Sports</p></nav><header><h1>Daily Site</h1></header>
                <article><header><h1>  Mayor   opens
                  bridge </h1><p class="byline">By A. Writer</p></header>
                <p>The mayor  opened the
                   bridge on <b>Monday</b>.</p>
                <figure><img src="x.jpg"><figcaption>The bridge at dawn.</figcaption></figure>
                <h2>Reactions</h2>
                <blockquote><p>“It is wonderful,” she said.</p><p>A second quoted paragraph.</p></blockquote>
                <ul><li>First point<ul><li>Nested point</li></ul></li><li>Last&nbsp;point</li></ul>
                <aside><p>Related stories</p></aside><form><p>Subscribe now</p></form>
                <script>ignored();</script></article>
                <footer><p>Copyright</p></footer></body></html>
                """;

        ParsedArticle article = reader.read(write("bridge.html", html));

        assertThat(article.title()).isEqualTo("Mayor opens bridge");
        assertThat(article.text()).isEqualTo(String.join("\n\n", "Mayor opens bridge",
                "The mayor opened the bridge on Monday.", "Reactions", "“It is wonderful,” she said.",
                "A second quoted paragraph.", "First point", "Nested point", "Last point"));
    }

    @Test
    void htmlWithoutArticleUsesMainThenBodyAndTakesTheTitleFromTheTitleElement() throws IOException {
        String withMain = "<title>Vote Tonight</title><body><p>Outside.</p><main><p>Inside.</p></main></body>";
        String bodyOnly = "<html><head><title> Vote  Tonight </title></head><body><div><p>Only body.</p></div></body></html>";

        ParsedArticle main = reader.read(write("main.htm", withMain));
        ParsedArticle body = reader.read(write("body.html", bodyOnly));

        assertThat(main.text()).isEqualTo("Vote Tonight\n\nInside.");
        assertThat(body.title()).isEqualTo("Vote Tonight");
        assertThat(body.text()).isEqualTo("Vote Tonight\n\nOnly body.");
    }

    @Test
    void parseAppliesTheSameRulesToBytes() {
        byte[] bytes = "Seed Title\n\nSeed body.".getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = reader.parse("articles/seed.txt", bytes, "classpath:/seed.txt");

        assertThat(article).isEqualTo(new ParsedArticle("Seed Title", "Seed Title\n\nSeed body.", "classpath:/seed.txt"));
        assertThatThrownBy(() -> reader.parse("seed.doc", bytes, "x"))
                .hasMessage("seed.doc: unsupported file type (use .txt, .md or .html)");
        assertThatThrownBy(() -> reader.parse("seed.txt", new byte[0], "x")).hasMessage("seed.txt: file is empty");
    }

    @Test
    void missingFileIsReported() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.txt")))
                .isInstanceOf(IngestException.class)
                .hasMessage("gone.txt: file not found");
    }

    @Test
    void folderPassedToReadIsReported() throws IOException {
        Files.createDirectory(dir.resolve("drafts"));

        assertThatThrownBy(() -> reader.read(dir.resolve("drafts")))
                .isInstanceOf(IngestException.class)
                .hasMessage("drafts: is a folder, not a file");
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path socket = dir.resolve("socket.txt");
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(socket));

            assertThatThrownBy(() -> reader.read(socket))
                    .isInstanceOf(IngestException.class)
                    .hasMessage("socket.txt: file cannot be read");
        }
    }

    @Test
    void emptyFileIsReported() throws IOException {
        assertThatThrownBy(() -> reader.read(write("empty.txt", "")))
                .isInstanceOf(IngestException.class)
                .hasMessage("empty.txt: file is empty");
    }

    @Test
    void whitespaceOnlyFileIsReported() throws IOException {
        assertThatThrownBy(() -> reader.read(write("blank.md", " \n\t\r\n\u00A0\n")))
                .isInstanceOf(IngestException.class)
                .hasMessage("blank.md: file has no text (only blank space)");
    }

    @Test
    void fileOverFiveMegabytesIsReportedAndOneAtTheLimitIsRead() throws IOException {
        byte[] atLimit = new byte[5 * 1024 * 1024];
        Arrays.fill(atLimit, (byte) 'a');
        byte[] overLimit = Arrays.copyOf(atLimit, atLimit.length + 1);
        overLimit[overLimit.length - 1] = 'a';

        assertThat(reader.read(writeBytes("limit.txt", atLimit)).text()).hasSize(atLimit.length);
        assertThatThrownBy(() -> reader.read(writeBytes("huge.txt", overLimit)))
                .isInstanceOf(IngestException.class)
                .hasMessage("huge.txt: file is larger than 5 MB");
        assertThatThrownBy(() -> reader.parse("huge.txt", overLimit, "x"))
                .hasMessage("huge.txt: file is larger than 5 MB");
    }

    @Test
    void fileWithNulBytesIsReportedAsBinary() throws IOException {
        byte[] bytes = {'T', 'i', 't', 'l', 'e', 0, 1, 2};

        assertThatThrownBy(() -> reader.read(writeBytes("image.txt", bytes)))
                .isInstanceOf(IngestException.class)
                .hasMessage("image.txt: binary file, not text (it contains NUL bytes)");
    }

    @Test
    void invalidUtf8IsReportedWithTheOffsetOfTheBadByte() throws IOException {
        byte[] good = "Caf\u00e9 opens today".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = 'o';
        bytes[good.length + 2] = 'k';

        assertThat(good).hasSize(17);
        assertThatThrownBy(() -> reader.read(writeBytes("bad.txt", bytes)))
                .isInstanceOf(IngestException.class)
                .hasMessage("bad.txt: not valid UTF-8 text (invalid byte at offset 17)");
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsInvalid() throws IOException {
        byte[] bytes = {'A', 'b', (byte) 0xE2, (byte) 0x80};

        assertThatThrownBy(() -> reader.read(writeBytes("cut.md", bytes)))
                .hasMessage("cut.md: not valid UTF-8 text (invalid byte at offset 2)");
    }

    @Test
    void unsupportedExtensionIsReportedWithoutReadingTheFile() throws IOException {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, 0};

        assertThatThrownBy(() -> reader.read(writeBytes("notes.pdf", pdf)))
                .isInstanceOf(IngestException.class)
                .hasMessage("notes.pdf: unsupported file type (use .txt, .md or .html)");
    }

    @Test
    void htmlWithoutTextIsReported() throws IOException {
        String html = "<html><body><nav><p>Home</p></nav><script>var a = 1;</script><img src=x></body></html>";

        assertThatThrownBy(() -> reader.read(write("empty.html", html)))
                .isInstanceOf(IngestException.class)
                .hasMessage("empty.html: no article text found in the HTML");
    }

    @ParameterizedTest
    @CsvSource({"a.txt,true", "a.TXT,true", "a.md,true", "a.markdown,true", "a.html,true", "a.HTM,true",
            "README,true", "a.pdf,false", "a.docx,false", "a.txt.bak,false", "archive.tar.gz,false"})
    void supportsKnowsTheExtensions(String name, boolean supported) {
        assertThat(reader.supports(Path.of("some", name))).isEqualTo(supported);
    }

    @Test
    void expandKeepsFilesAndListsFolderFilesSortedReportingSkippedOnes() throws IOException {
        Path single = write("single.txt", "x");
        Path folder = Files.createDirectories(dir.resolve("batch/sub"));
        Path b = write("batch/b.md", "x");
        Path a = write("batch/sub/a.html", "x");
        Path c = write("batch/c", "x");
        write("batch/notes.pdf", "x");
        write("batch/.hidden.txt", "x");
        Files.createDirectories(dir.resolve("batch/.git"));
        write("batch/.git/config.txt", "x");
        List<String> notes = new ArrayList<>();

        List<Path> files = reader.expand(List.of(single, folder.getParent()), notes::add);

        assertThat(files).containsExactly(single, b, c, a);
        assertThat(notes).containsExactly("skipped notes.pdf: unsupported file type");
    }

    @Test
    void expandRejectsAMissingInput() {
        assertThatThrownBy(() -> reader.expand(List.of(dir.resolve("nope.txt")), note -> { }))
                .isInstanceOf(IngestException.class)
                .hasMessage("nope.txt: file not found");
    }

    @Test
    void expandRejectsAFolderWithoutSupportedFiles() throws IOException {
        Files.createDirectories(dir.resolve("scans"));
        write("scans/page.pdf", "x");
        List<String> notes = new ArrayList<>();

        assertThatThrownBy(() -> reader.expand(List.of(dir.resolve("scans")), notes::add))
                .isInstanceOf(IngestException.class)
                .hasMessage("scans: folder has no .txt, .md or .html files");
        assertThat(notes).containsExactly("skipped page.pdf: unsupported file type");
    }

    private Path write(String name, String text) throws IOException {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}

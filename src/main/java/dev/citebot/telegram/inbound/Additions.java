package dev.citebot.telegram.inbound;

import dev.citebot.article.ArticleSummary;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.citebot.attribute.SpeakerCount;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.IngestException;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.fetch.FetchRefused;
import dev.citebot.ingest.fetch.FetchedPage;
import dev.citebot.store.ChatStateStore;
import dev.citebot.store.LibraryStore;
import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.api.TelegramException;
import dev.citebot.telegram.render.LibraryTexts;
import dev.citebot.telegram.send.Replies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Adds articles from the chat — a link, a document, a forwarded post or a pasted text — and removes them
 * ({@code /remove N}, admins only). An addition first gets a "Reading …" reply, which is then edited in place
 * into the result: the title as stored, the paragraph count, who is quoted most and three questions to ask; the
 * chat's questions are then scoped to the article. Every refusal replies with its reason and stores nothing.
 * Admins' additions (and everyone's, with an open library) are shared; others' are private to their chat.
 */
public final class Additions {
    static final Set<String> DOCUMENT_TYPES = Set.of("txt", "md", "markdown", "html", "htm");
    static final int MIN_TEXT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Additions.class);

    private final Optional<LibraryParts> parts;
    private final ChatArticles visible;
    private final ChatStateStore chats;
    private final SpeakerQuotes speakers;
    private final Replies replies;
    private final AdditionLimiter limiter;
    private final FileSource files;
    private final Clock clock;

    /** Downloads a file a user sent, at most {@code maxBytes} of it. */
    @FunctionalInterface
    public interface FileSource {
        byte[] download(String fileId, int maxBytes);
    }

    public Additions(Optional<LibraryParts> parts, ChatArticles visible, ChatStateStore chats,
                     SpeakerQuotes speakers, Replies replies, AdditionLimiter limiter, FileSource files, Clock clock) {
        this.parts = parts;
        this.visible = visible;
        this.chats = chats;
        this.speakers = speakers;
        this.replies = replies;
        this.limiter = limiter;
        this.files = files;
        this.clock = clock;
    }

    void handle(Inbound.Add a) {
        if (parts.isEmpty()) {
            replies.text(a.chat(), a.messageId(), LibraryTexts.UNAVAILABLE);
            return;
        }
        LibraryParts p = parts.get();
        boolean admin = p.settings().isAdmin(a.userId());
        if (a.what() instanceof Addition.Remove r) {
            remove(a, p, admin, r.argument());
            return;
        }
        if (a.what() == Addition.Usage.INSTANCE) {
            replies.text(a.chat(), a.messageId(), LibraryTexts.ADD_USAGE);
            return;
        }
        if (!admin && !limiter.tryAcquire(a.userId())) {
            replies.text(a.chat(), a.messageId(), LibraryTexts.tooMany(limiter.perHour()));
            return;
        }
        boolean shared = admin || p.settings().openLibrary();
        if (a.what() instanceof Addition.Link link && known(a, p, link.url(), shared)) {
            return;
        }
        int note = replies.note(a.chat(), a.messageId(), LibraryTexts.reading(describe(a.what())));
        String result;
        try {
            result = add(a, p, shared);
        } catch (FetchRefused | IngestException | TelegramException e) {
            result = LibraryTexts.refused(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("adding an article in chat {} failed", a.chat().id(), e);
            result = LibraryTexts.refused(LibraryTexts.FAILED);
        }
        replies.edit(a.chat(), note, a.messageId(), result);
    }

    private static String describe(Addition what) {
        if (what instanceof Addition.Link link) {
            try {
                String host = java.net.URI.create(link.url()).getHost();
                return host == null ? "the page" : host;
            } catch (IllegalArgumentException e) {
                return "the page";
            }
        }
        return what instanceof Addition.Document d ? d.fileName() : "the text";
    }

    private String add(Inbound.Add a, LibraryParts p, boolean shared) {
        Optional<String> url = Optional.empty();
        ParsedArticle article;
        if (a.what() instanceof Addition.Link link) {
            FetchedPage page = p.fetcher().fetch(link.url());
            url = Optional.of(page.url().toString());
            Optional<Long> known = p.library().findByUrl(url.get());
            if (known.isPresent() && visibleAfterGrant(a, p, known.get(), shared)) {
                return found(a, known.get());
            }
            article = parsePage(p, page);
        } else if (a.what() instanceof Addition.Document d) {
            article = document(p, d);
        } else {
            Addition.Text t = (Addition.Text) a.what();
            if (t.text().strip().length() < MIN_TEXT) {
                throw new IngestException(LibraryTexts.tooShort(MIN_TEXT));
            }
            article = p.reader().parse("text.txt", t.text().getBytes(StandardCharsets.UTF_8), t.source());
        }
        LibraryStore.Origin origin = new LibraryStore.Origin(url, a.userId(), a.chat().id(), clock.instant());
        IngestResult stored = p.library().add(article, origin, shared);
        chats.setScope(a.chat().id(), Scope.article(stored.articleId()));
        return stored.alreadyPresent() ? found(a, stored.articleId()) : summary(a, stored, shared);
    }

    /** A link already stored: scopes the chat to it and replies, without fetching again. */
    private boolean known(Inbound.Add a, LibraryParts p, String url, boolean shared) {
        Optional<Long> known = p.library().findByUrl(url);
        if (known.isEmpty() || !visibleAfterGrant(a, p, known.get(), shared)) {
            return false;
        }
        replies.html(a.chat(), a.messageId(), found(a, known.get()));
        return true;
    }

    private boolean visibleAfterGrant(Inbound.Add a, LibraryParts p, long articleId, boolean shared) {
        p.library().grant(articleId, a.chat().id(), shared);
        if (!p.library().visibleTo(articleId, a.chat().id())) {
            return false;
        }
        chats.setScope(a.chat().id(), Scope.article(articleId));
        return true;
    }

    private String found(Inbound.Add a, long articleId) {
        int number = visible.number(a.chat().id(), articleId);
        String title = visible.visible(a.chat().id()).stream().filter(s -> s.id() == articleId)
                .map(ArticleSummary::title).findFirst().orElse("");
        return LibraryTexts.alreadyThere(number, title);
    }

    private String summary(Inbound.Add a, IngestResult stored, boolean shared) {
        List<SpeakerCount> quoted = speakers.speakers(java.util.OptionalLong.of(stored.articleId()));
        return LibraryTexts.added(stored.title(), stored.paragraphs(), visible.number(a.chat().id(),
                stored.articleId()), shared, quoted);
    }

    private static ParsedArticle parsePage(LibraryParts p, FetchedPage page) {
        String source = page.url().toString();
        if (page.html()) {
            try {
                Document doc = Jsoup.parse(new ByteArrayInputStream(page.body()),
                        page.charset().map(c -> c.name()).orElse(null), source);
                return p.extractor().extract(doc, source);
            } catch (IOException e) {
                throw new IngestException("the page could not be read as HTML");
            }
        }
        String name = page.markdown() ? "page.md" : "page.txt";
        return p.reader().parse(name, page.body(), source);
    }

    private ParsedArticle document(LibraryParts p, Addition.Document d) {
        String name = d.fileName().isBlank() ? "file" : d.fileName();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!DOCUMENT_TYPES.contains(type)) {
            throw new IngestException(LibraryTexts.unsupportedFile(name));
        }
        if (d.size() > ArticleReader.MAX_BYTES) {
            throw new IngestException(name + ": file is larger than 5 MB");
        }
        byte[] bytes;
        try {
            bytes = files.download(d.fileId(), ArticleReader.MAX_BYTES);
        } catch (TelegramException e) {
            LOG.warn("downloading a document failed: {}", e.getMessage());
            throw new IngestException(name + ": " + LibraryTexts.DOWNLOAD_FAILED);
        }
        return p.reader().parse(name, bytes, "telegram file " + name);
    }

    private void remove(Inbound.Add a, LibraryParts p, boolean admin, String argument) {
        if (!admin) {
            replies.text(a.chat(), a.messageId(), LibraryTexts.ADMINS_ONLY);
            return;
        }
        OptionalInt n = argument.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(argument))
                : OptionalInt.empty();
        List<ArticleSummary> list = visible.visible(a.chat().id());
        if (n.isEmpty() || n.getAsInt() < 1) {
            replies.text(a.chat(), a.messageId(), LibraryTexts.REMOVE_USAGE);
        } else if (n.getAsInt() > list.size()) {
            replies.text(a.chat(), a.messageId(), LibraryTexts.noSuchArticle(list.size()));
        } else {
            ArticleSummary gone = list.get(n.getAsInt() - 1);
            p.library().remove(gone.id());
            replies.text(a.chat(), a.messageId(), LibraryTexts.removed(n.getAsInt(), gone.title()));
        }
    }
}

package dev.citebot.telegram.inbound;

/** What a message asks to add to the library (or remove from it). */
sealed interface Addition {

    /** A web page to fetch. */
    record Link(String url) implements Addition {
    }

    /** A file sent as a document. */
    record Document(String fileId, String fileName, long size) implements Addition {
    }

    /**
     * A text sent as the article itself: a forwarded channel post or a long pasted text.
     *
     * @param source where it came from, stored with the article
     */
    record Text(String text, String source) implements Addition {
    }

    /** {@code /remove N}. */
    record Remove(String argument) implements Addition {
    }

    /** {@code /add} without a link. */
    enum Usage implements Addition { INSTANCE }
}

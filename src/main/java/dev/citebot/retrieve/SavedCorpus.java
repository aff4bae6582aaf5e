package dev.citebot.retrieve;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a start loads instead of rebuilding (see {@link Corpus}): the articles' heads (ids, titles, sources, text
 * lengths; the texts themselves are read when a question needs them) and the BM25 index.
 */
record SavedCorpus(List<ArticleHead> heads, LexicalIndex lexical) {

    byte[] save() {
        long[] ids = new long[heads.size()];
        int[] lengths = new int[heads.size()];
        List<String> titles = new ArrayList<>(heads.size());
        List<String> sources = new ArrayList<>(heads.size());
        for (int i = 0; i < ids.length; i++) {
            ArticleHead h = heads.get(i);
            ids[i] = h.id();
            lengths[i] = h.length();
            titles.add(h.title());
            sources.add(h.source());
        }
        return IndexCodec.writer().writeLongs(ids).writeInts(lengths, lengths.length).writeStrings(titles)
                .writeStrings(sources).writeRaw(lexical.save()).bytes();
    }

    /** Reads what {@link #save} wrote; fails on anything else. */
    static SavedCorpus load(InputStream saved) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(saved, 1 << 16));
        long[] ids = IndexCodec.readLongs(in);
        int[] lengths = IndexCodec.readInts(in);
        List<String> titles = IndexCodec.readStrings(in);
        List<String> sources = IndexCodec.readStrings(in);
        if (lengths.length != ids.length || titles.size() != ids.length || sources.size() != ids.length) {
            throw new IOException("saved article heads do not add up");
        }
        List<ArticleHead> heads = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            heads.add(new ArticleHead(ids[i], titles.get(i), sources.get(i), lengths[i]));
        }
        return new SavedCorpus(heads, LexicalIndex.load(in));
    }
}

package dev.citebot.store.h2;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * How many rows of int8 codes one array of {@link QuantizedRows} holds. Under G1 an array of at least half a heap
 * region is "humongous": it is allocated straight into regions of its own, among the old objects, and no collection
 * ever copies it, where a smaller array is allocated young and copied once or twice before it settles. At a million
 * rows the codes are 384 MB, and copying them cost a start over a second of pauses. So a chunk is the power of two
 * of rows that fills between a half and the whole of one region: a power of two, so that a row's chunk is a shift
 * and not a division (a division per scored row made searches measurably slower); for 384 dimensions that is three
 * quarters of the region, the last quarter left unused (reserved in the heap, never written, so not resident).
 * Under another collector, or when the region size cannot be read, chunks are {@value #FALLBACK_ROWS} rows.
 */
final class CodeChunks {
    static final int FALLBACK_ROWS = QuantizedRows.CHUNK_ROWS;
    /** An array's header, rounded up: what a region holds besides the array's elements. */
    private static final int ARRAY_HEADER = 64;
    private static final long REGION_BYTES = g1RegionBytes();

    private CodeChunks() {
    }

    /** Rows per chunk of codes of {@code dimension} bytes a row. */
    static int rows(int dimension) {
        return rows(dimension, REGION_BYTES);
    }

    /** Rows per chunk (a power of two) for regions of {@code regionBytes}, 0 for "not G1". */
    static int rows(int dimension, long regionBytes) {
        long fits = (regionBytes - ARRAY_HEADER) / dimension;
        if (fits < 1) {
            return FALLBACK_ROWS;
        }
        long rows = Long.highestOneBit(fits);
        return rows * dimension * 2 < regionBytes ? FALLBACK_ROWS : (int) rows;
    }

    private static long g1RegionBytes() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!Boolean.parseBoolean(hotSpot.getVMOption("UseG1GC").getValue())) {
                return 0;
            }
            return Long.parseLong(hotSpot.getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }
}

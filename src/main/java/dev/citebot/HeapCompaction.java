package dev.citebot;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * Gives the heap that loading took back to the system once loading is done. Loading a large store streams
 * hundreds of MB of short-lived buffers through the heap, and with its default settings (a heap of up to a quarter
 * of RAM) G1 grows the heap to several times what stays live and keeps it. {@code java -jar} cannot pass JVM
 * options, so citebot lowers G1's free-heap ratios at run time (both are {@code manageable} flags: between 10 % and
 * 30 % of the heap may stay free after a full collection instead of 40 % to 70 %) and runs one full collection,
 * after which G1 returns the free regions to the system. The ratios stay, so later full collections keep the heap
 * close to what is live. A JVM that refuses the flags still gets the collection.
 */
final class HeapCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(HeapCompaction.class);
    static final String MIN_FREE = "10";
    static final String MAX_FREE = "30";

    private HeapCompaction() {
    }

    static void afterLoad() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            vm.setVMOption("MinHeapFreeRatio", MIN_FREE);
            vm.setVMOption("MaxHeapFreeRatio", MAX_FREE);
        } catch (RuntimeException e) {
            LOG.debug("cannot lower the heap's free ratios: {}", e.toString());
        }
        System.gc();
    }
}
